import { useRef } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import { diffDaysIso } from '@shared/format/dates'
import type { RowList } from '@shared/follow-up/table'
import { deadlineText } from './labels'

const ROW_HEIGHT = 68

/** 50,000 items stay smooth: only the rows on screen are in the DOM. */
export function ActionList({ rows, today }: { rows: RowList; today: string }) {
  const { t } = useTranslation('followUp')
  const { t: tc } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 1000, height: 600 },
  })

  return (
    <div
      ref={scrollRef}
      className="virtual-list"
      data-testid="action-table"
      role="region"
      aria-label={t('title')}
      // Scrolls by keyboard too (arrow keys, Page Down) once focused.
      tabIndex={0}
    >
      <ul
        role="list"
        style={{ height: virtualizer.getTotalSize() }}
        className="virtual-list__inner"
      >
        {virtualizer.getVirtualItems().map((virtual) => {
          const row = rows.at(virtual.index)
          const late = row.derived === 'terlambat' && row.deadline
          return (
            <li
              key={row.id}
              className="forum-row action-row"
              data-testid="action-row"
              data-status={row.derived}
              style={{ transform: `translateY(${virtual.start}px)`, height: ROW_HEIGHT }}
            >
              <div className="forum-row__main">
                <Link to={`/follow-up/${row.id}`} className="forum-row__title">
                  {row.plan}
                </Link>
                <span className="forum-row__meta">
                  {row.unit || '—'}
                  {row.person && ` · ${row.person}`} · {row.forumTitle}
                </span>
              </div>
              <div className="action-row__deadline">
                <span>{deadlineText(row, t('noDeadline'))}</span>
                {late && (
                  <small className="action-row__late">
                    {t('row.daysLate', { count: diffDaysIso(row.deadline!, today) })}
                  </small>
                )}
              </div>
              <div
                className="progress"
                role="progressbar"
                aria-valuenow={row.progress}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-label={t('row.progress', { progress: row.progress })}
              >
                <span className="progress__bar" style={{ width: `${row.progress}%` }} />
                <span className="progress__text">{row.progress}%</span>
              </div>
              <span className={`badge badge--${row.derived}`} data-testid="action-status">
                {tc(`enums.actionStatus.${row.derived}`)}
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
