import { useEffect, useState } from 'react'
import type { BackupReason } from '@shared/ipc/contract'
import { organisationTimeZone } from '@shared/rules/time-zone'
import { useRepositories } from '../../db'
import { writeInto } from '@shared/backup'
import { autoBackupTarget } from '../../platform/backup-stream'
import { getPlatform, isDesktop } from '../../platform/bridge'
import { recordAutoBackupFailure, recordBackup } from './hooks'

/** While there were changes, a copy at this interval: quitting gives no time for async work. */
const PERIODIC_MS = 10 * 60_000

/**
 * Automatic backups into the app's backups folder (desktop only; main keeps the last 10): when the
 * app version changed since the last start, on a timer while data changes, and when the window
 * closes (best effort, since the page may be gone before an async write finishes).
 */
export function useAutoBackup(): { failure: unknown; dismiss: () => void } {
  const { backup, organisation, settings } = useRepositories()
  // What the last attempt threw; cleared by the next success. Shown to the user, not only logged.
  const [failure, setFailure] = useState<unknown>(null)
  useEffect(() => {
    if (!isDesktop()) return
    const platform = getPlatform()
    let version = ''
    let savedAt = backup.changeCount()
    let running = false

    async function write(reason: BackupReason) {
      if (running || !version) return
      running = true
      try {
        const counted = backup.changeCount()
        // Streamed through main into the backups folder: no size limit, memory of one slice.
        const target = await autoBackupTarget(
          reason,
          organisationTimeZone(await organisation.get()),
        )
        await writeInto(target, (sink) => backup.createTo(sink, { appVersion: version }))
        savedAt = counted
        setFailure(null)
        // The copy is on disk whatever happens to this note of it.
        await recordBackup(settings, 'automatic').catch((error: unknown) =>
          console.error('recording the automatic backup failed', error),
        )
      } catch (error) {
        console.error('automatic backup failed', error)
        setFailure(error)
        await recordAutoBackupFailure(settings).catch((noted: unknown) =>
          console.error('recording the failed automatic backup failed', noted),
        )
      } finally {
        running = false
      }
    }

    void (async () => {
      version = (await platform.appInfo()).version
      const last = await settings.get('lastAppVersion')
      if (last !== version) {
        if (last !== null && (await backup.hasData())) await write('version_change')
        await settings.set('lastAppVersion', version)
      }
    })()

    const timer = setInterval(() => {
      if (backup.changeCount() !== savedAt) void write('periodic')
    }, PERIODIC_MS)
    const onHide = () => {
      if (backup.changeCount() !== savedAt) void write('quit')
    }
    window.addEventListener('pagehide', onHide)
    return () => {
      clearInterval(timer)
      window.removeEventListener('pagehide', onHide)
    }
  }, [backup, organisation, settings])
  return { failure, dismiss: () => setFailure(null) }
}
