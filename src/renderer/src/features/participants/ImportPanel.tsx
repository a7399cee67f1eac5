import { useEffect, useMemo, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import { unsurSchema, type Unsur } from '@shared/domain'
import {
  columnLetter,
  detectHeaderRow,
  IMPORT_FIELDS,
  mapColumns,
  rememberMapping,
  type CellProblem,
  type ColumnMapping,
  type ImportField,
  type ImportPreview,
  type PreviewRow,
  type RememberedMapping,
} from '@shared/participants'
import { readSpreadsheetRows } from '@shared/participants/spreadsheet-file'
import { useRepositories } from '../../db'
import { getPlatform } from '../../platform/bridge'
import { useErrorMessage } from './error-text'
import type { ParticipantEntry } from './hooks'
import { previewWithDuplicates } from './import-model'
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
  | { kind: 'done'; created: number; linked: number }

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
  const [keep, setKeep] = useState<Set<number>>(new Set())
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
      setPreview(next)
      setKeep(new Set(next.rows.filter((r) => r.keepByDefault).map((r) => r.row)))
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
    () => (preview ? preview.rows.filter((r) => r.importable && keep.has(r.row)) : []),
    [preview, keep],
  )

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
      setPhase({ kind: 'done', ...result })
      setSheet(null)
      setPreview(null)
      setMessage({ tone: 'ok', text: t('import.done', { ...result }) })
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

  function cancel() {
    if (abort.current) {
      abort.current.abort()
      return
    }
    onClose()
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
        <PreviewTable
          preview={preview}
          keep={keep}
          onToggle={(row, on) => {
            const next = new Set(keep)
            if (on) next.add(row)
            else next.delete(row)
            setKeep(next)
          }}
          disabled={importing}
        />
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

function PreviewTable(props: {
  preview: ImportPreview
  keep: Set<number>
  onToggle: (row: number, on: boolean) => void
  disabled: boolean
}) {
  const { t } = useTranslation('participants')
  const { t: tc } = useTranslation()
  const { preview } = props
  // A list of thousands of rows is windowed: only the rows in view are in the page.
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: preview.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 48,
    overscan: 12,
  })
  const problemRows = preview.rows.filter((r) => r.problems.length > 0).length
  const duplicates = preview.rows.filter((r) => r.duplicate).length
  const skipped =
    preview.skipped.empty.length + preview.skipped.footer.length + preview.skipped.numbering.length
  return (
    <>
      <p data-testid="import-summary">
        {t('import.summary', {
          rows: preview.rows.length,
          problems: problemRows,
          duplicates,
          skipped,
        })}
      </p>
      <div
        className="participants-preview"
        ref={scroller}
        role="table"
        aria-rowcount={preview.rows.length + 1}
        data-testid="import-preview"
      >
        <div role="rowgroup" className="participants-preview__head">
          <div role="row" className="participants-preview__row">
            <span role="columnheader">{t('import.keep')}</span>
            <span role="columnheader">{t('import.row')}</span>
            <span role="columnheader">{t('columns.name')}</span>
            <span role="columnheader">{t('columns.gender')}</span>
            <span role="columnheader">{t('columns.unsur')}</span>
            <span role="columnheader">{t('columns.institution')}</span>
            <span role="columnheader">{t('import.problems')}</span>
          </div>
        </div>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = preview.rows[item.index]!
            return (
              <div
                key={row.row}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="row"
                aria-rowindex={item.index + 2}
                data-testid={`import-row-${row.row}`}
                data-problems={row.problems.map((p) => p.code).join(' ')}
                data-duplicate={row.duplicate?.kind ?? ''}
                className={`participants-preview__row participants-preview__body-row${
                  row.problems.length ? ' participants-preview__bad' : ''
                }`}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <span role="cell">
                  <input
                    type="checkbox"
                    checked={row.importable && props.keep.has(row.row)}
                    disabled={!row.importable || props.disabled}
                    onChange={(e) => props.onToggle(row.row, e.target.checked)}
                    aria-label={`${t('import.keep')} ${t('import.row')} ${row.row}`}
                    data-testid={`import-keep-${row.row}`}
                  />
                </span>
                <span role="cell">{row.row}</span>
                <span role="cell">{row.person.name}</span>
                <span role="cell">{row.person.gender}</span>
                <span role="cell">{tc(`enums.unsur.${row.person.unsur}`)}</span>
                <span role="cell">
                  {[row.person.institution, row.person.position].filter(Boolean).join(' / ')}
                </span>
                <span role="cell">
                  <RowNotes row={row} />
                </span>
              </div>
            )
          })}
        </div>
      </div>
    </>
  )
}

function RowNotes({ row }: { row: PreviewRow }) {
  const { t } = useTranslation('participants')
  const notes = row.problems.map((problem) => problemText(t, problem))
  if (row.duplicate) {
    notes.push(
      t(`import.duplicate.${row.duplicate.kind}`, {
        row: row.duplicate.kind === 'file' ? row.duplicate.row : '',
      }),
    )
  }
  if (notes.length === 0) return <span className="participants-ok">{t('import.ok')}</span>
  return (
    <ul className="participants-notes">
      {notes.map((note, index) => (
        <li key={index}>{note}</li>
      ))}
    </ul>
  )
}

function problemText(
  t: (key: string, options?: Record<string, unknown>) => string,
  problem: CellProblem,
): string {
  const field = t(`importFields.${problem.field}`)
  const message = t(`problems.${problem.code}`, { value: problem.value })
  return problem.column
    ? t('import.problem', { column: problem.column, field, message })
    : t('import.problemNoColumn', { field, message })
}
