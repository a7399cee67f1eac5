import { nowIso, type RepoContext } from '../context'

export const SETTING_KEYS = {
  language: 'language',
  samplePromptAnswered: 'samplePromptAnswered',
  userName: 'userName',
  myUnit: 'myUnit',
} as const

export function createSettingsRepository(ctx: RepoContext) {
  const { db } = ctx
  return {
    async get<T>(key: string): Promise<T | undefined> {
      const row = await db.settings.get(key)
      return row?.value as T | undefined
    },
    async set(key: string, value: unknown): Promise<void> {
      await db.settings.put({ key, value, updatedAt: nowIso(ctx) })
    },
  }
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>
