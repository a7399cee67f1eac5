import { app, dialog, type BrowserWindow, type FileFilter, type SaveDialogOptions } from 'electron'
import { dialogDefaultPath, extensionOf, folderKindOf, rememberFolder } from '../dialog-folders'
import { writeFileAtomic } from '../files/atomic-write'
import { shell } from '../shell'

/**
 * Asks where to save, then writes atomically. Used by `file:save` and `print:pdf`: disk writes
 * only ever go to a path the user chose. The dialog starts in the folder last used for the same kind
 * of file.
 */
export async function saveWithDialog(
  window: BrowserWindow | null,
  suggestedName: string,
  bytes: Uint8Array,
  filters?: FileFilter[],
): Promise<{ saved: boolean; path?: string }> {
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
  if (result.canceled || !result.filePath) return { saved: false }
  await writeFileAtomic(result.filePath, bytes)
  void settings.update({ folders: rememberFolder(settings.read(), kind, result.filePath) })
  return { saved: true, path: result.filePath }
}
