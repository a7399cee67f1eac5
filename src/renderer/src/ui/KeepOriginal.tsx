import { useId } from 'react'
import { useTranslation } from 'react-i18next'

/** The one way past downscaling on import: the user keeps the file exactly as it came. */
export function KeepOriginal({
  checked,
  onChange,
}: {
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  const { t } = useTranslation()
  const hint = useId()
  return (
    <div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hint}
          onChange={(event) => onChange(event.target.checked)}
        />
        {t('imageImport.keepOriginal')}
      </label>
      <p className="hint" id={hint}>
        {t('imageImport.keepOriginalHint')}
      </p>
    </div>
  )
}
