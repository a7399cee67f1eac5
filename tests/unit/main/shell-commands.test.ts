import { describe, expect, it } from 'vitest'
import { MENU_COMMANDS } from '../../../src/shared/ipc/contract'
import {
  forumIdOfPath,
  isProjectorPath,
  shellCommandAction,
} from '../../../src/renderer/src/app/shell-commands'

// The renderer's half of the menu: what the page does when main sends a command.
describe('shellCommandAction', () => {
  it('answers every command of the contract', () => {
    for (const command of MENU_COMMANDS) {
      expect(shellCommandAction(command, '/').kind, command).toBeTruthy()
    }
  })

  it('routes the menu to pages, the lock and the printer', () => {
    expect(shellCommandAction('new-forum', '/')).toEqual({ kind: 'navigate', to: '/forums/new' })
    expect(shellCommandAction('open-file', '/')).toEqual({
      kind: 'navigate',
      to: '/settings/data-safety',
    })
    expect(shellCommandAction('go-overdue', '/')).toEqual({
      kind: 'navigate',
      to: '/follow-up?due=overdue',
    })
    expect(shellCommandAction('help', '/forums/f1/live')).toEqual({ kind: 'navigate', to: '/help' })
    expect(shellCommandAction('lock', '/forums')).toEqual({ kind: 'lock' })
    expect(shellCommandAction('print', '/forums/f1/documents')).toEqual({ kind: 'print' })
  })

  it('opens the projector of the forum on screen, else goes to the list to pick one', () => {
    expect(shellCommandAction('projector', '/forums/f-123/live')).toEqual({
      kind: 'projector',
      route: '#/projector/f-123',
    })
    expect(shellCommandAction('projector', '/forums/f-123')).toEqual({
      kind: 'projector',
      route: '#/projector/f-123',
    })
    expect(shellCommandAction('projector', '/forums/new')).toEqual({
      kind: 'navigate',
      to: '/forums',
    })
    expect(shellCommandAction('projector', '/follow-up')).toEqual({
      kind: 'navigate',
      to: '/forums',
    })
  })

  it('knows the forum and projector paths', () => {
    expect(forumIdOfPath('/forums/abc/agenda')).toBe('abc')
    expect(forumIdOfPath('/forums')).toBeNull()
    expect(isProjectorPath('/projector/abc')).toBe(true)
    expect(isProjectorPath('/forums/abc/live')).toBe(false)
  })
})
