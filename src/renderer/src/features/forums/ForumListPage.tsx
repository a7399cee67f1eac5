import { useDeferredValue, useMemo, useRef, useState } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Forum } from '@shared/domain'
import { formatDateId } from '@shared/format/dates'
import { normalizeText } from '@shared/format/names'
import { useRepositories } from '../../db'
import { useForumList } from './hooks'

const ROW_HEIGHT = 64

export function ForumListPage() {
  const { t } = useTranslation('forums')
  const [includeArchived, setIncludeArchived] = useState(false)
  const [search, setSearch] = useState('')
  const deferredSearch = useDeferredValue(search)
  const list = useForumList(includeArchived)
  const forums = list?.forums
  const complete = list?.complete ?? false

  const visible = useMemo(() => {
    const needle = normalizeText(deferredSearch)
    if (!forums || needle.length === 0) return forums ?? []
    return forums.filter((forum) => forum.searchText.includes(needle))
  }, [forums, deferredSearch])

  return (
    <section className="page">
      <div className="page__header">
        <h1>{t('list.title')}</h1>
        <Link className="button button--primary" to="/forums/new" data-testid="new-forum">
          {t('list.new')}
        </Link>
      </div>
      <div className="toolbar">
        <label className="toolbar__search">
          <span>{t('list.searchLabel')}</span>
          <input
            type="search"
            value={search}
            placeholder={t('list.searchPlaceholder')}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeArchived}
            onChange={(event) => setIncludeArchived(event.target.checked)}
          />
          {t('list.showArchived')}
        </label>
        {complete && (
          <span className="toolbar__count" data-testid="forum-count">
            {t('list.count', { count: visible.length })}
          </span>
        )}
      </div>
      {complete && forums?.length === 0 && <p className="empty">{t('list.empty')}</p>}
      {complete && forums && forums.length > 0 && visible.length === 0 && (
        <p className="empty">{t('list.noMatch')}</p>
      )}
      {visible.length > 0 && <VirtualForumList forums={visible} />}
    </section>
  )
}

/** Thousands of forums stay smooth: only the rows on screen are in the DOM. */
function VirtualForumList({ forums }: { forums: Forum[] }) {
  const { t } = useTranslation('forums')
  const { t: tc } = useTranslation()
  const { forums: repository } = useRepositories()
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: forums.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 1000, height: 600 },
  })

  return (
    <div
      ref={scrollRef}
      className="virtual-list"
      data-testid="forum-list"
      role="region"
      aria-label={t('list.title')}
      // Scrolls by keyboard too (arrow keys, Page Down) once focused.
      tabIndex={0}
    >
      <ul
        role="list"
        style={{ height: virtualizer.getTotalSize() }}
        className="virtual-list__inner"
      >
        {virtualizer.getVirtualItems().map((row) => {
          const forum = forums[row.index]!
          const firstDay = forum.days[0]
          return (
            <li
              key={forum.id}
              className="forum-row"
              data-testid="forum-row"
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
            >
              <div className="forum-row__main">
                <Link to={`/forums/${forum.id}`} className="forum-row__title">
                  {forum.title}
                </Link>
                <span className="forum-row__meta">
                  {tc(`enums.forumKind.${forum.kind}`)} · {formatDateId(forum.startDate)}
                  {forum.days.length > 1 && ` · ${t('list.days', { count: forum.days.length })}`}
                  {firstDay && ` · ${firstDay.place}`}
                </span>
              </div>
              <span className={`badge badge--${forum.status}`}>
                {forum.archived ? t('list.archived') : tc(`enums.forumStatus.${forum.status}`)}
              </span>
              <Link to={`/forums/${forum.id}/edit`} className="button button--quiet">
                {tc('actions.edit')}
              </Link>
              <button
                type="button"
                className="button--quiet"
                onClick={() => void repository.setArchived(forum.id, !forum.archived)}
              >
                {forum.archived ? tc('actions.unarchive') : tc('actions.archive')}
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
