import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import {
  AGREEMENT_KINDS,
  buildChoice,
  documentChoices,
  draftDocx,
  kindOfChoice,
  lockedSignatoryIds,
  preflight,
  type DocumentContext,
} from '@shared/documents'
import type { GeneratedDocument } from '@shared/domain'
import { formatInstantId } from '@shared/format/dates'
import { draftRevision } from '@shared/live'
import { useRepositories } from '../../db'
import { fileContext, getPlatform } from '../../platform/bridge'
import { useOrganisationTimeZone } from '../../ui/clock'
import { useCurrentForum } from '../forums'
import { DocumentPreview } from './DocumentPreview'
import { buildEvidencePack } from './evidence'
import {
  useDocumentContext,
  useFinalisedDocuments,
  useNomorSuggestion,
  usePrintedCode,
} from './hooks'
import { InvitationPanel } from './InvitationPanel'
import { PaperAttendancePanel } from './PaperAttendancePanel'
import { PhotosPanel } from './PhotosPanel'
import { PreflightList } from './PreflightList'
import { SignatoriesPanel } from './SignatoriesPanel'
import './documents.css'
import { useErrorText } from '../../ui/errors'

const DOCX_FILTERS = [{ name: 'Word', extensions: ['docx'] }]

export function DocumentsPage() {
  const { t } = useTranslation('documents')
  const { t: tc } = useTranslation()
  const forumId = useCurrentForum().id
  const state = useDocumentContext(forumId)
  const finalised = useFinalisedDocuments(forumId)

  if (state.status === 'loading') return <p>{tc('status.loading')}</p>
  if (state.status === 'missing') {
    return state.reason === 'organisation' ? (
      <p role="alert">
        {t('noProfile')} <Link to="/settings">{t('openSettings')}</Link>
      </p>
    ) : (
      <p role="alert">{tc('status.loading')}</p>
    )
  }
  return <DocumentsWorkspace context={state.context} finalised={finalised ?? []} />
}

function DocumentsWorkspace({
  context,
  finalised,
}: {
  context: DocumentContext
  finalised: GeneratedDocument[]
}) {
  const { t } = useTranslation('documents')
  const { t: tc } = useTranslation()
  const errorText = useErrorText({ namespaces: ['documents'] })
  const repositories = useRepositories()
  const { forum } = context
  const choices = documentChoices(forum)
  const [choice, setChoice] = useState(choices[0] ?? 'berita_acara')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const model = useMemo(() => buildChoice(choice, context), [choice, context])
  const printedCode = usePrintedCode(model)
  const problems = useMemo(() => preflight(context, kindOfChoice(choice)), [choice, context])
  const currentRevision = draftRevision(forum)
  const lastAgreementDoc = finalised.find((d) => AGREEMENT_KINDS.includes(d.kind))
  const outdated = lastAgreementDoc !== undefined && lastAgreementDoc.revision < currentRevision
  const lockedSignatories = useMemo(
    () => lockedSignatoryIds(context.signatories, finalised),
    [context.signatories, finalised],
  )
  const suggestion = useNomorSuggestion(forum.id, choice)
  // What the user typed belongs to one offer; a new choice or a new suggestion starts afresh.
  const offer = suggestion ? `${choice}|${suggestion.nomor}` : null
  const [typedNomor, setTypedNomor] = useState<{ offer: string; value: string } | null>(null)
  const nomor =
    offer !== null && typedNomor?.offer === offer ? typedNomor.value : (suggestion?.nomor ?? '')

  function label(c: string) {
    const day = /^daftar_hadir_(\d+)$/.exec(c)
    if (day)
      return forum.days.length > 1 ? t('day', { n: day[1] }) : tc('enums.documentKind.daftar_hadir')
    return tc(`enums.documentKind.${c}`)
  }

  function showError(error: unknown) {
    setMessage({ kind: 'error', text: t('messages.failed', { message: errorText(error) }) })
  }

  async function run(action: () => Promise<void>) {
    setBusy(true)
    setMessage(null)
    try {
      await action()
    } catch (error) {
      showError(error)
    } finally {
      setBusy(false)
    }
  }

  const downloadDraft = () =>
    run(async () => {
      const draft = await draftDocx(model, context.organisation)
      await getPlatform().saveFile({
        suggestedName: `${model.title} (draf).docx`,
        bytes: draft.bytes,
        filters: DOCX_FILTERS,
      })
      setMessage({ kind: 'ok', text: t('messages.saved') })
    })

  const finalise = () =>
    run(async () => {
      const { document, bytes } = await repositories.documents.finalise(
        forum.id,
        choice,
        suggestion ? { nomor } : {},
      )
      await getPlatform().saveFile({
        suggestedName: document.fileName,
        bytes,
        filters: DOCX_FILTERS,
      })
      setMessage({
        kind: 'ok',
        text: document.nomor
          ? t('messages.finalised', { nomor: document.nomor, code: document.code })
          : t('messages.finalisedNoNomor', { code: document.code }),
      })
    })

  const printPdf = () =>
    run(async () => {
      await getPlatform().printToPdf({
        suggestedName: `${model.title}.pdf`,
        paper: context.organisation.paper,
      })
    })

  // "Cetak": the desktop app opens the system print dialog; the web twin calls window.print.
  const print = () =>
    run(async () => {
      await getPlatform().print()
    })

  const evidencePack = () =>
    run(async () => {
      // Read at the click, not from the screen's last render: a document finalised a moment ago
      // must go into the pack as finalised even before the list on screen has caught up.
      const [current, documents] = await Promise.all([
        repositories.documents.loadDocumentContext(forum.id),
        repositories.documents.listByForum(forum.id),
      ])
      const pack = await buildEvidencePack(current, documents)
      await getPlatform().saveFile({
        suggestedName: `Paket Bukti ${forum.title}.zip`.slice(0, 190),
        bytes: pack.bytes,
        filters: [{ name: 'ZIP', extensions: ['zip'] }],
      })
      setMessage({ kind: 'ok', text: t('messages.packSaved', { count: pack.count }) })
    })

  return (
    <section className="page" data-testid="documents-page">
      <p className="hint">{t('intro')}</p>
      {outdated && (
        <p className="banner" role="status" data-testid="revision-banner">
          {t('revision.changed', { old: lastAgreementDoc.revision, current: currentRevision })}
        </p>
      )}
      <p data-testid="revision-current">
        {t('revision.current', { revision: currentRevision })}
        {forum.agreementsFrozenAt === null && ` — ${t('revision.draftNotice')}`}
      </p>
      <div className="documents-layout">
        <div>
          <div className="field">
            <label htmlFor="document-choice">{t('choose')}</label>
            <select
              id="document-choice"
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              data-testid="document-choice"
            >
              {choices.map((c) => (
                <option key={c} value={c}>
                  {label(c)}
                </option>
              ))}
            </select>
          </div>
          {suggestion && (
            <div className="field">
              <label htmlFor="document-nomor">{t('nomor.label')}</label>
              <input
                id="document-nomor"
                value={nomor}
                onChange={(e) => offer && setTypedNomor({ offer, value: e.target.value })}
                aria-describedby="document-nomor-hint"
                data-testid="document-nomor"
              />
              <small id="document-nomor-hint" className="hint">
                {suggestion.source === 'kept'
                  ? t('nomor.kept')
                  : t('nomor.suggested', { nomor: suggestion.nomor })}
              </small>
            </div>
          )}
          <div className="documents-actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void downloadDraft()}
              data-testid="download-draft"
            >
              {t('actions.downloadDraft', { context: fileContext() })}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void finalise()}
              data-testid="finalise"
            >
              {busy ? t('actions.working') : t('actions.finalise', { context: fileContext() })}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void printPdf()}
              data-testid="print-pdf"
            >
              {t('actions.pdf')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void print()}
              data-testid="print"
            >
              {t('actions.print')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void evidencePack()}
              data-testid="evidence-pack"
            >
              {t('actions.evidencePack')}
            </button>
          </div>
          {message && (
            <p
              className={`banner ${message.kind === 'ok' ? 'banner--ok' : 'banner--error'}`}
              role={message.kind === 'ok' ? 'status' : 'alert'}
              data-testid="documents-message"
            >
              {message.text}
            </p>
          )}
          {choice === 'undangan' && (
            <InvitationPanel
              forum={forum}
              onError={showError}
              onSaved={() => setMessage({ kind: 'ok', text: t('invitation.saved') })}
            />
          )}
          <PreflightList forumId={forum.id} problems={problems} />
          <SignatoriesPanel context={context} locked={lockedSignatories} onError={showError} />
          <PaperAttendancePanel
            context={context}
            onMessage={(text) => setMessage({ kind: 'ok', text })}
            onError={showError}
          />
          <PhotosPanel forumId={forum.id} photos={context.photos} onError={showError} />
          <FinalisedTable documents={finalised} currentRevision={currentRevision} />
        </div>
        <div>
          <h2>{t('preview.title')}</h2>
          <DocumentPreview model={model} style={context.organisation} code={printedCode} />
        </div>
      </div>
    </section>
  )
}

function FinalisedTable({
  documents,
  currentRevision,
}: {
  documents: GeneratedDocument[]
  currentRevision: number
}) {
  const { t } = useTranslation('documents')
  const timeZone = useOrganisationTimeZone()
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {documents.length === 0 ? (
        <p className="hint">{t('history.empty')}</p>
      ) : (
        <table className="doc-table" data-testid="finalised-documents">
          <thead>
            <tr>
              <th>{t('history.document')}</th>
              <th>{t('history.nomor')}</th>
              <th>{t('history.revision')}</th>
              <th>{t('history.code')}</th>
              <th>{t('history.finalisedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id} data-testid="finalised-document">
                <td>
                  {d.fileName}
                  {AGREEMENT_KINDS.includes(d.kind) && d.revision < currentRevision && (
                    <div>
                      <span className="badge">{t('history.outdated')}</span>
                    </div>
                  )}
                </td>
                <td>{d.nomor || '—'}</td>
                <td>{d.revision}</td>
                <td>
                  <code>{d.code}</code>
                </td>
                <td>
                  {formatInstantId(d.finalisedAt, timeZone)}
                  {d.receivedFrom && (
                    <div className="hint" data-testid="received-from">
                      {t('history.receivedFrom', {
                        label: d.receivedFrom.label,
                        date: formatInstantId(d.receivedFrom.exportedAt, timeZone),
                      })}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
