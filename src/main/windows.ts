import { BrowserWindow, screen, type WebPreferences } from 'electron'
import { PRODUCT_NAME, SESSION_PARTITION } from '@shared/identity'
import { appPageUrl, preloadPath } from './config'

/**
 * Every window of the app is built from these preferences ("Secure shell" in ARCHITECTURE.md). The guards on
 * navigation, new windows and permissions are attached in ./security.ts to every web contents.
 */
export function secureWebPreferences(): WebPreferences {
  return {
    preload: preloadPath,
    partition: SESSION_PARTITION,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
}

let mainWindow: BrowserWindow | null = null
let projectorWindow: BrowserWindow | null = null

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(),
  })
  window.once('ready-to-show', () => window.show())
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

/** A second launch of the app brings the running one to the front instead. */
export function focusMainWindow(): void {
  const window = getMainWindow()
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}

/**
 * The projector view of the live forum: full screen on an external display when one is
 * connected, else an ordinary second window. Opening it again reuses the window.
 */
export function openProjectorWindow(route: string, opener: BrowserWindow | null): BrowserWindow {
  const url = appPageUrl(route)
  if (projectorWindow && !projectorWindow.isDestroyed()) {
    void projectorWindow.loadURL(url)
    projectorWindow.show()
    projectorWindow.focus()
    return projectorWindow
  }

  const here = opener ? screen.getDisplayMatching(opener.getBounds()) : screen.getPrimaryDisplay()
  const external = screen.getAllDisplays().find((display) => display.id !== here.id)
  const target = external ?? here
  const { x, y, width, height } = target.workArea

  const window = new BrowserWindow({
    title: `${PRODUCT_NAME} — Proyektor`,
    x: external ? x : x + Math.round(width * 0.1),
    y: external ? y : y + Math.round(height * 0.1),
    width: external ? width : Math.round(width * 0.8),
    height: external ? height : Math.round(height * 0.8),
    fullscreen: external !== undefined,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#000000',
    webPreferences: secureWebPreferences(),
  })
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    if (projectorWindow === window) projectorWindow = null
  })
  projectorWindow = window
  void window.loadURL(url)
  return window
}
