import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Forum, GeneratedDocument } from '@shared/domain'
import { formatInstantId } from '@shared/format/dates'
import {
  diffLines,
  normaliseCode,
  readForVerification,
  type LineDifference,
} from '@shared/documents'
import { useRepositories } from '../../db'
import { getPlatform } from '../../platform/bridge'
import { useOrganisationTimeZone } from '../../ui/clock'
import './documents.css'
import { useErrorText } from '../../ui/errors'

type Outcome =
  | { kind: 'match'; document: GeneratedDocument; forum: Forum | undefined; fileName?: string }
  | { kind: 'codeFound'; document: GeneratedDocument; forum: Forum | undefined }
  | {
      kind: 'mismatch'
      document: GeneratedDocument
      forum: Forum | undefined
      differences: LineDifference[]
      fileName: string
    }
  | { kind: 'unknown'; fileName: string }
  | { kind: 'codeUnknown'; code: string }
  | { kind: 'notDocx'; fileName: string }

/** Verifikasi dokumen: does a DOCX file, or a typed code, match a finalised record? */
export function VerifyPage() {
  const { t } = useTranslation('documents')
  const errorText = useErrorText()
  const repositories = useRepositories()
  const [code, setCode] = useState('')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function checkFile() {
    setError(null)
    try {
      const { file } = await getPlatform().openFile({
        filters: [{ name: 'Word', extensions: ['docx'] }],
      })
      if (!file) return
      let reading
      try {
        reading = await readForVerification(file.bytes)
      } catch {
        setOutcome({ kind: 'notDocx', fileName: file.name })
        return
      }
      const byHash = await repositories.documents.findByHash(reading.hash)
      if (byHash) {
        setOutcome({
          kind: 'match',
          document: byHash,
          forum: await repositories.forums.get(byHash.forumId),
          fileName: file.name,
        })
        return
      }
      const byCode = reading.printedCode
        ? await repositories.documents.findByCode(reading.printedCode)
        : undefined
      if (byCode) {
        setOutcome({
          kind: 'mismatch',
          document: byCode,
          forum: await repositories.forums.get(byCode.forumId),
          differences: diffLines(byCode.canonical, reading.canonical),
          fileName: file.name,
        })
        return
      }
      setOutcome({ kind: 'unknown', fileName: file.name })
    } catch (e) {
      setError(errorText(e))
    }
  }

  async function checkCode(event: FormEvent) {
    event.preventDefault()
    const normalised = normaliseCode(code)
    const document = await repositories.documents.findByCode(normalised)
    setOutcome(
      document
        ? { kind: 'codeFound', document, forum: await repositories.forums.get(document.forumId) }
        : { kind: 'codeUnknown', code: normalised },
    )
  }

  return (
    <section className="page" data-testid="verify-page">
      <h1>{t('verify.title')}</h1>
      <p className="hint">{t('verify.intro')}</p>
      <div className="documents-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void checkFile()}
          data-testid="verify-open-file"
        >
          {t('verify.openFile')}
        </button>
      </div>
      <form className="documents-actions" onSubmit={(e) => void checkCode(e)}>
        <label>
          {t('verify.code')}{' '}
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder="MFK-XXXX-XXXX"
            data-testid="verify-code"
          />
        </label>
        <button type="submit" className="button" data-testid="verify-check-code">
          {t('verify.checkCode')}
        </button>
      </form>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      {outcome && <OutcomeView outcome={outcome} />}
    </section>
  )
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('documents')
  switch (outcome.kind) {
    case 'notDocx':
      return <Result tone="error" text={t('verify.notDocx')} />
    case 'unknown':
      return <Result tone="error" text={t('verify.unknown')} />
    case 'codeUnknown':
      return <Result tone="error" text={t('verify.codeUnknown', { code: outcome.code })} />
    case 'match':
    case 'codeFound':
      return (
        <Result
          tone="ok"
          text={outcome.kind === 'match' ? t('verify.match') : t('verify.codeFound')}
        >
          <Details document={outcome.document} forum={outcome.forum} />
        </Result>
      )
    case 'mismatch':
      return (
        <Result tone="error" text={t('verify.mismatch', { code: outcome.document.code })}>
          <Details document={outcome.document} forum={outcome.forum} />
          <p>{t('verify.differences')}</p>
          <ul className="verify-diff" data-testid="verify-differences">
            {outcome.differences.map((d, i) => (
              <li key={i} data-kind={d.kind}>
                {d.kind === 'removed' ? `− ${t('verify.removed')}: ` : `+ ${t('verify.added')}: `}
                {d.line}
              </li>
            ))}
          </ul>
        </Result>
      )
  }
}

function Result(props: { tone: 'ok' | 'error'; text: string; children?: React.ReactNode }) {
  return (
    <div className="verify-result card" data-testid="verify-result" data-tone={props.tone}>
      <p className={`banner ${props.tone === 'ok' ? 'banner--ok' : 'banner--error'}`} role="status">
        {props.text}
      </p>
      {props.children}
    </div>
  )
}

function Details({ document, forum }: { document: GeneratedDocument; forum: Forum | undefined }) {
  const { t } = useTranslation('documents')
  const timeZone = useOrganisationTimeZone()
  return (
    <dl className="facts">
      <dt>{t('verify.document')}</dt>
      <dd>{document.fileName}</dd>
      {forum && (
        <>
          <dt>{t('verify.forum')}</dt>
          <dd>{forum.title}</dd>
        </>
      )}
      <dt>{t('verify.nomor')}</dt>
      <dd>{document.nomor || '—'}</dd>
      <dt>{t('verify.revision')}</dt>
      <dd>{document.revision}</dd>
      <dt>{t('verify.finalisedAt')}</dt>
      <dd>{formatInstantId(document.finalisedAt, timeZone)}</dd>
    </dl>
  )
}
