import { checkSetting, readSetting, type SettingKey, type SettingValue } from '@shared/settings'
import { nowIso, type RepoContext } from '../context'

/** Typed access to the settings registry (src/shared/settings.ts): no key or value outside it. */
export function createSettingsRepository(ctx: RepoContext) {
  const { db } = ctx
  return {
    /** The stored value, or the key's default when none or a malformed one is stored. */
    async get<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
      const row = await db.settings.get(key)
      return readSetting(key, row?.value)
    },
    /** Refuses a value that does not fit the key (SettingValueError); nothing is stored then. */
    async set<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
      const checked = checkSetting(key, value)
      await db.settings.put({ key, value: checked, updatedAt: nowIso(ctx) })
    },
    /** Back to the key's default. */
    async reset(key: SettingKey): Promise<void> {
      await db.settings.delete(key)
    },
  }
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>
