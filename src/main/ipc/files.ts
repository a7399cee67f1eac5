import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { app, dialog } from 'electron'
import { CHANNELS, ERROR_CODES, MAX_FILE_BYTES } from '@shared/ipc/contract'
import { dialogDefaultPath, folderKindOf, rememberFolder } from '../dialog-folders'
import { shell } from '../shell'
import { HandlerError, handle } from './handle'
import { senderWindow } from './dialog-parent'
import { saveWithDialog } from './save-dialog'

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

export function registerFileHandlers(): void {
  handle(CHANNELS.saveFile, (req, event) =>
    saveWithDialog(senderWindow(event), req.suggestedName, req.bytes, req.filters),
  )

  handle(CHANNELS.openFile, async (req, event) => {
    const window = senderWindow(event)
    const settings = shell().settings
    const kind = folderKindOf((req.filters ?? []).flatMap((filter) => filter.extensions))
    const options = {
      defaultPath: dialogDefaultPath(settings.read(), kind, app.getPath('documents')),
      filters: req.filters,
      properties: ['openFile' as const],
    }
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options)
    const filePath = result.filePaths[0]
    if (result.canceled || !filePath) return { file: null }
    void settings.update({ folders: rememberFolder(settings.read(), kind, filePath) })

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
