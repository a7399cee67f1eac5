import * as nodeFs from 'node:fs/promises'
import type { ParsedRequestOf, ResponseOf } from '@shared/ipc/contract'
import { listBackups, readBackup, writeBackup, type BackupFolderFs } from '../files/backups'

/** What the backup channels need from Electron and the disk, injected so tests need neither. */
export interface BackupDeps {
  /** `<userData>/backups/`. */
  folder(): string
  fs?: BackupFolderFs
  /** Electron's `shell.openPath`: resolves '' when opened, else the reason. */
  openPath(path: string): Promise<string>
  mkdir?(path: string): Promise<unknown>
}

export function backupHandlers(deps: BackupDeps) {
  const fs = deps.fs ?? nodeFs
  const mkdir = deps.mkdir ?? ((dir: string) => nodeFs.mkdir(dir, { recursive: true }))
  return {
    async write(
      req: ParsedRequestOf<'backup:write-auto'>,
    ): Promise<ResponseOf<'backup:write-auto'>> {
      return { path: await writeBackup(deps.folder(), req.bytes, req.reason, req.timeZone) }
    },
    async list(): Promise<ResponseOf<'backup:list-auto'>> {
      return { kept: true, backups: await listBackups(deps.folder(), fs) }
    },
    async read(req: ParsedRequestOf<'backup:read-auto'>): Promise<ResponseOf<'backup:read-auto'>> {
      return { bytes: await readBackup(deps.folder(), req.name, fs) }
    },
    /** "Buka folder cadangan": made first, so the button works before the first backup too. */
    async openFolder(): Promise<ResponseOf<'backup:open-folder'>> {
      await mkdir(deps.folder())
      return { opened: (await deps.openPath(deps.folder())) === '' }
    },
  }
}
