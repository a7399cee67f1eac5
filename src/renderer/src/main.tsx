import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { HashRouter } from 'react-router'
import { configureZodMessages } from '@shared/domain'
import { DATABASE_NAME } from '@shared/identity'
import {
  backupBeforeMigration,
  createRepositories,
  MufakatDatabase,
  RepositoriesProvider,
  requestPersistentStorage,
} from './db'
import { autoBackupTarget } from './platform/backup-stream'
import { getPlatform, isDesktop } from './platform/bridge'
import { initI18n } from './i18n'
import { App } from './app/App'
import './ui/styles.css'

async function start(): Promise<void> {
  configureZodMessages()
  await keepCopyBeforeMigration()
  const db = new MufakatDatabase()
  const repositories = createRepositories({
    db,
    newId: () => crypto.randomUUID(),
  })
  void requestPersistentStorage()
  const i18n = await initI18n(await repositories.settings.get('language'))
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

/**
 * Before the database is opened — and so before Dexie upgrades it to a newer schema — the desktop
 * app writes a copy of it as it is into its backups folder. A failed copy does not keep the
 * facilitator out of the app, but it is reported.
 */
async function keepCopyBeforeMigration(): Promise<void> {
  if (!isDesktop()) return
  const platform = getPlatform()
  try {
    const { version } = await platform.appInfo()
    await backupBeforeMigration(DATABASE_NAME, version, (timeZone) =>
      autoBackupTarget('pre_migration', timeZone),
    )
  } catch (error) {
    console.error('Mufakat: the backup before the database upgrade failed', error)
  }
}

void start()
