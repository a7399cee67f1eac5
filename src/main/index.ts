import { readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  powerSaveBlocker,
  type MessageBoxOptions,
  type MessageBoxReturnValue,
  session,
  shell as desktop,
} from 'electron'
import { APP_ID, PRODUCT_NAME, SESSION_PARTITION } from '@shared/identity'
import {
  aboutDialogOptions,
  LICENCES_BUTTON,
  licencesDialogOptions,
  licencesText,
  OPEN_DATA_FOLDER_BUTTON,
  SAVE_LICENCES_BUTTON,
} from './about'
import { setIndonesianDates } from './chromium-language'
import { licencesPath } from './config'
import { openedFileFromArgv } from './file-open'
import { registerIpcHandlers } from './ipc'
import { saveWithDialog } from './ipc/save-dialog'
import { createKeepAwake } from './keep-awake'
import { forbiddenLaunchSwitch, userDataFolder } from './launch-policy'
import { parseLicencesFile } from './licences'
import { createOpenedFileInbox } from './opened-file-inbox'
import { registerAppScheme, serveRenderer } from './protocol'
import { hardenSession, hardenWebContents } from './security'
import { setShell, shell } from './shell'
import { createShellMenus, sendShellEvent } from './shell-menus'
import { openShellSettings } from './shell-settings'
import { fill, shellText } from './shell-text'
import { createMainWindow, focusMainWindow, getMainWindow } from './windows'

// A packaged Mufakat never runs under a debugger: it would read IndexedDB behind the app lock.
const forbidden = forbiddenLaunchSwitch(process.argv, app.isPackaged)
if (forbidden) {
  const text = shellText('id').launch
  dialog.showErrorBox(text.refusedTitle, fill(text.refused, { switch: forbidden }))
  app.exit(1)
}

// Identity first: the userData folder (and with it IndexedDB and the single-instance lock) must be
// settled before anything reads it. MUFAKAT_USER_DATA gives each Electron test its own folder;
// the packaged app ignores it.
app.setName(PRODUCT_NAME)
app.setPath(
  'userData',
  userDataFolder({
    override: process.env.MUFAKAT_USER_DATA,
    isPackaged: app.isPackaged,
    appData: app.getPath('appData'),
    productName: PRODUCT_NAME,
  }),
)
if (process.platform === 'win32') app.setAppUserModelId(APP_ID)

app.enableSandbox()
setIndonesianDates(app)
registerAppScheme()

/** The file a double-click or a second launch names, if any. */
function fileInArgv(argv: readonly string[], cwd: string): string | null {
  return openedFileFromArgv(argv, { defaultApp: process.defaultApp === true, cwd })
}

/** A message box over the main window, or alone when there is none. */
function showMessage(options: MessageBoxOptions): Promise<MessageBoxReturnValue> {
  const window = getMainWindow()
  return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)
}

function readLicences(): string | null {
  try {
    return readFileSync(licencesPath, 'utf8')
  } catch {
    return null
  }
}

function showLicences(): void {
  const libraries = parseLicencesFile(readLicences())
  const language = shell().menus.language
  const version = app.getVersion()
  void showMessage(licencesDialogOptions(libraries, version, language)).then(({ response }) => {
    if (libraries.length === 0 || response !== SAVE_LICENCES_BUTTON) return
    const bytes = new TextEncoder().encode(licencesText(libraries, version, language))
    const name = shellText(language).about.licencesFileName
    saveWithDialog(getMainWindow(), name, bytes, [{ name: 'TXT', extensions: ['txt'] }]).catch(
      (error: unknown) => console.warn('[about] could not save the licence texts:', error),
    )
  })
}

function showAbout(): void {
  const options = aboutDialogOptions(
    {
      version: app.getVersion(),
      electron: process.versions.electron ?? '',
      dataFolder: app.getPath('userData'),
    },
    shell().menus.language,
  )
  void showMessage(options).then(({ response }) => {
    if (response === OPEN_DATA_FOLDER_BUTTON) void desktop.openPath(app.getPath('userData'))
    if (response === LICENCES_BUTTON) showLicences()
  })
}

function startShell(): void {
  const tellPage = () => {
    focusMainWindow()
    sendShellEvent(getMainWindow()?.webContents ?? null, { type: 'file-opened' })
  }
  setShell({
    settings: openShellSettings(path.join(app.getPath('userData'), 'shell-settings.json')),
    menus: createShellMenus({
      menu: Menu,
      isPackaged: app.isPackaged,
      commandTarget: () => getMainWindow()?.webContents ?? null,
      about: showAbout,
    }),
    keepAwake: createKeepAwake(powerSaveBlocker),
    inbox: createOpenedFileInbox(
      { stat, readFile: async (filePath) => new Uint8Array(await readFile(filePath)) },
      tellPage,
    ),
  })
}

if (!forbidden && !app.requestSingleInstanceLock()) {
  // Another Mufakat runs with this data folder: it is told (second-instance) and comes forward.
  app.quit()
} else if (!forbidden) {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void app.whenReady().then(() => {
      focusMainWindow()
      const file = fileInArgv(argv, workingDirectory)
      if (file) shell().inbox.receive(file)
    })
  })
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents)
    shell().menus.attachContextMenu(contents)
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
  app.on('will-quit', () => shell().keepAwake.releaseAll())

  void app.whenReady().then(() => {
    startShell()
    const appSession = session.fromPartition(SESSION_PARTITION)
    hardenSession(appSession)
    hardenSession(session.defaultSession)
    serveRenderer(appSession)
    registerIpcHandlers()
    createMainWindow()
    const file = fileInArgv(process.argv, process.cwd())
    if (file) shell().inbox.receive(file)
  })
}
