import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useLiveQuery, useRepositories } from '../../db'
import { useOrganisationProfile } from '../forums'
import { SampleOffer } from './SampleOffer'

export function HomePage() {
  const { t } = useTranslation('home')
  const { forums } = useRepositories()
  const profile = useOrganisationProfile()
  const recent = useLiveQuery(() => forums.list({ limit: 5 }), [forums])

  return (
    <section className="page">
      <h1>{t('welcome')}</h1>
      <p className="lead">{t('intro')}</p>
      {profile === null && (
        <p className="banner" data-testid="profile-missing">
          {t('profileMissing')} <Link to="/settings">{t('fillProfile')}</Link>
        </p>
      )}
      <SampleOffer />
      {recent && recent.length > 0 && (
        <>
          <h2>{t('recent')}</h2>
          <ul className="link-list">
            {recent.map((forum) => (
              <li key={forum.id}>
                <Link to={`/forums/${forum.id}`}>{forum.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
