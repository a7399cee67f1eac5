import type { MessageBoxOptions } from 'electron'
import type { ShellLanguage } from '@shared/ipc/contract'
import { fill, shellText } from './shell-text'

export interface AboutFacts {
  version: string
  electron: string
  dataFolder: string
}

/** "Tentang Mufakat": the version and where the data lives (what support asks first). */
export function aboutDialogOptions(facts: AboutFacts, language: ShellLanguage): MessageBoxOptions {
  const text = shellText(language).about
  return {
    type: 'info',
    title: text.title,
    message: `Mufakat ${facts.version}`,
    detail: fill(text.detail, { ...facts }),
    buttons: [text.ok, text.openDataFolder],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  }
}

/** The button of aboutDialogOptions that opens the data folder. */
export const OPEN_DATA_FOLDER_BUTTON = 1
