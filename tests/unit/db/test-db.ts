import { afterEach } from 'vitest'
import { createRepositories, MufakatDatabase } from '@renderer/db'

let counter = 0

/** A fresh database per test, with a fixed clock and predictable ids. */
export function openTestRepositories(now = new Date('2026-03-01T02:00:00Z')) {
  counter += 1
  let clock = now
  const db = new MufakatDatabase(`mufakat-test-${process.pid}-${counter}-${Date.now()}`, {
    clock: () => clock,
  })
  const repositories = createRepositories({ db, newId: () => crypto.randomUUID() })
  return {
    db,
    repositories,
    setNow(next: Date) {
      clock = next
    },
    async dispose() {
      db.close()
      await db.delete()
    },
  }
}

/** A test file's opener of fresh databases; each is deleted after its test. */
export function openerDisposedAfterEach(): () => ReturnType<typeof openTestRepositories> {
  const opened: ReturnType<typeof openTestRepositories>[] = []
  afterEach(async () => {
    for (const t of opened.splice(0)) await t.dispose()
  })
  return () => {
    const t = openTestRepositories()
    opened.push(t)
    return t
  }
}
