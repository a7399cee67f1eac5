import { describe, expect, it } from 'vitest'
import {
  CHROMIUM_LANGUAGE,
  setIndonesianDates,
  type LanguageSwitchSurface,
} from '../../../src/main/chromium-language'

function fakeApp(ready: boolean) {
  const switches: [string, string | undefined][] = []
  const app: LanguageSwitchSurface = {
    isReady: () => ready,
    commandLine: { appendSwitch: (name, value) => switches.push([name, value]) },
  }
  return { app, switches }
}

describe('setIndonesianDates', () => {
  it("sets Chromium's language to Indonesian before the app is ready", () => {
    const { app, switches } = fakeApp(false)

    setIndonesianDates(app)

    expect(switches).toEqual([['lang', 'id']])
    expect(CHROMIUM_LANGUAGE).toBe('id')
  })

  it('refuses once the app is ready, when the switch would be ignored without a word', () => {
    const { app, switches } = fakeApp(true)

    expect(() => setIndonesianDates(app)).toThrow(/before the app is ready/)
    expect(switches).toEqual([])
  })
})
