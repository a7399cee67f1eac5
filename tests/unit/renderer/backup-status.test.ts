import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backupWarning } from '@shared/rules/backup-health'
import {
  recordAutoBackupFailure,
  recordBackup,
} from '../../../src/renderer/src/features/data-safety/hooks'
import { openTestRepositories } from '../db/test-db'

const NOW = new Date('2026-03-09T06:00:00Z')
let env: ReturnType<typeof openTestRepositories>

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
  env = openTestRepositories(NOW)
})

afterEach(async () => {
  vi.useRealTimers()
  await env.dispose()
})

async function status() {
  const { settings } = env.repositories
  return {
    last: await settings.get('lastBackup'),
    autoFailedAt: await settings.get('autoBackupFailedAt'),
  }
}

describe('the record of backups', () => {
  it('keeps the last backup, manual or automatic', async () => {
    expect(await status()).toEqual({ last: null, autoFailedAt: null })
    await recordBackup(env.repositories.settings, 'manual')
    expect((await status()).last).toEqual({ at: NOW.toISOString(), kind: 'manual' })
    vi.setSystemTime(new Date('2026-03-09T07:00:00Z'))
    await recordBackup(env.repositories.settings, 'automatic')
    expect((await status()).last).toEqual({ at: '2026-03-09T07:00:00.000Z', kind: 'automatic' })
  })

  it('warns of a failed automatic backup until an automatic one succeeds', async () => {
    const { settings } = env.repositories
    await recordAutoBackupFailure(settings)
    await recordBackup(settings, 'manual')
    let now = await status()
    expect(backupWarning(now.last, now.autoFailedAt, NOW)).toBe('auto_failed')
    await recordBackup(settings, 'automatic')
    now = await status()
    expect(now.autoFailedAt).toBeNull()
    expect(backupWarning(now.last, now.autoFailedAt, NOW)).toBeNull()
  })
})
