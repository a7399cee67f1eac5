import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron'
import { CHANNELS, ERROR_CODES, MAX_FILE_BYTES } from '@shared/ipc/contract'
import { dialogDefaultPath, folderKindOf, rememberFolder } from '../dialog-folders'
import { shell } from '../shell'
import { HandlerError, handle } from './handle'
import { senderWindow } from './dialog-parent'
import { saveWithDialog } from './save-dialog'

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Asks which file to open; null when cancelled. Starts in, and remembers, the kind's folder. */
export async function askOpenPath(
  window: BrowserWindow | null,
  filters?: FileFilter[],
): Promise<string | null> {
  const settings = shell().settings
  const kind = folderKindOf((filters ?? []).flatMap((filter) => filter.extensions))
  const options = {
    defaultPath: dialogDefaultPath(settings.read(), kind, app.getPath('documents')),
    filters,
    properties: ['openFile' as const],
  }
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options)
  const filePath = result.filePaths[0]
  if (result.canceled || !filePath) return null
  void settings.update({ folders: rememberFolder(settings.read(), kind, filePath) })
  return filePath
}

export function registerFileHandlers(): void {
  handle(CHANNELS.saveFile, (req, event) =>
    saveWithDialog(senderWindow(event), req.suggestedName, req.bytes, req.filters),
  )

  handle(CHANNELS.openFile, async (req, event) => {
    const filePath = await askOpenPath(senderWindow(event), req.filters)
    if (!filePath) return { file: null }

    const limit = req.maxBytes ?? MAX_FILE_BYTES
    const { size } = await stat(filePath)
    if (size > limit) {
      throw new HandlerError(
        ERROR_CODES.fileTooLarge,
        `${path.basename(filePath)} is ${formatMegabytes(size)}; the limit is ${formatMegabytes(limit)}.`,
      )
    }
    const buffer = await readFile(filePath)
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    return { file: { name: path.basename(filePath), bytes } }
  })
}
