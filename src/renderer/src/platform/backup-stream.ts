import {
  bytesSource,
  coalescingTarget,
  readAheadSource,
  type ByteSource,
  type ByteTarget,
} from '@shared/backup/stream'
import type { TimeZoneCode } from '@shared/format/dates'
import type {
  BackupReadOpenRequest,
  BackupReason,
  BackupStreamOpenRequest,
} from '@shared/ipc/contract'
import { getPlatform } from './bridge'

/** Pieces sent to main (or into the browser's Blob) at a time. */
const PIECE_BYTES = 8 * 1024 * 1024
/** How far a read looks ahead: a chunk's head and body in one call. */
const WINDOW_BYTES = 4 * 1024 * 1024

/**
 * A streamed backup file through the shell: main's temp file renamed on finish (desktop), a
 * download assembled from Blob parts (browser). null when the user cancelled the dialog.
 */
export async function openBackupTarget(
  target: BackupStreamOpenRequest['target'],
): Promise<ByteTarget | null> {
  const platform = getPlatform()
  const { handle } = await platform.backupStreamOpen({ target })
  if (!handle) return null
  return coalescingTarget(
    {
      write: async (bytes) => void (await platform.backupStreamAppend({ handle, bytes })),
      finish: async () => void (await platform.backupStreamFinish({ handle })),
      abort: async () => void (await platform.backupStreamAbort({ handle })),
    },
    PIECE_BYTES,
  )
}

export interface OpenedBackup extends ByteSource {
  name: string
  close(): Promise<void>
}

/** A backup file read a piece at a time through the shell; null when the user cancelled. */
export async function openBackupSource(
  source: BackupReadOpenRequest['source'],
): Promise<OpenedBackup | null> {
  const platform = getPlatform()
  const { file } = await platform.backupReadOpen({ source })
  if (!file) return null
  const { handle } = file
  const raw: ByteSource = {
    size: file.size,
    read: async (offset, length) =>
      (await platform.backupReadChunk({ handle, offset, length })).bytes,
  }
  return {
    ...readAheadSource(raw, WINDOW_BYTES),
    name: file.name,
    close: async () => void (await platform.backupReadClose({ handle })),
  }
}

/** Bytes already in the page (a dropped file, a file handed over by the desktop). */
export function heldSource(bytes: Uint8Array, name: string): OpenedBackup {
  return { ...bytesSource(bytes), name, close: async () => undefined }
}

/** An automatic backup streamed into the app's backups folder (desktop only). */
export async function autoBackupTarget(
  reason: BackupReason,
  timeZone: TimeZoneCode,
): Promise<ByteTarget> {
  const target = await openBackupTarget({ kind: 'auto', reason, timeZone })
  if (!target) throw new Error('the backups folder gave no file to write')
  return target
}
