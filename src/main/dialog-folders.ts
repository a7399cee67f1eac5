import path from 'node:path'
import type { FolderKind, ShellSettings } from './shell-settings'

/**
 * Dialogs open in the folder last used for the same kind of file (invitation lists with
 * invitation lists, backups with backups), else in Documents. Pure, so tested in
 * tests/unit/main/dialog-folders.test.ts.
 */
const KIND_OF_EXTENSION: Record<string, FolderKind> = {
  docx: 'documents',
  doc: 'documents',
  odt: 'documents',
  xlsx: 'spreadsheets',
  xls: 'spreadsheets',
  csv: 'spreadsheets',
  ods: 'spreadsheets',
  mufakat: 'backups',
  backup: 'backups',
  zip: 'backups',
  png: 'photos',
  jpg: 'photos',
  jpeg: 'photos',
  webp: 'photos',
  pdf: 'pdf',
}

/** The kind of the first extension that has one (a dialog's filters or a suggested name). */
export function folderKindOf(extensions: readonly string[]): FolderKind {
  for (const extension of extensions) {
    const kind = KIND_OF_EXTENSION[extension.replace(/^\./, '').toLowerCase()]
    if (kind) return kind
  }
  return 'other'
}

export function extensionOf(fileName: string): string[] {
  const extension = path.extname(fileName)
  return extension ? [extension] : []
}

/** Where a dialog starts: the remembered folder of its kind, with the suggested name if any. */
export function dialogDefaultPath(
  settings: ShellSettings,
  kind: FolderKind,
  fallbackFolder: string,
  suggestedName?: string,
): string {
  const folder = settings.folders?.[kind] ?? fallbackFolder
  return suggestedName ? path.join(folder, suggestedName) : folder
}

/** The folders after the user picked `chosenPath` in a dialog of `kind`. */
export function rememberFolder(
  settings: ShellSettings,
  kind: FolderKind,
  chosenPath: string,
): NonNullable<ShellSettings['folders']> {
  return { ...settings.folders, [kind]: path.dirname(chosenPath) }
}
