import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  ComposedChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { DERIVED_STATUSES } from '@shared/follow-up/dashboard'
import { completionOverTime, statusPerUnit } from '@shared/follow-up/charts'
import type { DashboardRow } from '@shared/follow-up/rows'
import { MONTHS_ID } from '@shared/format/dates'
import { barFill, PatternDefs, STATUS_LOOKS, type BarLook } from './chart-patterns'

const UNITS_SHOWN = 12

const COMPLETION_LOOKS = {
  due: { colour: '#667085', pattern: 'dots' },
  completed: STATUS_LOOKS.selesai,
} satisfies Record<string, BarLook>

function shortUnit(unit: string): string {
  return unit.length > 28 ? `${unit.slice(0, 27)}…` : unit
}

function monthLabel(month: string): string {
  return `${MONTHS_ID[Number(month.slice(5, 7)) - 1]?.slice(0, 3)} ${month.slice(0, 4)}`
}

/** Status per unit and completion month by month, for the rows under the current filters. */
export function DashboardCharts({ rows }: { rows: DashboardRow[] }) {
  const { t } = useTranslation('followUp')
  const { t: tc } = useTranslation()
  const perUnit = useMemo(() => statusPerUnit(rows, UNITS_SHOWN), [rows])
  const overTime = useMemo(() => completionOverTime(rows), [rows])
  // Pattern ids are document-wide; React's id keeps two dashboards apart, minus its punctuation.
  const ids = `chart${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  if (rows.length === 0) return <p className="empty">{t('charts.empty')}</p>

  return (
    <div className="charts" data-testid="charts">
      <section className="card" aria-labelledby={`${ids}-per-unit`}>
        <h2 id={`${ids}-per-unit`}>{t('charts.statusPerUnit')}</h2>
        <p className="hint">{t('charts.statusPerUnitHint', { count: perUnit.length })}</p>
        <ResponsiveContainer width="100%" height={Math.max(220, perUnit.length * 34 + 60)}>
          <BarChart data={perUnit} layout="vertical" margin={{ left: 16, right: 16 }}>
            <PatternDefs idPrefix={ids} looks={STATUS_LOOKS} />
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis
              type="category"
              dataKey="unit"
              width={220}
              tickFormatter={shortUnit}
              tick={{ fontSize: 12 }}
            />
            <Tooltip />
            <Legend />
            {DERIVED_STATUSES.map((status) => (
              <Bar
                key={status}
                dataKey={status}
                stackId="status"
                name={tc(`enums.actionStatus.${status}`)}
                fill={barFill(ids, status, STATUS_LOOKS[status])}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </section>
      <section className="card" aria-labelledby={`${ids}-completion-title`}>
        <h2 id={`${ids}-completion-title`}>{t('charts.completion')}</h2>
        <ResponsiveContainer width="100%" height={280}>
          <ComposedChart data={overTime} margin={{ left: 8, right: 16 }}>
            <PatternDefs idPrefix={`${ids}-completion`} looks={COMPLETION_LOOKS} />
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" tickFormatter={monthLabel} tick={{ fontSize: 12 }} />
            <YAxis yAxisId="month" allowDecimals={false} />
            <YAxis yAxisId="total" orientation="right" allowDecimals={false} />
            <Tooltip labelFormatter={(label) => monthLabel(String(label))} />
            <Legend />
            <Bar
              yAxisId="month"
              dataKey="due"
              name={t('charts.due')}
              fill={barFill(`${ids}-completion`, 'due', COMPLETION_LOOKS.due)}
              isAnimationActive={false}
            />
            <Bar
              yAxisId="month"
              dataKey="completed"
              name={t('charts.completed')}
              fill={barFill(`${ids}-completion`, 'completed', COMPLETION_LOOKS.completed)}
              isAnimationActive={false}
            />
            <Line
              yAxisId="total"
              dataKey="cumulativeCompleted"
              name={t('charts.cumulative')}
              stroke="#0f6b5c"
              dot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </section>
    </div>
  )
}
