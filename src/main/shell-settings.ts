import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { writeFileAtomic } from './files/atomic-write'

/**
 * What the shell remembers between runs, in `<userData>/shell-settings.json`: the main window's
 * place, the last folder per kind of file, the projector's display. Never data of a forum.
 * A missing or damaged file is the same as a first run.
 */
const rectSchema = z.object({
  x: z.int(),
  y: z.int(),
  width: z.int().positive(),
  height: z.int().positive(),
})

export const FOLDER_KINDS = [
  'documents',
  'spreadsheets',
  'backups',
  'photos',
  'pdf',
  'other',
] as const
export type FolderKind = (typeof FOLDER_KINDS)[number]

export const shellSettingsSchema = z.object({
  window: z.object({ bounds: rectSchema, maximized: z.boolean() }).optional(),
  folders: z.partialRecord(z.enum(FOLDER_KINDS), z.string().min(1)).optional(),
  projectorDisplayId: z.int().optional(),
})
export type ShellSettings = z.infer<typeof shellSettingsSchema>

export function parseShellSettings(text: string | null): ShellSettings {
  if (text === null) return {}
  try {
    const parsed = shellSettingsSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

export interface ShellSettingsStore {
  read(): ShellSettings
  update(change: Partial<ShellSettings>): Promise<void>
}

/** Read once at start (synchronously: the window's place is needed before it opens). */
export function openShellSettings(filePath: string): ShellSettingsStore {
  let text: string | null = null
  try {
    text = readFileSync(filePath, 'utf8')
  } catch {
    text = null
  }
  let current = parseShellSettings(text)
  let writing = Promise.resolve()
  return {
    read: () => current,
    update(change) {
      current = { ...current, ...change }
      const bytes = new TextEncoder().encode(JSON.stringify(current, null, 2))
      writing = writing
        .then(() => writeFileAtomic(filePath, bytes))
        .catch((error: unknown) => console.warn('[shell] could not save shell settings:', error))
      return writing
    },
  }
}
