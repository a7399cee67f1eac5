import { useTranslation } from 'react-i18next'
import { AppLockSection } from './AppLockSection'
import { AuditSection } from './AuditSection'
import { BackupSection } from './BackupSection'
import { ExchangeSection } from './ExchangeSection'
import { useOpenedFileRouting } from './opened-file-route'
import { PersonalDataSection } from './PersonalDataSection'
import { RestoreSection } from './RestoreSection'
import './data-safety.css'

export function DataSafetyPage() {
  const { t } = useTranslation('dataSafety')
  useOpenedFileRouting()
  return (
    <section className="page data-safety" data-testid="data-safety">
      <h1>{t('title')}</h1>
      <BackupSection />
      <RestoreSection />
      <ExchangeSection />
      <AuditSection />
      <AppLockSection />
      <PersonalDataSection />
    </section>
  )
}
