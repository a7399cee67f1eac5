import { app, dialog, type BrowserWindow, type FileFilter, type SaveDialogOptions } from 'electron'
import { dialogDefaultPath, extensionOf, folderKindOf, rememberFolder } from '../dialog-folders'
import { writeFileAtomic } from '../files/atomic-write'
import { shell } from '../shell'

/**
 * Asks where to save; null when cancelled. The dialog starts in the folder last used for the same
 * kind of file, and the chosen folder is remembered.
 */
export async function askSavePath(
  window: BrowserWindow | null,
  suggestedName: string,
  filters?: FileFilter[],
): Promise<string | null> {
  const settings = shell().settings
  const kind = folderKindOf(extensionOf(suggestedName))
  const options: SaveDialogOptions = {
    defaultPath: dialogDefaultPath(settings.read(), kind, app.getPath('documents'), suggestedName),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) return null
  void settings.update({ folders: rememberFolder(settings.read(), kind, result.filePath) })
  return result.filePath
}

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
  const filePath = await askSavePath(window, suggestedName, filters)
  if (!filePath) return { saved: false }
  await writeFileAtomic(filePath, bytes)
  return { saved: true, path: filePath }
}
