import type { MufakatDatabase } from './database'

/** What every repository needs; the id source is injected so tests can fix it. */
export interface RepoContext {
  db: MufakatDatabase
  /** The database's clock (given when it was opened), so repositories and the audit trail agree. */
  clock: () => Date
  newId: () => string
}

export function nowIso(ctx: RepoContext): string {
  return ctx.clock().toISOString()
}
