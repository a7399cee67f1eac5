import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'

import { LANGUAGES, SETTINGS, type Language } from '@shared/settings'

export { LANGUAGES, type Language }
export const DEFAULT_LANGUAGE: Language = SETTINGS.language.fallback

type Dictionary = Record<string, unknown>

// Each feature owns a namespace file per language in src/shared/i18n/locales/<lang>/<ns>.json.
const files = import.meta.glob<Dictionary>('../../../shared/i18n/locales/*/*.json', {
  eager: true,
  import: 'default',
})

export function loadResources(): Record<Language, Record<string, Dictionary>> {
  const resources: Record<string, Record<string, Dictionary>> = {}
  for (const [path, dictionary] of Object.entries(files)) {
    const match = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path)
    if (!match) continue
    const [, language, namespace] = match as unknown as [string, string, string]
    resources[language] = { ...resources[language], [namespace]: dictionary }
  }
  return resources as Record<Language, Record<string, Dictionary>>
}

export async function initI18n(language: Language = DEFAULT_LANGUAGE): Promise<i18n> {
  const instance = i18next.createInstance()
  await instance.use(initReactI18next).init({
    resources: loadResources(),
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language)
}
