/**
 * Chromium formats `<input type="date">` and `<input type="time">` in its own language, which
 * otherwise follows the operating system: an English Windows shows mm/dd/yyyy and AM/PM, and a
 * date typed the Indonesian way lands in a Berita Acara wrong. The `lang` switch fixes Chromium's
 * language to Indonesian (dd/mm/yyyy, 24-hour) on every laptop.
 *
 * It stays Indonesian when the UI is English: the dates typed go into Indonesian official
 * documents, so they are entered the way those documents write them. (It could not follow the UI
 * anyway: the switch works only before the app is ready, long before the page has said which
 * language it speaks.) The price is that Chromium's own few words (a form field's "please fill
 * in" bubble) are Indonesian too.
 */
export const CHROMIUM_LANGUAGE = 'id'

/** The parts of Electron's `app` the switch needs; tests pass a recorder. */
export interface LanguageSwitchSurface {
  isReady(): boolean
  commandLine: { appendSwitch(name: string, value?: string): void }
}

export function setIndonesianDates(app: LanguageSwitchSurface): void {
  // After `ready` Chromium has settled its language and the switch would silently do nothing.
  if (app.isReady()) throw new Error('the language switch must be set before the app is ready')
  app.commandLine.appendSwitch('lang', CHROMIUM_LANGUAGE)
}
