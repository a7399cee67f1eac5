import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useLiveQuery, useRepositories } from '../../db'
import { useOrganisationProfile } from '../forums'
import { useToday } from '../../ui/clock'
import { SampleOffer } from './SampleOffer'
import { TodayForums, UpcomingForums } from './TodayForums'
import { DueCounts } from './DueCounts'
import { NextStepCard } from './NextStepCard'
import { BackupCard } from './BackupCard'
import './home.css'

// "3 menit yang lalu" moves on while the page stays open.
const TICK_MS = 60_000

function useNow(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), TICK_MS)
    return () => clearInterval(timer)
  }, [])
  return now
}

export function HomePage() {
  const { t } = useTranslation('home')
  const { forums, overview } = useRepositories()
  const profile = useOrganisationProfile()
  const today = useToday()
  const now = useNow()
  const data = useLiveQuery(async () => {
    if ((await forums.count(true)) === 0) return null
    const around = await overview.forumsAround(today)
    // Today's forum first; else the next one; else the one last worked on.
    const current =
      around.today[0] ?? around.upcoming[0] ?? (await overview.latestOpenForum()) ?? null
    return { ...around, current, recent: await forums.list({ limit: 5 }) }
  }, [forums, overview, today])

  return (
    <section className="page home">
      <h1>{t('welcome')}</h1>
      <p className="lead">{t('intro')}</p>
      {profile === null && (
        <p className="banner" data-testid="profile-missing">
          {t('profileMissing')} <Link to="/settings">{t('fillProfile')}</Link>
        </p>
      )}
      <SampleOffer />
      {data && (
        <div className="home__grid">
          <TodayForums forums={data.today} today={today} />
          {data.current && <NextStepCard forum={data.current} today={today} />}
          <DueCounts today={today} />
          <UpcomingForums forums={data.upcoming} />
          <BackupCard now={now} />
          {data.recent.length > 0 && (
            <section className="card" aria-labelledby="home-recent">
              <h2 id="home-recent">{t('recent')}</h2>
              <ul className="link-list">
                {data.recent.map((forum) => (
                  <li key={forum.id}>
                    <Link to={`/forums/${forum.id}`}>{forum.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </section>
  )
}
