import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { SHELL_EVENT_CHANNEL, shellEventSchema } from '../../../src/shared/ipc/contract'
import type { ContextMenuSpot } from '../../../src/main/menu-template'
import { createShellMenus, type MenuSurface } from '../../../src/main/shell-menus'

function recorder() {
  const built: MenuItemConstructorOptions[][] = []
  const popups: number[] = []
  const installed: unknown[] = []
  const menu: MenuSurface = {
    buildFromTemplate(template) {
      built.push(template)
      const index = built.length - 1
      return { popup: () => popups.push(index) }
    },
    setApplicationMenu: (value) => installed.push(value),
  }
  return { menu, built, popups, installed }
}

function fakeContents() {
  let listener: ((event: unknown, spot: ContextMenuSpot) => void) | undefined
  return {
    on(_event: 'context-menu', next: (event: unknown, spot: ContextMenuSpot) => void) {
      listener = next
    },
    rightClick: (spot: ContextMenuSpot) => listener?.({}, spot),
  }
}

const newTarget = () => ({ send: vi.fn<(channel: string, ...args: unknown[]) => void>() })

function setUp(target: ReturnType<typeof newTarget> | null = newTarget()) {
  const menus = recorder()
  const shell = createShellMenus({
    menu: menus.menu,
    isPackaged: true,
    commandTarget: () => target,
    about: vi.fn(),
  })
  return { ...menus, shell, target }
}

describe('createShellMenus', () => {
  it('installs the Indonesian menu at once and the English one when the UI changes language', () => {
    const { shell, built, installed } = setUp()
    expect(built[0]?.[0]?.label).toBe('Berkas')
    expect(installed).toHaveLength(1)

    shell.setLanguage('en')
    shell.setLanguage('en')

    expect(shell.language).toBe('en')
    expect(installed).toHaveLength(2)
    expect(built[1]?.[0]?.label).toBe('File')
  })

  it('sends a clicked command to the main page over the one typed shell channel', () => {
    const { shell, target } = setUp()
    shell.command('go-overdue')

    expect(target?.send).toHaveBeenCalledWith(SHELL_EVENT_CHANNEL, {
      type: 'menu',
      command: 'go-overdue',
    })
    const payload: unknown = target?.send.mock.calls[0]?.[1]
    expect(shellEventSchema.safeParse(payload).success).toBe(true)
  })

  it('drops a command when no main window is there to act on it', () => {
    const { shell } = setUp(null)
    expect(() => shell.command('print')).not.toThrow()
  })

  it('pops a right-click menu in the current language only where it can act', () => {
    const { shell, built, popups } = setUp()
    const contents = fakeContents()
    shell.attachContextMenu(contents)
    const editFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }

    contents.rightClick({ isEditable: true, selectionText: '', editFlags })
    contents.rightClick({ isEditable: false, selectionText: '', editFlags })

    expect(popups).toHaveLength(1)
    expect(built[popups[0] ?? -1]?.map((item) => item.label)).toContain('Tempel')
  })
})
