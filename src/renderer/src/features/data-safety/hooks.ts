import { useEffect, useState } from 'react'
import type { PassphraseHash } from '@shared/backup'
import { useLiveQuery, useRepositories } from '../../db'
import { getPlatform } from '../../platform/bridge'

export const APP_LOCK_KEY = 'appLock'
export const LAST_APP_VERSION_KEY = 'lastAppVersion'

export interface AppLockSetting {
  hash: PassphraseHash
  idleMinutes: number
}

export function isAppLockSetting(value: unknown): value is AppLockSetting {
  const v = value as AppLockSetting | undefined
  return typeof v === 'object' && v !== null && typeof v.idleMinutes === 'number' && !!v.hash
}

/** undefined while loading, null when the lock is off. */
export function useAppLockSetting(): AppLockSetting | null | undefined {
  const { settings } = useRepositories()
  return useLiveQuery(async () => {
    const value = await settings.get<unknown>(APP_LOCK_KEY)
    return isAppLockSetting(value) ? value : null
  }, [settings])
}

export function useAppVersion(): string | null {
  const [version, setVersion] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void getPlatform()
      .appInfo()
      .then((info) => live && setVersion(info.version))
    return () => {
      live = false
    }
  }, [])
  return version
}

export function useForumOptions() {
  const { forums } = useRepositories()
  return useLiveQuery(() => forums.list({ includeArchived: true, limit: 100_000 }), [forums])
}

/** Saves bytes where the user chooses; resolves the file name when saved. */
export async function saveBytes(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const result = await getPlatform().saveFile({
    suggestedName: name,
    bytes,
    filters: [{ name: 'Mufakat', extensions: ['mufakat'] }],
  })
  return result.saved
}

export async function pickBackupFile(): Promise<{ name: string; bytes: Uint8Array } | null> {
  const { file } = await getPlatform().openFile({
    filters: [{ name: 'Mufakat', extensions: ['mufakat'] }],
  })
  return file
}
