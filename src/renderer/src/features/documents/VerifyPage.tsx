import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Forum, GeneratedDocument } from '@shared/domain'
import { formatInstantId } from '@shared/format/dates'
import {
  findingMessage,
  judgeDocx,
  normaliseCode,
  readErrorMessage,
  verdictHeadline,
  type Finding,
  type LineDifference,
  type Message,
  type Verdict,
} from '@shared/documents'
import { useRepositories } from '../../db'
import { getPlatform } from '../../platform/bridge'
import { useOrganisationTimeZone } from '../../ui/clock'
import { inspectFile } from './inspect-file'
import './documents.css'
import { useErrorText } from '../../ui/errors'
import { DropZone } from '../../ui/DropZone'

const DOCX_EXTENSIONS = ['docx'] as const

type Outcome =
  | { kind: 'verdict'; verdict: Verdict; forum: Forum | undefined }
  | { kind: 'codeFound'; document: GeneratedDocument; forum: Forum | undefined }
  | { kind: 'codeUnknown'; code: string }
  | { kind: 'refused'; message: Message }

/** Verifikasi dokumen: does a DOCX file, or a typed code, match a finalised record? */
export function VerifyPage() {
  const { t } = useTranslation('documents')
  const errorText = useErrorText()
  const repositories = useRepositories()
  const [code, setCode] = useState('')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [reading, setReading] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function checkFile() {
    setError(null)
    try {
      const { file } = await getPlatform().openFile({
        filters: [{ name: 'Word', extensions: [...DOCX_EXTENSIONS] }],
      })
      if (file) await checkBytes(file.bytes)
    } catch (e) {
      setError(errorText(e))
    }
  }

  /** The chosen or dropped DOCX, judged against the finalised records. */
  async function checkBytes(bytes: Uint8Array) {
    setError(null)
    try {
      setReading(true)
      setOutcome(null)
      const reply = await inspectFile(bytes)
      if (!reply.ok) {
        setOutcome({ kind: 'refused', message: readErrorMessage(reply) })
        return
      }
      const { inspection } = reply
      // The printed code names the record; a file whose code was removed is found by its text.
      const record =
        (inspection.printedCode
          ? await repositories.documents.findByCode(inspection.printedCode)
          : undefined) ?? (await repositories.documents.findByHash(inspection.hash))
      setOutcome({
        kind: 'verdict',
        verdict: judgeDocx(inspection, record),
        forum: record ? await repositories.forums.get(record.forumId) : undefined,
      })
    } catch (e) {
      setError(errorText(e))
    } finally {
      setReading(false)
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
      <DropZone
        accept={DOCX_EXTENSIONS}
        kind={t('verify.dropKind')}
        disabled={reading}
        testId="verify-drop"
        onFiles={([file]) => file && checkBytes(file.bytes)}
      >
        <div className="documents-actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void checkFile()}
            disabled={reading}
            data-testid="verify-open-file"
          >
            {t('verify.openFile')}
          </button>
          {reading && <span className="hint">{t('verify.reading')}</span>}
        </div>
      </DropZone>
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

function useMessage() {
  const { t } = useTranslation('documents')
  return (message: Message) => t(message.key, message.values)
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('documents')
  const say = useMessage()
  switch (outcome.kind) {
    case 'refused':
      return <Result tone="error" text={say(outcome.message)} />
    case 'codeUnknown':
      return <Result tone="error" text={t('verify.codeUnknown', { code: outcome.code })} />
    case 'codeFound':
      return (
        <Result tone="ok" text={t('verify.codeFound')}>
          <Details document={outcome.document} forum={outcome.forum} />
          <StoredDocument document={outcome.document} />
        </Result>
      )
    case 'verdict':
      return <VerdictView verdict={outcome.verdict} forum={outcome.forum} />
  }
}

const TONE: Record<Verdict['kind'], 'ok' | 'warning' | 'error'> = {
  identical: 'ok',
  sameWording: 'warning',
  different: 'error',
  unknown: 'error',
}

function VerdictView({ verdict, forum }: { verdict: Verdict; forum: Forum | undefined }) {
  const { t } = useTranslation('documents')
  const say = useMessage()
  // A legacy record with nothing found is the old "cocok": its wording is all it can vouch for.
  const tone =
    verdict.kind === 'sameWording' && verdict.legacy && verdict.findings.length === 0
      ? 'ok'
      : TONE[verdict.kind]
  return (
    <Result tone={tone} text={say(verdictHeadline(verdict))} verdict={verdict.kind}>
      {verdict.kind !== 'unknown' && <Details document={verdict.document} forum={forum} />}
      {verdict.kind !== 'identical' && (
        <Findings findings={verdict.findings} quiet={verdict.kind !== 'sameWording'} />
      )}
      {verdict.kind === 'different' && (
        <>
          <p>{t('verify.differences')}</p>
          <Differences differences={verdict.differences} testId="verify-differences" />
        </>
      )}
    </Result>
  )
}

function Findings({ findings, quiet }: { findings: Finding[]; quiet: boolean }) {
  const { t } = useTranslation('documents')
  const say = useMessage()
  if (findings.length === 0) {
    return quiet ? null : <p data-testid="verify-no-findings">{t('verify.noFindings')}</p>
  }
  return (
    <>
      <p>{t('verify.findings')}</p>
      <ul className="verify-findings" data-testid="verify-findings">
        {findings.map((finding, i) => (
          <li key={i} data-kind={finding.kind}>
            {say(findingMessage(finding))}
            {finding.kind === 'headersFootersChanged' && (
              <Differences differences={finding.differences} />
            )}
          </li>
        ))}
      </ul>
    </>
  )
}

function Differences(props: { differences: LineDifference[]; testId?: string }) {
  const { t } = useTranslation('documents')
  return (
    <ul className="verify-diff" data-testid={props.testId}>
      {props.differences.map((d, i) => (
        <li key={i} data-kind={d.kind}>
          {d.kind === 'removed' ? `− ${t('verify.removed')}: ` : `+ ${t('verify.added')}: `}
          {d.line}
        </li>
      ))}
    </ul>
  )
}

/** What a typed code vouches for: the text the document stated and who signed it. */
function StoredDocument({ document }: { document: GeneratedDocument }) {
  const { t } = useTranslation('documents')
  return (
    <>
      {document.signatories && document.signatories.length > 0 && (
        <>
          <h2>{t('verify.signatories')}</h2>
          <ul data-testid="verify-signatories">
            {document.signatories.map((s, i) => (
              <li key={i}>
                {[s.heading, s.position].filter(Boolean).join(' ')} <strong>{s.name}</strong> (
                {s.signed ? t('verify.signedOnScreen') : t('verify.signedWet')})
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('verify.storedText')}</h2>
      <pre className="verify-stored-text" data-testid="verify-stored-text">
        {document.canonical}
      </pre>
    </>
  )
}

function Result(props: {
  tone: 'ok' | 'warning' | 'error'
  text: string
  verdict?: Verdict['kind']
  children?: React.ReactNode
}) {
  return (
    <div
      className="verify-result card"
      data-testid="verify-result"
      data-tone={props.tone}
      data-verdict={props.verdict}
    >
      <p className={`banner banner--${props.tone}`} role="status">
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
