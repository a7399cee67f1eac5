import { verifyPassphrase } from '@shared/backup'
import { checkSetting, readSetting, type AppLockSetting } from '@shared/settings'
import { currentActor } from './audit'
import type { RepoContext } from './context'

/**
 * Turning the app lock on or off: the settings row and its log entry in one transaction. Settings
 * are not audited by the trail's hooks (they hold bookkeeping too), so these two write their own.
 */
export function createAppLockRepository(ctx: RepoContext) {
  const { db } = ctx

  async function write(value: AppLockSetting | null, summary: string): Promise<void> {
    const checked = checkSetting('appLock', value)
    await db.transaction('rw', [db.settings, db.audit], async () => {
      const at = ctx.clock().toISOString()
      await db.settings.put({ key: 'appLock', value: checked, updatedAt: at })
      await db.audit.add({
        id: ctx.newId(),
        at,
        actor: currentActor(db),
        entity: 'settings',
        entityId: 'appLock',
        forumId: null,
        action: 'update',
        summary,
      })
    })
  }

  return {
    enable: (value: AppLockSetting) => write(value, 'app_lock_on'),

    /**
     * Off only with the passphrase that is set: whoever finds the laptop unlocked for a moment
     * cannot remove the lock for good. Resolves false, changing nothing, when it does not match.
     */
    async disable(passphrase: string): Promise<boolean> {
      const current = readSetting('appLock', (await db.settings.get('appLock'))?.value)
      if (!current) return true
      if (!(await verifyPassphrase(passphrase, current.hash))) return false
      await write(null, 'app_lock_off')
      return true
    },
  }
}

export type AppLockRepository = ReturnType<typeof createAppLockRepository>
