import type { ShellLanguage } from '@shared/ipc/contract'
import en from '@shared/i18n/locales/en/shell.json'
import id from '@shared/i18n/locales/id/shell.json'

/**
 * The words main shows itself (menus, context menu, dialogs), from the same `shell` namespace the
 * renderer loads, so both languages stay in the dictionaries the key-parity test checks.
 */
export type ShellText = typeof id

const TEXTS: Record<ShellLanguage, ShellText> = { id, en }

export function shellText(language: ShellLanguage): ShellText {
  return TEXTS[language]
}

/** Fills `{{name}}` placeholders, as i18next does in the renderer. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole)
}
