import { useTranslation } from 'react-i18next'
import { useOrganisationProfile } from '../forums/hooks'
import { OrganisationProfileForm } from './OrganisationProfileForm'

export function SettingsPage() {
  const { t } = useTranslation('settings')
  const profile = useOrganisationProfile()
  return (
    <section className="page">
      <h1>{t('title')}</h1>
      {profile !== undefined && <OrganisationProfileForm profile={profile} />}
    </section>
  )
}
