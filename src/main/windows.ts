import { app, BrowserWindow, dialog, screen, type Display } from 'electron'
import { PRODUCT_NAME } from '@shared/identity'
import { appPageUrl, preloadPath } from './config'
import { devToolsAllowed, keepDevToolsClosed } from './launch-policy'
import { watchRendererHealth } from './renderer-recovery'
import { shell } from './shell'
import { followDisplayChanges, keepAwakeWhileOpen } from './projector-life'
import { bringToFront } from './window-focus'
import { secureWebPreferences } from './web-preferences'
import {
  chooseProjectorDisplay,
  projectorPlacement,
  rememberPlaceOnClose,
  restoreWindowBounds,
  type DisplayInfo,
} from './window-bounds'

const MAIN_DEFAULT_SIZE = { width: 1280, height: 820 }

/** Decided once: every window of the app has developer tools, or none has. */
const devTools = devToolsAllowed(app.isPackaged, process.env)

let mainWindow: BrowserWindow | null = null
let projectorWindow: BrowserWindow | null = null

function displayInfo(display: Display): DisplayInfo {
  return { id: display.id, bounds: display.bounds, workArea: display.workArea }
}

/** Crash and hang recovery, and (without DevTools) DevTools closed should anything open them. */
function guardWindow(window: BrowserWindow): void {
  watchRendererHealth(window, {
    showMessage: async (options) => {
      const answer = window.isDestroyed()
        ? await dialog.showMessageBox(options)
        : await dialog.showMessageBox(window, options)
      return answer.response
    },
    language: () => shell().menus.language,
  })
  keepDevToolsClosed(window.webContents, devTools)
}

export function createMainWindow(): BrowserWindow {
  const remembered = shell().settings.read().window
  const bounds = restoreWindowBounds(
    remembered?.bounds,
    screen.getAllDisplays().map(displayInfo),
    displayInfo(screen.getPrimaryDisplay()),
    MAIN_DEFAULT_SIZE,
  )
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath, devTools),
  })
  guardWindow(window)
  window.once('ready-to-show', () => {
    if (remembered?.maximized) window.maximize()
    window.show()
  })
  rememberPlaceOnClose(window, shell().settings)
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  mainWindow = window
  void window.loadURL(appPageUrl())
  return window
}

export function getMainWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null
}

export function isProjectorWindow(window: BrowserWindow | null): boolean {
  return window !== null && window === projectorWindow
}

/** A second launch of the app brings the running one to the front instead. */
export function focusMainWindow(): void {
  const window = getMainWindow()
  if (window) bringToFront(window)
}

/** Where the projector goes now: chosen display, else external, else primary. */
function placeProjector(window: BrowserWindow, opener: BrowserWindow | null): void {
  const mainDisplay = opener
    ? screen.getDisplayMatching(opener.getBounds())
    : screen.getPrimaryDisplay()
  const target = chooseProjectorDisplay(screen.getAllDisplays().map(displayInfo), {
    chosenId: shell().settings.read().projectorDisplayId,
    mainWindowDisplayId: mainDisplay.id,
    primaryId: screen.getPrimaryDisplay().id,
  })
  const placement = projectorPlacement(target, target.id === mainDisplay.id)
  if (window.isFullScreen() && !placement.fullscreen) window.setFullScreen(false)
  window.setBounds(placement.bounds)
  if (placement.fullscreen) window.setFullScreen(true)
}

/**
 * The projector view of the live forum: full screen on an external display when one is
 * connected, else an ordinary second window. Opening it again reuses the window. While it is
 * open the display does not sleep.
 */
export function openProjectorWindow(route: string, opener: BrowserWindow | null): BrowserWindow {
  const url = appPageUrl(route)
  if (projectorWindow && !projectorWindow.isDestroyed()) {
    void projectorWindow.loadURL(url)
    projectorWindow.show()
    projectorWindow.focus()
    return projectorWindow
  }

  const window = new BrowserWindow({
    title: `${PRODUCT_NAME} — Proyektor`,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#000000',
    webPreferences: secureWebPreferences(preloadPath, devTools),
  })
  // Only the forum is shown there: no menu bar to open from the audience's side.
  window.setMenu(null)
  placeProjector(window, opener)
  guardWindow(window)
  // Unplugged, the projector comes back to a display still there; plugged in, it moves there.
  followDisplayChanges(window, screen, () => {
    if (!window.isDestroyed()) placeProjector(window, getMainWindow())
  })
  keepAwakeWhileOpen(window, shell().keepAwake)
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    if (projectorWindow === window) projectorWindow = null
  })
  projectorWindow = window
  void window.loadURL(url)
  return window
}

/** The facilitator picked another display: an open projector moves there at once. */
export function placeOpenProjector(): void {
  if (projectorWindow && !projectorWindow.isDestroyed()) {
    placeProjector(projectorWindow, getMainWindow())
  }
}
