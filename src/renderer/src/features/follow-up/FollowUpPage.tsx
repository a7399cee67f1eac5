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
import { useToday } from '../../ui/clock'
import { useDashboardRows, useMyUnit } from './hooks'
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
  return (
    <section className="page follow-up" data-testid="follow-up">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {myUnit === undefined ? (
        <p>{t('loading')}</p>
      ) : (
        <Dashboard key={params.get('due') ?? ''} myUnit={myUnit} />
      )}
    </section>
  )
}

function Dashboard({ myUnit }: { myUnit: string }) {
  const { t } = useTranslation('followUp')
  const today = useToday()
  const [params] = useSearchParams()
  const initialDue = params.get('due') ?? ''
  const [filter, setFilter] = useState<DashboardFilter>({
    ...EMPTY_FILTER,
    unit: myUnit,
    due: DUE_VALUES.includes(initialDue) ? (initialDue as DueFilter) : '',
  })
  const [sort, setSort] = useState<SortKey>('deadline')
  const [tab, setTab] = useState<Tab>('list')
  const data = useDashboardRows(today)
  const rows = useMemo(() => data?.rows ?? [], [data])
  const deferredSearch = useDeferredValue(filter.search)
  const index = useMemo(() => createDashboardIndex(rows, data?.keys), [rows, data])
  const result = useMemo(
    () => index.filter({ ...filter, search: deferredSearch }, sort, today),
    [index, filter, deferredSearch, sort, today],
  )

  if (!data) return <p>{t('loading')}</p>
  return (
    <>
      <ReminderBanner rows={data.complete ? rows : null} today={today} unit={filter.unit} />
      <MyUnitPicker myUnit={myUnit} unit={filter.unit} />
      <DashboardFilters
        rows={rows}
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
            {rows.length === 0 ? (
              <p className="empty">{t('empty')}</p>
            ) : result.rows.length === 0 ? (
              <p className="empty">{t('noMatch')}</p>
            ) : (
              <ActionList rows={result.rows} today={today} />
            )}
          </>
        )}
        {tab === 'charts' && <DashboardCharts rows={result.rows} />}
        {tab === 'pekppp' && <PekpppTables rows={result.rows} />}
      </TabPanel>
      {data.complete && (
        <ExportPanel rows={result.rows} allRows={rows} today={today} unit={filter.unit} />
      )}
    </>
  )
}
