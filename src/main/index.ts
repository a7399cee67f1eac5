import path from 'node:path'
import { app, BrowserWindow, session } from 'electron'
import { APP_ID, PRODUCT_NAME, SESSION_PARTITION } from '@shared/identity'
import { registerIpcHandlers } from './ipc'
import { registerAppScheme, serveRenderer } from './protocol'
import { hardenSession, hardenWebContents } from './security'
import { createMainWindow, focusMainWindow } from './windows'

// Identity first: the userData folder (and with it IndexedDB and the single-instance lock) must be
// settled before anything reads it. MUFAKAT_USER_DATA gives each Electron test its own folder.
app.setName(PRODUCT_NAME)
app.setPath(
  'userData',
  process.env.MUFAKAT_USER_DATA
    ? path.resolve(process.env.MUFAKAT_USER_DATA)
    : path.join(app.getPath('appData'), PRODUCT_NAME),
)
if (process.platform === 'win32') app.setAppUserModelId(APP_ID)

app.enableSandbox()
registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  // Another Mufakat runs with this data folder: it is told (second-instance) and comes forward.
  app.quit()
} else {
  app.on('second-instance', () => focusMainWindow())
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })

  void app.whenReady().then(() => {
    const appSession = session.fromPartition(SESSION_PARTITION)
    hardenSession(appSession)
    hardenSession(session.defaultSession)
    serveRenderer(appSession)
    registerIpcHandlers()
    createMainWindow()
  })
}
