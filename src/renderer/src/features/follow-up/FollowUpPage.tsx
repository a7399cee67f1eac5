import { useDeferredValue, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import {
  createDashboardIndex,
  EMPTY_FILTER,
  type DashboardFilter,
  type DueFilter,
  type SortKey,
} from '@shared/follow-up/dashboard'
import { tableOf } from '@shared/follow-up/table'
import { useToday } from '../../ui/clock'
import { useDashboardRows, useMyUnit, type DashboardData } from './hooks'
import { ActionList } from './ActionList'
import { DashboardFilters } from './DashboardFilters'
import { StatusCounts } from './StatusCounts'
import { ReminderBanner } from './ReminderBanner'
import { TabList, TabPanel } from '../../ui/Tabs'
import { MyUnitPicker } from './MyUnitPicker'
import { DashboardCharts } from './DashboardCharts'
import { PekpppTables } from './PekpppTables'
import { ExportPanel } from './ExportPanel'
import './follow-up.css'

type Tab = 'list' | 'charts' | 'pekppp'
const TABS: readonly Tab[] = ['list', 'charts', 'pekppp']
const DUE_VALUES: readonly string[] = ['overdue', 'within7', 'within30']

export function FollowUpPage() {
  const { t } = useTranslation('followUp')
  const myUnit = useMyUnit()
  const [params] = useSearchParams()
  const today = useToday()
  // Read here, not in the dashboard, so that the rows load while "my unit" is still being read.
  const data = useDashboardRows(today)
  return (
    <section className="page follow-up" data-testid="follow-up">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {myUnit === undefined ? (
        <p>{t('loading')}</p>
      ) : (
        <Dashboard key={params.get('due') ?? ''} myUnit={myUnit} today={today} data={data} />
      )}
    </section>
  )
}

function Dashboard({
  myUnit,
  today,
  data,
}: {
  myUnit: string
  today: string
  data: DashboardData | undefined
}) {
  const { t } = useTranslation('followUp')
  const [params] = useSearchParams()
  const initialDue = params.get('due') ?? ''
  const [filter, setFilter] = useState<DashboardFilter>({
    ...EMPTY_FILTER,
    unit: myUnit,
    due: DUE_VALUES.includes(initialDue) ? (initialDue as DueFilter) : '',
  })
  const [sort, setSort] = useState<SortKey>('deadline')
  const [tab, setTab] = useState<Tab>('list')
  const table = useMemo(() => data?.table ?? tableOf([], today), [data, today])
  const deferredSearch = useDeferredValue(filter.search)
  const index = useMemo(() => createDashboardIndex(table, data?.keys), [table, data])
  const result = useMemo(
    () => index.filter({ ...filter, search: deferredSearch }, sort, today),
    [index, filter, deferredSearch, sort, today],
  )
  // Row objects for the charts and PEKPPP tables only while their tab is open.
  const shownRows = useMemo(() => (tab === 'list' ? [] : result.rows.toArray()), [tab, result])

  if (!data) return <p>{t('loading')}</p>
  return (
    <>
      <ReminderBanner table={data.complete ? table : null} today={today} unit={filter.unit} />
      <MyUnitPicker myUnit={myUnit} unit={filter.unit} />
      <DashboardFilters
        table={table}
        filter={filter}
        sort={sort}
        onChange={setFilter}
        onSort={setSort}
        disabled={!data.complete}
      />
      {data.complete ? (
        <StatusCounts
          counts={result.counts}
          status={filter.status}
          onStatus={(status) => setFilter({ ...filter, status })}
        />
      ) : (
        <p className="hint">{t('loadingAll')}</p>
      )}
      <TabList
        tabs={TABS}
        value={tab}
        onChange={setTab}
        label={t('tabs.label')}
        labelOf={(key) => t(`tabs.${key}`)}
        idPrefix="follow-up"
        className="section-nav"
      />
      <TabPanel idPrefix="follow-up" value={tab}>
        {tab === 'list' && (
          <>
            <p className="toolbar__count" data-testid="result-count">
              {t('resultCount', { count: result.rows.length })}
            </p>
            {table.length === 0 ? (
              <p className="empty">{t('empty')}</p>
            ) : result.rows.length === 0 ? (
              <p className="empty">{t('noMatch')}</p>
            ) : (
              <ActionList rows={result.rows} today={today} />
            )}
          </>
        )}
        {tab === 'charts' && <DashboardCharts rows={shownRows} />}
        {tab === 'pekppp' && <PekpppTables rows={shownRows} />}
      </TabPanel>
      {data.complete && (
        <ExportPanel rows={result.rows} table={table} today={today} unit={filter.unit} />
      )}
    </>
  )
}
