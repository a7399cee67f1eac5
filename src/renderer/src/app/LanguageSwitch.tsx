import { useTranslation } from 'react-i18next'
import { useRepositories } from '../db'
import { isLanguage, LANGUAGES } from '../i18n'

export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const repositories = useRepositories()
  return (
    <label className="language-switch">
      <span>{t('language.label')}</span>
      <select
        value={i18n.language}
        data-testid="language-switch"
        onChange={async (event) => {
          const language = event.target.value
          if (!isLanguage(language)) return
          await i18n.changeLanguage(language)
          document.documentElement.lang = language
          await repositories.settings.set('language', language)
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
