import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Forum } from '@shared/domain'
import { formatDateId, formatDayDateId, formatTimeRangeId } from '@shared/format/dates'
import { useOrganisationTimeZone } from '../../ui/clock'

/** The forums with a day today, each with the two rooms a facilitator opens on the day. */
export function TodayForums({ forums, today }: { forums: readonly Forum[]; today: string }) {
  const { t } = useTranslation('home')
  const timeZone = useOrganisationTimeZone()
  return (
    <section className="card home__today" aria-labelledby="home-today" data-testid="home-today">
      <h2 id="home-today">{t('today.title')}</h2>
      {forums.length === 0 ? (
        <p className="empty">{t('today.none')}</p>
      ) : (
        <ul className="home__forums">
          {forums.map((forum) => {
            const day = forum.days.find((d) => d.date === today)
            return (
              <li key={forum.id} data-testid="today-forum">
                <Link to={`/forums/${forum.id}`} className="home__forum-title">
                  {forum.title}
                </Link>
                {day && (
                  <p className="hint">
                    {t('today.day', {
                      date: formatDayDateId(day.date),
                      time: formatTimeRangeId(day.start, day.end, timeZone),
                      place: day.place,
                    })}
                  </p>
                )}
                <div className="form__actions">
                  <Link className="button button--primary" to={`/forums/${forum.id}/checkin`}>
                    {t('today.checkin')}
                  </Link>
                  <Link className="button" to={`/forums/${forum.id}/live`}>
                    {t('today.live')}
                  </Link>
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

/** The next forums, nearest first. */
export function UpcomingForums({ forums }: { forums: readonly Forum[] }) {
  const { t } = useTranslation('home')
  return (
    <section className="card" aria-labelledby="home-upcoming" data-testid="home-upcoming">
      <h2 id="home-upcoming">{t('upcoming.title')}</h2>
      {forums.length === 0 ? (
        <p className="empty">{t('upcoming.none')}</p>
      ) : (
        <ul className="link-list">
          {forums.map((forum) => (
            <li key={forum.id}>
              <Link to={`/forums/${forum.id}`}>
                {t('upcoming.item', { date: formatDateId(forum.startDate), title: forum.title })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
