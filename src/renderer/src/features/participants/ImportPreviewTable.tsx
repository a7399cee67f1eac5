import { useMemo, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import {
  IMPORT_FIELDS,
  keepBlocker,
  needsConfirmation,
  skippedRanges,
  type CellProblem,
  type ImportField,
  type ImportPreview,
  type PreviewRow,
} from '@shared/participants'

type Translate = (key: string, options?: Record<string, unknown>) => string

/** The user's choices over the preview, and how they change them. */
export interface PreviewReview {
  keep: ReadonlySet<number>
  /** Duplicates the user said are "bukan orang yang sama". */
  confirmed: ReadonlySet<number>
  /** What the user typed into a corrected cell, if they did. */
  draft: (row: number, field: ImportField) => string | undefined
  onKeep: (row: number, on: boolean) => void
  onConfirm: (row: number, on: boolean) => void
  onEdit: (row: number, field: ImportField, text: string) => void
}

export function PreviewTable(props: {
  preview: ImportPreview
  /** Row numbers in the order to show them. */
  order: number[]
  review: PreviewReview
  disabled: boolean
}) {
  const { t } = useTranslation('participants')
  const { preview, order } = props
  const byRow = useMemo(() => new Map(preview.rows.map((r) => [r.row, r])), [preview])
  // A list of thousands of rows is windowed: only the rows in view are in the page.
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 48,
    overscan: 12,
  })
  const problemRows = preview.rows.filter((r) => r.problems.length > 0).length
  const duplicates = preview.rows.filter(needsConfirmation).length
  return (
    <>
      <p data-testid="import-summary">
        {t('import.summary', {
          rows: preview.rows.length,
          problems: problemRows,
          duplicates,
          skipped: preview.skipped.length,
        })}
      </p>
      <SkippedList preview={preview} />
      <div
        className="participants-preview"
        ref={scroller}
        role="table"
        aria-label={t('import.previewLabel')}
        aria-rowcount={order.length + 1}
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
            const row = byRow.get(order[item.index]!)
            if (!row) return null
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
                <PreviewRowCells row={row} review={props.review} disabled={props.disabled} />
              </div>
            )
          })}
        </div>
      </div>
    </>
  )
}

function PreviewRowCells(props: { row: PreviewRow; review: PreviewReview; disabled: boolean }) {
  const { t } = useTranslation('participants')
  const { t: tc } = useTranslation()
  const { row, review } = props
  const confirmed = review.confirmed.has(row.row)
  const blocker = keepBlocker(row, confirmed)
  const reasonId = `import-reason-${row.row}`
  return (
    <>
      <span role="cell">
        <input
          type="checkbox"
          checked={blocker === null && review.keep.has(row.row)}
          disabled={blocker !== null || props.disabled}
          onChange={(e) => review.onKeep(row.row, e.target.checked)}
          aria-label={`${t('import.keep')} ${t('import.row')} ${row.row}`}
          aria-describedby={blocker ? reasonId : undefined}
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
        <RowReview {...props} confirmed={confirmed} blocker={blocker} reasonId={reasonId} />
      </span>
    </>
  )
}

function RowReview(props: {
  row: PreviewRow
  review: PreviewReview
  disabled: boolean
  confirmed: boolean
  blocker: ReturnType<typeof keepBlocker>
  reasonId: string
}) {
  const { t } = useTranslation('participants')
  const { row, review } = props
  // A cell stays editable once it is being corrected, so fixing it does not take the field away.
  const fields = [
    ...new Set([
      ...row.problems.map((p) => p.field),
      ...IMPORT_FIELDS.filter((field) => review.draft(row.row, field) !== undefined),
    ]),
  ]
  const ok = fields.length === 0 && !row.duplicate
  return (
    <div className="participants-review">
      {ok && <span className="participants-ok">{t('import.ok')}</span>}
      {fields.map((field) => {
        const problem = row.problems.find((p) => p.field === field)
        const noteId = `import-note-${row.row}-${field}`
        return (
          <div key={field} className="participants-fix">
            <label>
              <span className="participants-fix__label">
                {t('import.fix', { field: t(`importFields.${field}`), row: row.row })}
              </span>
              <input
                value={review.draft(row.row, field) ?? row.cells[field]}
                onChange={(e) => review.onEdit(row.row, field, e.target.value)}
                aria-invalid={problem ? true : undefined}
                aria-describedby={noteId}
                disabled={props.disabled}
                data-testid={`import-fix-${row.row}-${field}`}
              />
            </label>
            <span
              id={noteId}
              className={problem ? 'participants-notes' : 'participants-ok'}
              data-testid={`import-note-${row.row}-${field}`}
            >
              {problem ? problemText(t, problem) : t('import.fixed')}
            </span>
          </div>
        )
      })}
      {row.duplicate && (
        <p className={needsConfirmation(row) ? 'participants-notes' : 'hint'}>
          {t(`import.duplicate.${row.duplicate.kind}`, {
            row: row.duplicate.kind === 'file' ? row.duplicate.row : '',
          })}
        </p>
      )}
      {needsConfirmation(row) && (
        <label className="participants-confirm">
          <input
            type="checkbox"
            checked={props.confirmed}
            disabled={props.disabled || row.problems.length > 0}
            onChange={(e) => review.onConfirm(row.row, e.target.checked)}
            data-testid={`import-distinct-${row.row}`}
          />
          {t('import.notSamePerson')}
        </label>
      )}
      {props.blocker && (
        <p id={props.reasonId} className="hint" data-testid={`import-reason-${row.row}`}>
          {t(`import.blocked.${props.blocker}`)}
        </p>
      )}
    </div>
  )
}

/** Each left-out row (or run of rows) by its number, and why. */
function SkippedList({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('participants')
  if (preview.skipped.length === 0) return null
  const ranges = skippedRanges(preview)
  return (
    <details className="participants-skipped" open data-testid="import-skipped">
      <summary>{t('import.skippedTitle', { count: preview.skipped.length })}</summary>
      <ul>
        {ranges.map((range) => (
          <li key={range.from}>
            {range.from === range.to
              ? t('import.skippedRow', { row: range.from })
              : t('import.skippedRows', { from: range.from, to: range.to })}
            {': '}
            {t(`import.skipReason.${range.reason}`)}
          </li>
        ))}
      </ul>
    </details>
  )
}

function problemText(t: Translate, problem: CellProblem): string {
  const field = t(`importFields.${problem.field}`)
  const message = t(`problems.${problem.code}`, {
    value: problem.value,
    max: problem.max,
    length: problem.value.length,
  })
  return problem.column
    ? t('import.problem', { column: problem.column, field, message })
    : t('import.problemNoColumn', { field, message })
}
