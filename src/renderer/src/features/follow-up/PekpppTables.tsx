import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { pekpppBy, type PekpppGroup } from '@shared/follow-up/pekppp'
import type { DashboardRow } from '@shared/follow-up/rows'
import { formatNumber, formatPercent } from '@shared/format/numbers'

const FORUMS_SHOWN = 100

/** PEKPPP follow-up figures per unit and per forum, for the rows under the current filters. */
export function PekpppTables({ rows }: { rows: DashboardRow[] }) {
  const { t } = useTranslation('followUp')
  const byUnit = useMemo(
    () =>
      pekpppBy(
        rows,
        (row) => row.unit,
        (row) => row.unit || '—',
      ),
    [rows],
  )
  const byForum = useMemo(
    () =>
      pekpppBy(
        rows,
        (row) => row.forumId,
        (row) => row.forumTitle,
      ),
    [rows],
  )
  return (
    <div data-testid="pekppp">
      <p className="lead">{t('pekppp.intro')}</p>
      <h2>{t('pekppp.byUnit')}</h2>
      <PekpppTable groups={byUnit} testId="pekppp-unit" />
      <h2>{t('pekppp.byForum')}</h2>
      {byForum.length > FORUMS_SHOWN && (
        <p className="hint">
          {t('pekppp.shown', { shown: FORUMS_SHOWN, total: formatNumber(byForum.length) })}
        </p>
      )}
      <PekpppTable groups={byForum.slice(0, FORUMS_SHOWN)} testId="pekppp-forum" />
    </div>
  )
}

function PekpppTable({ groups, testId }: { groups: PekpppGroup[]; testId: string }) {
  const { t } = useTranslation('followUp')
  return (
    <table className="table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('pekppp.name')}</th>
          <th scope="col">{t('pekppp.total')}</th>
          <th scope="col">{t('pekppp.done')}</th>
          <th scope="col">{t('pekppp.percent')}</th>
          <th scope="col">{t('pekppp.completion')}</th>
          <th scope="col">{t('pekppp.speed')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.key}>
            <th scope="row">{group.label}</th>
            <td>{formatNumber(group.total)}</td>
            <td>{formatNumber(group.done)}</td>
            <td>{formatPercent(group.percent, 1)}</td>
            <td>
              <span className={`band band--${group.completionBand}`}>
                {t(`pekppp.completionBand.${group.completionBand}`)}
              </span>
            </td>
            <td>{t(`pekppp.speedBand.${group.speedBand}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
