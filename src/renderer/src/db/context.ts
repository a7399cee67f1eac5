import type { MufakatDatabase } from './database'

/** What every repository needs; the clock and id source are injected so tests can fix them. */
export interface RepoContext {
  db: MufakatDatabase
  clock: () => Date
  newId: () => string
}

export function nowIso(ctx: RepoContext): string {
  return ctx.clock().toISOString()
}
