import type { Menu, MenuItemConstructorOptions, WebContents } from 'electron'
import {
  SHELL_EVENT_CHANNEL,
  type MenuCommand,
  type ShellEvent,
  type ShellLanguage,
} from '@shared/ipc/contract'
import {
  buildAppMenuTemplate,
  buildContextMenuTemplate,
  type ContextMenuSpot,
} from './menu-template'

/** The parts of Electron's Menu the shell uses; tests pass a recorder. */
export interface MenuSurface {
  buildFromTemplate(template: MenuItemConstructorOptions[]): Pick<Menu, 'popup'>
  setApplicationMenu(menu: Pick<Menu, 'popup'> | null): void
}

/** A web contents as the right-click menu sees it. */
export interface ContextMenuSource {
  on(event: 'context-menu', listener: (event: unknown, spot: ContextMenuSpot) => void): unknown
}

/** A page main can talk to: only `send` on the one shell-event channel. */
export type ShellEventTarget = Pick<WebContents, 'send'>

export function sendShellEvent(target: ShellEventTarget | null, event: ShellEvent): boolean {
  if (!target) return false
  target.send(SHELL_EVENT_CHANNEL, event)
  return true
}

export interface ShellMenusOptions {
  menu: MenuSurface
  isPackaged: boolean
  /** The page menu commands go to: the main window's, never the projector's. */
  commandTarget: () => ShellEventTarget | null
  about: () => void
}

export interface ShellMenus {
  readonly language: ShellLanguage
  /** The renderer said which language the UI speaks: menus follow it. */
  setLanguage(language: ShellLanguage): void
  /** Right-click menu on every web contents of the app, in the current language. */
  attachContextMenu(contents: ContextMenuSource): void
  /** Runs a menu command as if it were clicked (a clicked notification uses it too). */
  command(command: MenuCommand): void
}

/** Indonesian until the renderer says otherwise (the UI's default language too). */
export function createShellMenus(options: ShellMenusOptions): ShellMenus {
  let language: ShellLanguage = 'id'
  const command = (name: MenuCommand) => {
    sendShellEvent(options.commandTarget(), { type: 'menu', command: name })
  }
  const install = () => {
    const template = buildAppMenuTemplate({
      language,
      isPackaged: options.isPackaged,
      command,
      about: options.about,
    })
    options.menu.setApplicationMenu(options.menu.buildFromTemplate(template))
  }
  install()
  return {
    get language() {
      return language
    },
    setLanguage(next) {
      if (next === language) return
      language = next
      install()
    },
    attachContextMenu(contents) {
      contents.on('context-menu', (_event, spot) => {
        const template = buildContextMenuTemplate(spot, language)
        if (template.length > 0) options.menu.buildFromTemplate(template).popup()
      })
    },
    command,
  }
}
