import { useTranslation } from 'react-i18next'
import type { Agreement } from '@shared/domain'

/** The options of a select that files something under an agreement, or under none: "2. Loket…". */
export function AgreementOptions({ agreements }: { agreements: readonly Agreement[] }) {
  const { t } = useTranslation('live')
  return (
    <>
      <option value="">{t('issues.noAgreement')}</option>
      {agreements.map((a) => (
        <option key={a.id} value={a.id}>
          {a.order}. {a.text.slice(0, 60)}
        </option>
      ))}
    </>
  )
}
