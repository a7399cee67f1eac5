import { randomUUID } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import path from 'node:path'
import {
  ERROR_CODES,
  type FileFilter,
  type ParsedRequestOf,
  type ResponseOf,
} from '@shared/ipc/contract'
import { renameWithRetry } from '../files/atomic-write'
import { backupFileName, backupsToRemove, isBackupFileName } from '../files/backups'
import { HandlerError } from './handler-error'

/** What a streamed backup needs of an open file. */
export interface StreamFileHandle {
  writeFile(bytes: Uint8Array): Promise<void>
  read(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesRead: number }>
  sync(): Promise<void>
  close(): Promise<void>
}

/** The parts of node:fs/promises the streams use; injected so tests fake a full disk or a lock. */
export interface BackupStreamFs {
  open(file: string, flags: 'wx' | 'r'): Promise<StreamFileHandle>
  stat(file: string): Promise<{ size: number }>
  rename(from: string, to: string): Promise<void>
  unlink(file: string): Promise<void>
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>
  readdir(dir: string): Promise<string[]>
  rm(file: string, options: { force: true }): Promise<void>
}

/** `W`: who asked (Electron's event), so a dialog belongs to the window that asked. */
export interface BackupStreamDeps<W> {
  /** `<userData>/backups/`. */
  folder(): string
  /** The save dialog: the path the user chose, or null. */
  chooseSavePath(from: W, suggestedName: string, filters?: FileFilter[]): Promise<string | null>
  /** The open dialog: the file the user chose, or null. */
  chooseOpenPath(from: W, filters?: FileFilter[]): Promise<string | null>
  fs?: BackupStreamFs
  now?: () => Date
  newId?: () => string
}

interface Writing {
  file: StreamFileHandle
  temp: string
  target: string
  auto: boolean
  written: number
}

interface Reading {
  file: StreamFileHandle
}

function noSuchStream(): never {
  throw new HandlerError(
    ERROR_CODES.invalidRequest,
    'no such backup stream (closed or never opened)',
  )
}

/**
 * Streamed backups through main: a file written a piece at a time into a temp file beside its
 * target (same folder, same volume), flushed and renamed over the target on finish, deleted on
 * abort or on a failed write, so no half-written backup is ever left under the real name; and a
 * file read a piece at a time by offset. Only paths the user chose in a dialog, or names of
 * automatic backups in the app's own folder, are ever opened.
 */
export function backupStreamHandlers<W>(deps: BackupStreamDeps<W>) {
  const fs: BackupStreamFs = deps.fs ?? (nodeFs as unknown as BackupStreamFs)
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? randomUUID
  const writing = new Map<string, Writing>()
  const reading = new Map<string, Reading>()

  async function discard(id: string, stream: Writing): Promise<void> {
    writing.delete(id)
    await stream.file.close().catch(() => undefined)
    await fs.unlink(stream.temp).catch(() => undefined)
  }

  /** Deletes what retention no longer keeps; the backup just written always stays. */
  async function prune(kept: string): Promise<void> {
    const dir = path.dirname(kept)
    const stale = backupsToRemove(await fs.readdir(dir), now()).filter(
      (name) => name !== path.basename(kept),
    )
    await Promise.all(stale.map((name) => fs.rm(path.join(dir, name), { force: true })))
  }

  return {
    async open(
      req: ParsedRequestOf<'backup-stream:open'>,
      from: W,
    ): Promise<ResponseOf<'backup-stream:open'>> {
      const { target } = req
      let file: string
      if (target.kind === 'save') {
        const chosen = await deps.chooseSavePath(from, target.suggestedName, target.filters)
        if (!chosen) return { handle: null }
        file = chosen
      } else {
        await fs.mkdir(deps.folder(), { recursive: true })
        file = path.join(deps.folder(), backupFileName(target.reason, target.timeZone, now()))
      }
      const id = newId()
      const temp = path.join(path.dirname(file), `.${path.basename(file)}.${id}.tmp`)
      const handle = await fs.open(temp, 'wx')
      writing.set(id, {
        file: handle,
        temp,
        target: file,
        auto: target.kind === 'auto',
        written: 0,
      })
      return { handle: id }
    },

    async append(
      req: ParsedRequestOf<'backup-stream:append'>,
    ): Promise<ResponseOf<'backup-stream:append'>> {
      const stream = writing.get(req.handle) ?? noSuchStream()
      try {
        await stream.file.writeFile(req.bytes)
      } catch (error) {
        // A full disk: the temp file goes at once, and the stream with it.
        await discard(req.handle, stream)
        throw error
      }
      stream.written += req.bytes.length
      return { written: stream.written }
    },

    async finish(
      req: ParsedRequestOf<'backup-stream:finish'>,
    ): Promise<ResponseOf<'backup-stream:finish'>> {
      const stream = writing.get(req.handle) ?? noSuchStream()
      try {
        await stream.file.sync()
        await stream.file.close()
        await renameWithRetry(fs, stream.temp, stream.target)
      } catch (error) {
        await discard(req.handle, stream)
        throw error
      }
      writing.delete(req.handle)
      if (stream.auto) await prune(stream.target)
      return { path: stream.target }
    },

    async abort(
      req: ParsedRequestOf<'backup-stream:abort'>,
    ): Promise<ResponseOf<'backup-stream:abort'>> {
      const stream = writing.get(req.handle)
      if (!stream) return { aborted: false }
      await discard(req.handle, stream)
      return { aborted: true }
    },

    async readOpen(
      req: ParsedRequestOf<'backup-read:open'>,
      from: W,
    ): Promise<ResponseOf<'backup-read:open'>> {
      const { source } = req
      let file: string
      if (source.kind === 'pick') {
        const chosen = await deps.chooseOpenPath(from, source.filters)
        if (!chosen) return { file: null }
        file = chosen
      } else {
        // A name that is not one of ours is never turned into a path.
        if (!isBackupFileName(source.name)) {
          throw new HandlerError(
            ERROR_CODES.invalidRequest,
            `not an automatic backup: ${source.name}`,
          )
        }
        file = path.join(deps.folder(), source.name)
      }
      const { size } = await fs.stat(file)
      const handle = await fs.open(file, 'r')
      const id = newId()
      reading.set(id, { file: handle })
      return { file: { handle: id, name: path.basename(file), size } }
    },

    async readChunk(
      req: ParsedRequestOf<'backup-read:chunk'>,
    ): Promise<ResponseOf<'backup-read:chunk'>> {
      const stream = reading.get(req.handle) ?? noSuchStream()
      const bytes = new Uint8Array(req.length)
      let filled = 0
      while (filled < req.length) {
        const { bytesRead } = await stream.file.read(
          bytes,
          filled,
          req.length - filled,
          req.offset + filled,
        )
        if (bytesRead === 0) break
        filled += bytesRead
      }
      return { bytes: bytes.subarray(0, filled) }
    },

    async readClose(
      req: ParsedRequestOf<'backup-read:close'>,
    ): Promise<ResponseOf<'backup-read:close'>> {
      const stream = reading.get(req.handle)
      if (!stream) return { closed: false }
      reading.delete(req.handle)
      await stream.file.close()
      return { closed: true }
    },

    /** Streams still open (the window closed mid-way): their temp files go. */
    async abortAll(): Promise<void> {
      await Promise.all([...writing].map(([id, stream]) => discard(id, stream)))
      await Promise.all(
        [...reading.values()].map((stream) => stream.file.close().catch(() => undefined)),
      )
      reading.clear()
    },
  }
}
