import { useTranslation } from 'react-i18next'
import { isBackupRefusal } from '@shared/backup'

/** One clear sentence per refusal, in the current language, naming the field for bad records. */
export function useRefusalText(context: 'restore' | 'exchange') {
  const { t } = useTranslation('dataSafety')
  const common = useTranslation().t
  return (error: unknown): string => {
    if (!isBackupRefusal(error)) {
      return t('refusal.unknown', {
        message: error instanceof Error ? error.message : String(error),
      })
    }
    const { reason, table, index, field, code, version } = error.refusal
    switch (reason) {
      case 'wrong_kind':
        return t(
          context === 'restore' ? 'refusal.wrong_kind_restore' : 'refusal.wrong_kind_exchange',
        )
      case 'invalid_record':
        return t('refusal.invalid_record', {
          table: t(`tables.${table}`, { defaultValue: table }),
          row: (index ?? 0) + 1,
          field: field || '—',
          problem: common(`errors.${code}`, { defaultValue: common('errors.unknown') }),
        })
      case 'newer_version':
        return t('refusal.newer_version', { version })
      default:
        return t(`refusal.${reason}`)
    }
  }
}
