import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProjectorDisplays } from '@shared/ipc/contract'
import { formatNumber } from '@shared/format/numbers'
import { useLiveQuery, useRepositories } from '../../db'
import { getPlatform } from '../../platform/bridge'
import { useErrorText } from '../../ui/errors'
import {
  DEFAULT_PROJECTOR_LOOK,
  PROJECTOR_TEXT_SIZES,
  PROJECTOR_THEMES,
  type ProjectorLook,
  type ProjectorMessage,
} from './projector-channel'

/**
 * How the hall's screen looks, picked from the main window: which display the projector goes to
 * (the desktop lists them; the browser knows its own), its theme and its text size. The look is a
 * setting, so a reloaded projector keeps it, and it is pushed through the projector channel so
 * the screen follows at once.
 */
export function ProjectorControls({ send }: { send: (message: ProjectorMessage) => void }) {
  const { t } = useTranslation('live')
  const errorText = useErrorText()
  const { settings } = useRepositories()
  const stored = useLiveQuery(() => settings.get('projectorLook'), [settings])
  // The last choice made here wins over the stored one until the store catches up: two quick
  // changes (theme, then text size) must not build the second on a look read before the first.
  const [chosen, setChosen] = useState<ProjectorLook | null>(null)
  const look = chosen ?? stored ?? DEFAULT_PROJECTOR_LOOK
  const [displays, setDisplays] = useState<ProjectorDisplays | null>(null)
  // The error itself, so its text follows a change of language.
  const [failure, setFailure] = useState<unknown>(null)

  useEffect(() => {
    let current = true
    getPlatform()
      .projectorDisplays()
      .then((answer) => current && setDisplays(answer))
      .catch((error: unknown) => current && setFailure(error))
    return () => {
      current = false
    }
  }, [])

  function setLook(next: ProjectorLook) {
    setChosen(next)
    void settings.set('projectorLook', next)
    send({ type: 'look', look: next })
  }

  async function chooseDisplay(value: string) {
    setFailure(null)
    try {
      setDisplays(
        await getPlatform().chooseProjectorDisplay({
          displayId: value === '' ? null : Number(value),
        }),
      )
    } catch (error) {
      setFailure(error)
    }
  }

  return (
    <div className="live__projector-look" data-testid="projector-controls">
      <label className="toolbar__field">
        {t('projector.display')}
        <select
          value={displays?.chosenId ?? ''}
          disabled={!displays}
          onChange={(e) => void chooseDisplay(e.target.value)}
        >
          <option value="">{t('projector.displayAuto')}</option>
          {displays?.displays.map((display, index) => (
            <option key={display.id} value={display.id}>
              {t(display.primary ? 'projector.displayPrimary' : 'projector.displayOther', {
                name: display.label || t('projector.displayNumber', { number: index + 1 }),
                width: formatNumber(display.width),
                height: formatNumber(display.height),
              })}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar__field">
        {t('projector.theme')}
        <select
          value={look.theme}
          onChange={(e) => setLook({ ...look, theme: e.target.value as ProjectorLook['theme'] })}
        >
          {PROJECTOR_THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`projector.themes.${theme}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar__field">
        {t('projector.textSize')}
        <select
          value={look.textSize}
          onChange={(e) =>
            setLook({ ...look, textSize: e.target.value as ProjectorLook['textSize'] })
          }
        >
          {PROJECTOR_TEXT_SIZES.map((size) => (
            <option key={size} value={size}>
              {t(`projector.textSizes.${size}`)}
            </option>
          ))}
        </select>
      </label>
      {failure !== null && (
        <p className="banner banner--error" role="alert">
          {errorText(failure)}
        </p>
      )}
    </div>
  )
}
