import path from 'node:path'
import { app, dialog, type BrowserWindow, type FileFilter, type SaveDialogOptions } from 'electron'
import { writeFileAtomic } from '../files/atomic-write'

/**
 * Asks where to save, then writes atomically. Used by `file:save` and `print:pdf`: disk writes
 * only ever go to a path the user chose.
 */
export async function saveWithDialog(
  window: BrowserWindow | null,
  suggestedName: string,
  bytes: Uint8Array,
  filters?: FileFilter[],
): Promise<{ saved: boolean; path?: string }> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) return { saved: false }
  await writeFileAtomic(result.filePath, bytes)
  return { saved: true, path: result.filePath }
}
