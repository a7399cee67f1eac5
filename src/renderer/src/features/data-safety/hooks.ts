import { useEffect, useState } from 'react'
import type { AppLockSetting, LastBackup } from '@shared/settings'
import { useLiveQuery, useRepositories, type Repositories } from '../../db'
import { getPlatform } from '../../platform/bridge'

/** undefined while loading, null when the lock is off. */
export function useAppLockSetting(): AppLockSetting | null | undefined {
  const { settings } = useRepositories()
  return useLiveQuery(() => settings.get('appLock'), [settings])
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
    filters: BACKUP_FILTERS,
  })
  return result.saved
}

/** Backups and forum packages alike. */
export const BACKUP_EXTENSIONS = ['mufakat'] as const
export const BACKUP_FILTERS = [{ name: 'Mufakat', extensions: [...BACKUP_EXTENSIONS] }]

export async function pickBackupFile(): Promise<{ name: string; bytes: Uint8Array } | null> {
  const { file } = await getPlatform().openFile({ filters: BACKUP_FILTERS })
  return file
}

/** Notes a backup that reached its file; an automatic one also ends the failure warning. */
export async function recordBackup(
  settings: Repositories['settings'],
  kind: LastBackup['kind'],
): Promise<void> {
  await settings.set('lastBackup', { at: new Date().toISOString(), kind })
  if (kind === 'automatic') await settings.reset('autoBackupFailedAt')
}

/** Notes a failed automatic backup: the home page warns until an automatic one succeeds. */
export async function recordAutoBackupFailure(settings: Repositories['settings']): Promise<void> {
  await settings.set('autoBackupFailedAt', new Date().toISOString())
}

export interface BackupStatus {
  last: LastBackup | null
  /** When the last automatic backup failed, while none has succeeded since. */
  autoFailedAt: string | null
}

/** The last backup and the automatic backups' trouble, for the home page; undefined while loading. */
export function useBackupStatus(): BackupStatus | undefined {
  const { settings } = useRepositories()
  return useLiveQuery(
    async () => ({
      last: await settings.get('lastBackup'),
      autoFailedAt: await settings.get('autoBackupFailedAt'),
    }),
    [settings],
  )
}
