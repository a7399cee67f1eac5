import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { HashRouter } from 'react-router'
import { configureZodMessages } from '@shared/domain'
import {
  createRepositories,
  MufakatDatabase,
  RepositoriesProvider,
  requestPersistentStorage,
} from './db'
import { SETTING_KEYS } from './db/repositories/settings'
import { initI18n, isLanguage } from './i18n'
import { App } from './app/App'
import './ui/styles.css'

async function start(): Promise<void> {
  configureZodMessages()
  const db = new MufakatDatabase()
  const repositories = createRepositories({
    db,
    clock: () => new Date(),
    newId: () => crypto.randomUUID(),
  })
  void requestPersistentStorage()
  const language = await repositories.settings.get(SETTING_KEYS.language)
  const i18n = await initI18n(isLanguage(language) ? language : undefined)
  document.documentElement.lang = i18n.language

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <RepositoriesProvider repositories={repositories}>
          <HashRouter>
            <App />
          </HashRouter>
        </RepositoriesProvider>
      </I18nextProvider>
    </StrictMode>,
  )
}

void start()
