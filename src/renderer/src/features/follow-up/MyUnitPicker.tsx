import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db'

/** A unit head makes the unit they filter on "my unit" once; the dashboard then opens on it. */
export function MyUnitPicker({ myUnit, unit }: { myUnit: string; unit: string }) {
  const { t } = useTranslation('followUp')
  const { settings } = useRepositories()
  return (
    <div className="my-unit" data-testid="my-unit">
      <span>
        <strong>{t('myUnit.label')}:</strong>{' '}
        <span data-testid="my-unit-value">{myUnit || t('myUnit.none')}</span>
      </span>
      {unit && unit !== myUnit && (
        <button
          type="button"
          onClick={() => void settings.set('myUnit', unit)}
          data-testid="set-my-unit"
        >
          {t('myUnit.set')}
        </button>
      )}
      {myUnit && (
        <button
          type="button"
          className="button--quiet"
          onClick={() => void settings.set('myUnit', '')}
        >
          {t('myUnit.clear')}
        </button>
      )}
      <small className="hint">{t('myUnit.hint')}</small>
    </div>
  )
}
