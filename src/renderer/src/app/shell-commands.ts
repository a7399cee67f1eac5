import type { MenuCommand } from '@shared/ipc/contract'

/** What the page does for a command of the desktop menu (src/main/menu-template.ts). */
export type ShellAction =
  | { kind: 'navigate'; to: string }
  | { kind: 'print' }
  | { kind: 'lock' }
  | { kind: 'projector'; route: string }

/** Where restoring and importing `.mufakat` files happens (with a preview and a confirmation). */
export const DATA_SAFETY_PATH = '/settings/data-safety'

/** The offline manual (Bantuan, F1). */
const HELP_PATH = '/help'

const FORUM_PATH = /^\/forums\/([^/]+)(?:\/|$)/

/** The forum the page shows, if any (`new` is the form for a forum not yet made). */
export function forumIdOfPath(pathname: string): string | null {
  const id = FORUM_PATH.exec(pathname)?.[1]
  return id && id !== 'new' ? id : null
}

export function shellCommandAction(command: MenuCommand, pathname: string): ShellAction {
  switch (command) {
    case 'new-forum':
      return { kind: 'navigate', to: '/forums/new' }
    case 'open-file':
      return { kind: 'navigate', to: DATA_SAFETY_PATH }
    case 'print':
      return { kind: 'print' }
    case 'lock':
      return { kind: 'lock' }
    case 'projector': {
      const forumId = forumIdOfPath(pathname)
      // Without a forum on screen, the list is where one is picked.
      return forumId
        ? { kind: 'projector', route: `#/projector/${forumId}` }
        : { kind: 'navigate', to: '/forums' }
    }
    case 'help':
      return { kind: 'navigate', to: HELP_PATH }
    case 'go-home':
      return { kind: 'navigate', to: '/' }
    case 'go-forums':
      return { kind: 'navigate', to: '/forums' }
    case 'go-follow-up':
      return { kind: 'navigate', to: '/follow-up' }
    case 'go-overdue':
      return { kind: 'navigate', to: '/follow-up?due=overdue' }
    case 'go-settings':
      return { kind: 'navigate', to: '/settings' }
  }
}

/** The projector window shows the forum only: no reminders, banners or notices there. */
export function isProjectorPath(pathname: string): boolean {
  return pathname.startsWith('/projector/')
}
