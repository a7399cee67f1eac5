import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useOrganisationProfile } from '../forums'
import { OrganisationProfileForm } from './OrganisationProfileForm'

export function SettingsPage() {
  const { t } = useTranslation('settings')
  const profile = useOrganisationProfile()
  return (
    <section className="page">
      <h1>{t('title')}</h1>
      <p>
        <Link to="/settings/data-safety" data-testid="data-safety-link">
          {t('title', { ns: 'dataSafety' })}
        </Link>
        {' — '}
        {t('link', { ns: 'dataSafety' })}
      </p>
      {profile !== undefined && <OrganisationProfileForm profile={profile} />}
    </section>
  )
}
