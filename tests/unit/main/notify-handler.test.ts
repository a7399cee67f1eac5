import type { NotificationConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { SHELL_EVENT_CHANNEL } from '../../../src/shared/ipc/contract'
import { guardedHandler, type GuardedEvent } from '../../../src/main/ipc/guard'
import { notifyHandler, type NotificationSurface } from '../../../src/main/ipc/notify-handler'
import { appOrigins } from '../../../src/main/security-policy'

type Sender = 'main' | 'projector'
type Event = GuardedEvent & { sender: Sender }

const fromWindow = (sender: Sender): Event => ({
  sender,
  senderFrame: { url: 'mufakat://app/#/follow-up' } as GuardedEvent['senderFrame'],
})

function fakeShell(options: { supported?: boolean; minimized?: boolean; mainOpen?: boolean } = {}) {
  const calls: string[] = []
  const shown: NotificationConstructorOptions[] = []
  const clicks: (() => void)[] = []
  const notifications: NotificationSurface = {
    isSupported: () => options.supported ?? true,
    create: (notification) => ({
      on: (_event, listener) => clicks.push(listener),
      show: () => shown.push(notification),
    }),
  }
  let minimized = options.minimized ?? false
  const mainWindow = {
    isMinimized: () => minimized,
    restore: () => {
      minimized = false
      calls.push('restore')
    },
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
    webContents: {
      send: (channel: string, event: unknown) =>
        calls.push(`send ${channel} ${JSON.stringify(event)}`),
    },
  }
  const handler = notifyHandler<Event>({
    notifications,
    fromProjector: (event) => event.sender === 'projector',
    mainWindow: () => ((options.mainOpen ?? true) ? mainWindow : null),
  })
  return { handler, calls, shown, click: () => clicks.forEach((listener) => listener()) }
}

const reminder = { title: 'Tindak lanjut terlambat', body: '2 rencana aksi melewati batas waktu' }

describe('notify:show', () => {
  it('shows the reminder with its title and body', () => {
    const shell = fakeShell()

    expect(shell.handler(reminder, fromWindow('main'))).toEqual({ shown: true })
    expect(shell.shown).toEqual([{ ...reminder, silent: false }])
  })

  it('on click restores and focuses the main window, then opens the overdue list there', () => {
    const shell = fakeShell({ minimized: true })
    shell.handler(reminder, fromWindow('main'))
    expect(shell.calls).toEqual([])

    shell.click()

    expect(shell.calls).toEqual([
      'restore',
      'show',
      'focus',
      `send ${SHELL_EVENT_CHANNEL} {"type":"menu","command":"go-overdue"}`,
    ])
  })

  it('a click after the main window closed does nothing', () => {
    const shell = fakeShell({ mainOpen: false })
    shell.handler(reminder, fromWindow('main'))

    expect(() => shell.click()).not.toThrow()
    expect(shell.calls).toEqual([])
  })

  it('refuses a reminder asked from the projector window: nothing appears before the public', async () => {
    const shell = fakeShell()
    const listener = guardedHandler('notify:show', shell.handler, appOrigins())

    expect(await listener(fromWindow('projector'), reminder)).toEqual({
      ok: true,
      value: { shown: false },
    })
    expect(shell.shown).toEqual([])
  })

  it('answers shown: false where the desktop has no notifications', () => {
    const shell = fakeShell({ supported: false })

    expect(shell.handler(reminder, fromWindow('main'))).toEqual({ shown: false })
    expect(shell.shown).toEqual([])
  })
})
