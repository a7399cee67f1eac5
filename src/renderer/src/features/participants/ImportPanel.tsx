import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { unsurSchema, type Unsur } from '@shared/domain'
import {
  columnLetter,
  detectHeaderRow,
  IMPORT_FIELDS,
  keepBlocker,
  keptRows,
  mapColumns,
  markDuplicates,
  recheckRow,
  rememberMapping,
  reviewOrder,
  summarizeImport,
  type ColumnMapping,
  type ImportField,
  type ImportPreview,
  type ImportSummary,
  type PreviewContext,
  type RememberedMapping,
} from '@shared/participants'
import { readSpreadsheetRows } from '@shared/participants/spreadsheet-file'
import { useRepositories } from '../../db'
import { getPlatform } from '../../platform/bridge'
import { useErrorMessage } from './error-text'
import type { ParticipantEntry } from './hooks'
import { addRegistryMatches, previewWithDuplicates } from './import-model'
import { PreviewTable, type PreviewReview } from './ImportPreviewTable'
import { EnumOptions } from '../../ui/EnumOptions'
import { Field } from '../../ui/form'
import { DropZone, type DroppedFile } from '../../ui/DropZone'

interface LoadedSheet {
  fileName: string
  rows: string[][]
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'importing'; progress: number }
  | { kind: 'done' }

interface ImportPanelProps {
  forumId: string
  listed: ParticipantEntry[]
  onClose: () => void
}

const HEADER_CHOICES = 30
const SHEET_EXTENSIONS = ['xlsx', 'csv'] as const

export function ImportPanel({ forumId, listed, onClose }: ImportPanelProps) {
  const { t } = useTranslation('participants')
  const { t: tc } = useTranslation()
  const repositories = useRepositories()
  const errorMessage = useErrorMessage()
  const [sheet, setSheet] = useState<LoadedSheet | null>(null)
  const [headerRow, setHeaderRow] = useState(-1)
  const [mapping, setMapping] = useState<ColumnMapping | null>(null)
  const [remembered, setRemembered] = useState<RememberedMapping>({})
  const [defaultUnsur, setDefaultUnsur] = useState<Unsur>('pengguna_layanan')
  const [computedPreview, setPreview] = useState<ImportPreview | null>(null)
  // The order rows are shown in is fixed when the file is read: a row fixed in place stays where
  // the user is working instead of jumping down the list.
  const [order, setOrder] = useState<number[]>([])
  const [keep, setKeep] = useState<Set<number>>(new Set())
  const [confirmed, setConfirmed] = useState<Set<number>>(new Set())
  /** What the user typed into a corrected cell, by `row:field`; the row reads it cleaned. */
  const [drafts, setDrafts] = useState<Map<string, string>>(new Map())
  const context = useRef<PreviewContext | null>(null)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null)
  const abort = useRef<AbortController | null>(null)

  // The preview checks duplicates against the list as it was when the file was read; a live
  // update of the list does not reset the user's choices.
  const listedRef = useRef(listed)
  useEffect(() => {
    listedRef.current = listed
  })

  async function chooseFile() {
    setMessage(null)
    const { file } = await getPlatform().openFile({
      filters: [{ name: 'Excel / CSV', extensions: [...SHEET_EXTENSIONS] }],
    })
    if (file) await readFile(file)
  }

  /** The chosen or dropped spreadsheet, read into the preview. */
  async function readFile(file: DroppedFile) {
    setMessage(null)
    setPhase({ kind: 'reading' })
    try {
      const read = await readSpreadsheetRows(file.bytes, file.name)
      if (!read.ok) {
        setSheet(null)
        setMessage({ tone: 'error', text: t(`import.errors.${read.error}`) })
        return
      }
      const saved = await repositories.settings.get('participants.importMapping')
      const header = detectHeaderRow(read.rows)
      setRemembered(saved)
      setSheet({ fileName: file.name, rows: read.rows })
      setHeaderRow(Math.max(header, 0))
      setMapping(mapColumns(read.rows[Math.max(header, 0)] ?? [], saved))
      if (header < 0) setMessage({ tone: 'error', text: t('import.errors.no_name_column') })
    } catch (error) {
      setMessage({
        tone: 'error',
        text: t('import.errors.read_failed', { message: errorMessage(error) }),
      })
    } finally {
      setPhase({ kind: 'idle' })
    }
  }

  useEffect(() => {
    if (!sheet || !mapping || mapping.name === null) return
    let current = true
    void previewWithDuplicates(
      sheet.rows,
      headerRow,
      mapping,
      defaultUnsur,
      listedRef.current,
      repositories.people,
    ).then((next) => {
      if (!current) return
      context.current = next.context
      setPreview(next.preview)
      setOrder(reviewOrder(next.preview.rows).map((r) => r.row))
      setKeep(new Set(next.preview.rows.filter((r) => r.keepByDefault).map((r) => r.row)))
      setConfirmed(new Set())
      setDrafts(new Map())
    })
    return () => {
      current = false
    }
  }, [sheet, headerRow, mapping, defaultUnsur, repositories.people])

  function pickHeaderRow(index: number) {
    if (!sheet) return
    setHeaderRow(index)
    setMapping(mapColumns(sheet.rows[index] ?? [], remembered))
    setMessage(null)
  }

  function setField(field: ImportField, column: number | null) {
    if (!mapping) return
    const next = { ...mapping }
    // One column means one field: taking a column away from another field leaves that one unset.
    for (const other of IMPORT_FIELDS)
      if (column !== null && next[other] === column) next[other] = null
    next[field] = column
    setMapping(next)
  }

  const preview = sheet && mapping?.name !== null ? computedPreview : null
  const kept = useMemo(
    () => (preview ? keptRows(preview, keep, confirmed) : []),
    [preview, keep, confirmed],
  )

  function toggle(set: Set<number>, row: number, on: boolean): Set<number> {
    const next = new Set(set)
    if (on) next.add(row)
    else next.delete(row)
    return next
  }

  /** A corrected cell: the row is checked again at once, and ticked when it has become fine. */
  function editCell(rowNumber: number, field: ImportField, text: string) {
    const known = context.current
    if (!preview || !known) return
    setDrafts(new Map(drafts).set(`${rowNumber}:${field}`, text))
    const before = preview.rows.find((r) => r.row === rowNumber)
    const next = recheckRow(preview, rowNumber, field, text, known)
    const after = next.rows.find((r) => r.row === rowNumber)
    setPreview(next)
    if (before && after && keepBlocker(before, confirmed.has(rowNumber)) !== null) {
      setKeep(toggle(keep, rowNumber, keepBlocker(after, confirmed.has(rowNumber)) === null))
    }
    if (field !== 'name') return
    // A corrected name may be someone the registry knows: link them rather than add them again.
    // Only the duplicate marks are redone: by now the user may have typed further.
    void addRegistryMatches(text, known, repositories.people).then(() =>
      setPreview((current) =>
        current === null ? current : { ...current, rows: markDuplicates(current.rows, known) },
      ),
    )
  }

  /** "Bukan orang yang sama": the duplicate may be imported, and is ticked. */
  function confirmDistinct(row: number, on: boolean) {
    setConfirmed(toggle(confirmed, row, on))
    setKeep(toggle(keep, row, on))
  }

  async function runImport() {
    if (!sheet || !mapping || !preview) return
    const controller = new AbortController()
    abort.current = controller
    setMessage(null)
    setPhase({ kind: 'importing', progress: 0 })
    try {
      const header = sheet.rows[headerRow] ?? []
      const rows = kept.map((r) => ({
        row: r.row,
        person: r.person,
        existingPersonId: r.duplicate?.kind === 'registry' ? r.duplicate.personId : null,
      }))
      const result = await repositories.participants.importRows(forumId, rows, {
        signal: controller.signal,
        onProgress: (progress) => setPhase({ kind: 'importing', progress }),
      })
      await repositories.settings.set(
        'participants.importMapping',
        rememberMapping(header, mapping, remembered),
      )
      setPhase({ kind: 'done' })
      setSheet(null)
      setPreview(null)
      setMessage({ tone: 'ok', text: doneText(summarizeImport(preview, keep, confirmed, result)) })
    } catch (error) {
      setPhase({ kind: 'idle' })
      const cancelled = error instanceof DOMException && error.name === 'AbortError'
      setMessage({
        tone: 'error',
        text: cancelled
          ? t('import.cancelled')
          : t('import.failed', { message: errorMessage(error) }),
      })
    } finally {
      abort.current = null
    }
  }

  function doneText(summary: ImportSummary): string {
    const added = t('import.done', {
      count: summary.added,
      created: summary.created,
      linked: summary.linked,
    })
    if (summary.skipped.length === 0) return added
    const reasons = summary.skipped.map((s) => t(`import.skippedReason.${s.reason}`, s))
    return `${added} ${t('import.doneSkipped', { reasons: reasons.join('; ') })}`
  }

  function cancel() {
    if (abort.current) {
      abort.current.abort()
      return
    }
    onClose()
  }

  const review: PreviewReview = {
    keep,
    confirmed,
    draft: (row, field) => drafts.get(`${row}:${field}`),
    onKeep: (row, on) => setKeep(toggle(keep, row, on)),
    onConfirm: confirmDistinct,
    onEdit: editCell,
  }
  const header = sheet ? (sheet.rows[headerRow] ?? []) : []
  const columnCount = sheet ? Math.max(...sheet.rows.map((r) => r.length), 0) : 0
  const importing = phase.kind === 'importing'

  return (
    <section
      className="card participants-import"
      data-testid="import-panel"
      aria-labelledby="import-title"
    >
      <h2 id="import-title">{t('import.title')}</h2>
      <p className="hint">{t('import.intro')}</p>
      <DropZone
        accept={SHEET_EXTENSIONS}
        kind={t('import.dropKind')}
        disabled={importing}
        testId="import-drop"
        onFiles={([file]) => file && readFile(file)}
      >
        <div className="form__actions">
          <button
            type="button"
            className="button"
            onClick={() => void chooseFile()}
            disabled={importing}
            data-testid="import-choose"
          >
            {t('import.choose')}
          </button>
          {phase.kind === 'reading' && <span role="status">{t('import.reading')}</span>}
          {sheet && (
            <span data-testid="import-file">{t('import.file', { name: sheet.fileName })}</span>
          )}
        </div>
      </DropZone>
      {message && (
        <p
          className={`banner banner--${message.tone}`}
          role={message.tone === 'error' ? 'alert' : 'status'}
          data-testid="import-message"
        >
          {message.text}
        </p>
      )}
      {sheet && mapping && (
        <>
          <div className="grid grid--2">
            <Field label={t('import.headerRow')}>
              {(control) => (
                <select
                  {...control}
                  value={headerRow}
                  onChange={(e) => pickHeaderRow(Number(e.target.value))}
                  data-testid="import-header-row"
                >
                  {sheet.rows.slice(0, HEADER_CHOICES).map((row, index) => (
                    <option key={index} value={index}>
                      {t('import.headerRowOption', {
                        row: index + 1,
                        text: row.filter(Boolean).join(' | ').slice(0, 80),
                      })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('import.defaultUnsur')}>
              {(control) => (
                <select
                  {...control}
                  value={defaultUnsur}
                  onChange={(e) => setDefaultUnsur(e.target.value as Unsur)}
                  data-testid="import-default-unsur"
                >
                  <EnumOptions values={unsurSchema.options} labels="enums.unsur" />
                </select>
              )}
            </Field>
          </div>
          <fieldset>
            <legend>{t('import.mapping')}</legend>
            <p className="hint">{t('import.mappingHint')}</p>
            <div className="grid grid--4">
              {IMPORT_FIELDS.map((field) => (
                <Field label={t(`importFields.${field}`)} key={field}>
                  {(control) => (
                    <select
                      {...control}
                      value={mapping[field] ?? ''}
                      onChange={(e) =>
                        setField(field, e.target.value === '' ? null : Number(e.target.value))
                      }
                      data-testid={`import-map-${field}`}
                    >
                      <option value="">{t('import.notMapped')}</option>
                      {Array.from({ length: columnCount }, (_, column) => (
                        <option key={column} value={column}>
                          {columnLetter(column)}
                          {header[column] ? ` — ${header[column]}` : ''}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ))}
            </div>
          </fieldset>
        </>
      )}
      {preview && (
        <PreviewTable preview={preview} order={order} review={review} disabled={importing} />
      )}
      {importing && (
        <div className="participants-progress" data-testid="import-progress">
          <progress
            max={1}
            value={phase.progress}
            aria-label={t('import.progress', { percent: Math.round(phase.progress * 100) })}
          />
          <span>{t('import.progress', { percent: Math.round(phase.progress * 100) })}</span>
        </div>
      )}
      <div className="form__actions">
        {preview && (
          <button
            type="button"
            className="button button--primary"
            disabled={importing || kept.length === 0}
            onClick={() => void runImport()}
            data-testid="import-submit"
          >
            {t('import.submit', { count: kept.length })}
          </button>
        )}
        <button type="button" className="button" onClick={cancel} data-testid="import-cancel">
          {importing || sheet ? t('import.cancel') : tc('actions.close')}
        </button>
      </div>
    </section>
  )
}
