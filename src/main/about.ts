import type { MessageBoxOptions } from 'electron'
import type { ShellLanguage } from '@shared/ipc/contract'
import type { BundledLicence } from './licences'
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
    buttons: [text.ok, text.openDataFolder, text.licences],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  }
}

/** The buttons of aboutDialogOptions that open the data folder and the licence list. */
export const OPEN_DATA_FOLDER_BUTTON = 1
export const LICENCES_BUTTON = 2

/** The button of licencesDialogOptions that saves the full texts. */
export const SAVE_LICENCES_BUTTON = 1

/** Library names per licence, the most used licence first: "MIT (77): a, b, …". */
function byLicence(libraries: readonly BundledLicence[]): string {
  const groups = new Map<string, Set<string>>()
  for (const library of libraries) {
    const names = groups.get(library.license) ?? new Set<string>()
    names.add(library.name)
    groups.set(library.license, names)
  }
  return [...groups]
    .sort(([a, x], [b, y]) => y.size - x.size || a.localeCompare(b, 'en'))
    .map(([license, names]) => `${license} (${names.size}): ${[...names].join(', ')}`)
    .join('\n\n')
}

/**
 * "Lisensi pustaka": every library the build ships, grouped by licence; the full texts can be
 * saved to a file. A build without the generated list says so instead of showing nothing.
 */
export function licencesDialogOptions(
  libraries: readonly BundledLicence[],
  version: string,
  language: ShellLanguage,
): MessageBoxOptions {
  const text = shellText(language).about
  const common = { type: 'info' as const, title: text.licencesTitle, defaultId: 0, cancelId: 0 }
  if (libraries.length === 0) {
    return { ...common, message: text.licencesMissing, buttons: [text.ok] }
  }
  return {
    ...common,
    message: fill(text.licencesMessage, { version, count: String(libraries.length) }),
    detail: byLicence(libraries),
    buttons: [text.ok, text.saveLicences],
    noLink: true,
  }
}

/** The saved file: each library with its version, licence and licence text. */
export function licencesText(
  libraries: readonly BundledLicence[],
  version: string,
  language: ShellLanguage,
): string {
  const text = shellText(language).about
  const sections = libraries.map(
    (library) =>
      `${library.name} ${library.version} — ${library.license}\n\n${library.text ?? text.noLicenceFile}`,
  )
  return (
    [fill(text.licencesFileTitle, { version }), ...sections].join(`\n\n${'-'.repeat(72)}\n\n`) +
    '\n'
  )
}
