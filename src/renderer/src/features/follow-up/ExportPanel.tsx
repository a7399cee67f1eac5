import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { buildMonitoringDocx } from '@shared/documents/monitoring'
import { selectMonitoringRows } from '@shared/follow-up/monitoring'
import type { DashboardTable, RowList } from '@shared/follow-up/table'
import { buildActionListXlsx } from '@shared/follow-up/xlsx'
import { formatDateId } from '@shared/format/dates'
import { useRepositories } from '../../db'
import { fileContext, getPlatform } from '../../platform/bridge'
import { useOrganisationProfile } from '../forums'
import { deadlineText } from './labels'
import { monitoringInput } from './monitoring-input'
import { Field } from '../../ui/form'
import { useErrorText } from '../../ui/errors'

type Message = { kind: 'ok' | 'error'; text: string } | null

function fileSafe(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
}

/** XLSX of the filtered list, and the DOCX Laporan Monitoring for one unit and period. */
export function ExportPanel(props: {
  /** The filtered list, in order. */
  rows: RowList
  /** Every row, for the monitoring report's own unit and period. */
  table: DashboardTable
  today: string
  unit: string
}) {
  const { t } = useTranslation('followUp')
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const { actionItems, progress } = useRepositories()
  const profile = useOrganisationProfile()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<Message>(null)
  const [unit, setUnit] = useState(props.unit)
  const [from, setFrom] = useState(`${props.today.slice(0, 4)}-01-01`)
  const [to, setTo] = useState(props.today)
  const units = useMemo(() => props.table.units(), [props.table])

  async function run(task: () => Promise<void>) {
    setBusy(true)
    setMessage(null)
    try {
      await task()
    } catch (error) {
      setMessage({
        kind: 'error',
        text: t('export.failed', { message: errorText(error) }),
      })
    } finally {
      setBusy(false)
    }
  }

  const exportXlsx = () =>
    run(async () => {
      const bytes = await buildActionListXlsx(props.rows.toArray(), {
        columns: {
          no: t('columns.no'),
          plan: t('columns.plan'),
          forum: t('columns.forum'),
          unit: t('columns.unit'),
          person: t('columns.person'),
          deadline: t('columns.deadline'),
          status: t('columns.status'),
          progress: t('columns.progress'),
          completed: t('columns.completed'),
        },
        status: (row) => tc(`enums.actionStatus.${row.derived}`),
        deadline: (row) => deadlineText(row, ''),
        date: formatDateId,
      })
      const result = await getPlatform().saveFile({
        suggestedName: t('export.xlsxName', { date: props.today }),
        bytes,
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      })
      if (result.saved) setMessage({ kind: 'ok', text: t('export.saved') })
    })

  const exportMonitoring = () =>
    run(async () => {
      if (!profile) return setMessage({ kind: 'error', text: t('monitoring.needProfile') })
      if (!unit) return setMessage({ kind: 'error', text: t('monitoring.needUnit') })
      if (!from || !to || to < from) {
        return setMessage({ kind: 'error', text: t('monitoring.badPeriod') })
      }
      const scope = { unit, from, to }
      const selected = selectMonitoringRows(props.table.rows(), scope)
      const ids = selected.map((row) => row.id)
      const [items, evidence] = await Promise.all([
        actionItems.listByIds(ids),
        progress.evidenceForItems(ids),
      ])
      const docx = await buildMonitoringDocx(
        monitoringInput({
          base: { profile, scope, reportDate: props.today },
          selected,
          items,
          evidence,
        }),
      )
      const result = await getPlatform().saveFile({
        suggestedName: t('monitoring.fileName', { unit: fileSafe(unit), date: props.today }),
        // The contract takes bytes over a plain ArrayBuffer; the packer's may be shared.
        bytes: new Uint8Array(docx),
        filters: [{ name: 'Word', extensions: ['docx'] }],
      })
      if (result.saved) setMessage({ kind: 'ok', text: t('export.saved') })
    })

  return (
    <section className="card export-panel" data-testid="export-panel">
      <h2>{t('export.title')}</h2>
      <button
        type="button"
        disabled={busy}
        onClick={() => void exportXlsx()}
        data-testid="export-xlsx"
      >
        {t('export.xlsx', { context: fileContext() })}
      </button>
      <h3>{t('monitoring.title')}</h3>
      <p className="hint">{t('monitoring.intro')}</p>
      <div className="grid grid--3">
        <Field label={t('monitoring.unit')}>
          {(control) => (
            <select {...control} value={unit} onChange={(event) => setUnit(event.target.value)}>
              <option value="">—</option>
              {units.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('monitoring.from')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={from}
              onChange={(event) => setFrom(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('monitoring.to')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={to}
              onChange={(event) => setTo(event.target.value)}
            />
          )}
        </Field>
      </div>
      <button
        type="button"
        className="button--primary"
        disabled={busy}
        onClick={() => void exportMonitoring()}
        data-testid="export-monitoring"
      >
        {t('monitoring.create')}
      </button>
      {message && (
        <p
          className={message.kind === 'ok' ? 'banner banner--ok' : 'banner banner--error'}
          role={message.kind === 'ok' ? 'status' : 'alert'}
          data-testid="export-message"
        >
          {message.text}
        </p>
      )}
    </section>
  )
}
