import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand, ShellLanguage } from '@shared/ipc/contract'
import { shellText } from './shell-text'

/**
 * The application menu as data (no electron import at run time), so its labels, roles and
 * accelerators are unit-tested: tests/unit/main/menu-template.test.ts. ./shell-menus.ts installs it.
 */
export interface AppMenuOptions {
  language: ShellLanguage
  /** Packaged: no reload-from-cache tricks and no developer tools anywhere in the menu. */
  isPackaged: boolean
  /** Asks the focused page to act (navigate, lock, print…). */
  command: (command: MenuCommand) => void
  about: () => void
}

export function buildAppMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const text = shellText(options.language).menu
  const send = (command: MenuCommand) => () => options.command(command)

  const file: MenuItemConstructorOptions = {
    label: text.file,
    submenu: [
      { label: text.newForum, accelerator: 'CmdOrCtrl+N', click: send('new-forum') },
      { label: text.openFile, accelerator: 'CmdOrCtrl+O', click: send('open-file') },
      { type: 'separator' },
      { label: text.print, accelerator: 'CmdOrCtrl+P', click: send('print') },
      { type: 'separator' },
      { label: text.lock, accelerator: 'CmdOrCtrl+L', click: send('lock') },
      { label: text.settings, click: send('go-settings') },
      { type: 'separator' },
      { label: text.quit, role: 'quit' },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: text.edit,
    submenu: [
      { label: text.undo, role: 'undo' },
      { label: text.redo, role: 'redo' },
      { type: 'separator' },
      { label: text.cut, role: 'cut' },
      { label: text.copy, role: 'copy' },
      { label: text.paste, role: 'paste' },
      { label: text.selectAll, role: 'selectAll' },
    ],
  }
  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { type: 'separator' },
        { label: text.reload, role: 'reload' },
        { label: text.devTools, role: 'toggleDevTools' },
      ]
  const view: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      { label: text.zoomIn, role: 'zoomIn' },
      { label: text.zoomOut, role: 'zoomOut' },
      { label: text.resetZoom, role: 'resetZoom' },
      { type: 'separator' },
      { label: text.fullscreen, role: 'togglefullscreen' },
      ...developer,
    ],
  }
  const forum: MenuItemConstructorOptions = {
    label: text.forum,
    submenu: [
      { label: text.home, click: send('go-home') },
      { label: text.forums, click: send('go-forums') },
      { label: text.projector, accelerator: 'F5', click: send('projector') },
      { type: 'separator' },
      { label: text.followUp, click: send('go-follow-up') },
      { label: text.overdue, click: send('go-overdue') },
    ],
  }
  const window: MenuItemConstructorOptions = {
    label: text.window,
    submenu: [
      { label: text.minimize, role: 'minimize' },
      { label: text.close, role: 'close' },
    ],
  }
  const help: MenuItemConstructorOptions = {
    label: text.help,
    submenu: [
      { label: text.manual, accelerator: 'F1', click: send('help') },
      { label: text.about, click: () => options.about() },
    ],
  }
  return [file, edit, view, forum, window, help]
}

/** What the right-click menu needs to know about the spot that was clicked. */
export interface ContextMenuSpot {
  isEditable: boolean
  selectionText: string
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean }
}

/**
 * The right-click menu: cut, copy, paste, select all, each enabled only where it can act; empty
 * (no menu at all) on a spot with nothing to edit and nothing selected.
 */
export function buildContextMenuTemplate(
  spot: ContextMenuSpot,
  language: ShellLanguage,
): MenuItemConstructorOptions[] {
  const text = shellText(language).menu
  const hasSelection = spot.selectionText.trim() !== ''
  if (!spot.isEditable && !hasSelection) return []
  if (!spot.isEditable) {
    return [
      { label: text.copy, role: 'copy', enabled: spot.editFlags.canCopy },
      { label: text.selectAll, role: 'selectAll', enabled: spot.editFlags.canSelectAll },
    ]
  }
  return [
    { label: text.cut, role: 'cut', enabled: spot.editFlags.canCut },
    { label: text.copy, role: 'copy', enabled: spot.editFlags.canCopy },
    { label: text.paste, role: 'paste', enabled: spot.editFlags.canPaste },
    { type: 'separator' },
    { label: text.selectAll, role: 'selectAll', enabled: spot.editFlags.canSelectAll },
  ]
}
