import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { MenuCommand } from '../../../src/shared/ipc/contract'
import {
  buildAppMenuTemplate,
  buildContextMenuTemplate,
  type ContextMenuSpot,
} from '../../../src/main/menu-template'

type Item = MenuItemConstructorOptions

function submenu(item: Item | undefined): Item[] {
  const items = item?.submenu
  if (!Array.isArray(items)) throw new Error(`${item?.label ?? '?'} has no submenu`)
  return items
}

function allItems(template: Item[]): Item[] {
  return template.flatMap((top) => [top, ...submenu(top)])
}

function build(overrides: Partial<Parameters<typeof buildAppMenuTemplate>[0]> = {}) {
  const command = vi.fn<(command: MenuCommand) => void>()
  const about = vi.fn()
  const template = buildAppMenuTemplate({
    language: 'id',
    isPackaged: true,
    command,
    about,
    ...overrides,
  })
  return { template, command, about }
}

/** Clicks a menu item as Electron would (the arguments are not used by the app). */
function click(item: Item | undefined): void {
  if (!item?.click) throw new Error(`${item?.label ?? '?'} cannot be clicked`)
  ;(item.click as () => void)()
}

describe('buildAppMenuTemplate', () => {
  it('names the six menus in Indonesian by default', () => {
    const { template } = build()
    expect(template.map((item) => item.label)).toEqual([
      'Berkas',
      'Sunting',
      'Tampilan',
      'Forum',
      'Jendela',
      'Bantuan',
    ])
  })

  it('speaks English when the UI is English', () => {
    const { template } = build({ language: 'en' })
    expect(template.map((item) => item.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Forum',
      'Window',
      'Help',
    ])
    expect(submenu(template[1]).map((item) => item.label)).toContain('Paste')
  })

  it('uses Electron roles for editing and zoom, labelled in Indonesian', () => {
    const { template } = build()
    const roles = Object.fromEntries(
      allItems(template)
        .filter((item) => item.role)
        .map((item) => [item.role, item.label]),
    )
    expect(roles).toMatchObject({
      undo: 'Urungkan',
      redo: 'Ulangi',
      cut: 'Potong',
      copy: 'Salin',
      paste: 'Tempel',
      selectAll: 'Pilih Semua',
      zoomIn: 'Perbesar',
      zoomOut: 'Perkecil',
      resetZoom: 'Ukuran Semula',
    })
  })

  it('binds the accelerators to their commands', () => {
    const { template, command, about } = build()
    const byAccelerator = new Map(
      allItems(template)
        .filter((item) => item.accelerator)
        .map((item) => [item.accelerator, item]),
    )
    const expected: [string, MenuCommand, string][] = [
      ['CmdOrCtrl+N', 'new-forum', 'Forum Baru'],
      ['CmdOrCtrl+O', 'open-file', 'Buka Berkas…'],
      ['CmdOrCtrl+P', 'print', 'Cetak…'],
      ['F5', 'projector', 'Layar Proyektor'],
      ['CmdOrCtrl+L', 'lock', 'Kunci Aplikasi'],
      ['F1', 'help', 'Panduan Mufakat'],
    ]
    for (const [accelerator, name, label] of expected) {
      const item = byAccelerator.get(accelerator)
      expect(item?.label, accelerator).toBe(label)
      click(item)
      expect(command).toHaveBeenLastCalledWith(name)
    }
    click(submenu(template[5]).find((item) => item.label === 'Tentang Mufakat'))
    expect(about).toHaveBeenCalledOnce()
  })

  it('offers no developer tools and no reload in the packaged app', () => {
    const packaged = allItems(build({ isPackaged: true }).template)
    expect(packaged.some((item) => item.role === 'toggleDevTools')).toBe(false)
    expect(packaged.some((item) => item.role === 'reload' || item.role === 'forceReload')).toBe(
      false,
    )
    expect(packaged.map((item) => item.label)).not.toContain('Alat Pengembang')

    const development = allItems(build({ isPackaged: false }).template)
    expect(development.some((item) => item.role === 'toggleDevTools')).toBe(true)
  })
})

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }

describe('buildContextMenuTemplate', () => {
  it('offers cut, copy, paste and select all in Indonesian on a field', () => {
    const spot: ContextMenuSpot = { isEditable: true, selectionText: '', editFlags: flags }
    const template = buildContextMenuTemplate(spot, 'id')
    expect(template.filter((item) => item.role).map((item) => [item.role, item.label])).toEqual([
      ['cut', 'Potong'],
      ['copy', 'Salin'],
      ['paste', 'Tempel'],
      ['selectAll', 'Pilih Semua'],
    ])
  })

  it('disables what cannot act, follows English, and offers copy only on selected text', () => {
    const field = buildContextMenuTemplate(
      { isEditable: true, selectionText: '', editFlags: { ...flags, canCut: false } },
      'en',
    )
    expect(field[0]).toMatchObject({ role: 'cut', label: 'Cut', enabled: false })

    const text = buildContextMenuTemplate(
      { isEditable: false, selectionText: 'Kesepakatan 1', editFlags: flags },
      'id',
    )
    expect(text.map((item) => item.role)).toEqual(['copy', 'selectAll'])
  })

  it('shows no menu where there is nothing to edit or copy', () => {
    expect(
      buildContextMenuTemplate({ isEditable: false, selectionText: '  ', editFlags: flags }, 'id'),
    ).toEqual([])
  })
})
