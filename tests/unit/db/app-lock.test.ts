import { describe, expect, it } from 'vitest'
import { hashPassphrase } from '@shared/backup'
import { openerDisposedAfterEach } from './test-db'

const open = openerDisposedAfterEach()

async function locked() {
  const t = open()
  await t.repositories.appLock.enable({
    hash: await hashPassphrase('rahasia forum', 1_000),
    idleMinutes: 10,
  })
  return t
}

describe('app lock on and off', () => {
  it('stays on, unchanged and unlogged, when the passphrase given to turn it off is wrong', async () => {
    const t = await locked()
    const before = await t.repositories.settings.get('appLock')
    const entries = (await t.db.audit.toArray()).length

    expect(await t.repositories.appLock.disable('salah')).toBe(false)
    expect(await t.repositories.settings.get('appLock')).toEqual(before)
    expect(await t.db.audit.toArray()).toHaveLength(entries)
  })

  it('turns off with the passphrase and logs it', async () => {
    const t = await locked()

    expect(await t.repositories.appLock.disable('rahasia forum')).toBe(true)
    expect(await t.repositories.settings.get('appLock')).toBeNull()
    const log = (await t.db.audit.toArray()).filter((e) => e.entityId === 'appLock')
    expect(log.map((e) => `${e.action} ${e.summary}`).sort()).toEqual([
      'update app_lock_off',
      'update app_lock_on',
    ])
    expect(log.find((e) => e.summary === 'app_lock_off')).toMatchObject({
      entity: 'settings',
      forumId: null,
      at: '2026-03-01T02:00:00.000Z',
    })
  })
})
