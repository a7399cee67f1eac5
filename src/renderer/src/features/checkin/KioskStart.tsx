import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { hashPassphrase } from '@shared/backup'
import { KIOSK_PIN } from '@shared/settings'
import { useRepositories } from '../../db'
import { Field } from '../../ui/form'

/** Turns this laptop into the forum's self sign-in desk, with a PIN for the staff to leave it. */
export function KioskStart({ forumId }: { forumId: string }) {
  const { t } = useTranslation('checkin')
  const { settings } = useRepositories()
  const [open, setOpen] = useState(false)
  const [pin, setPin] = useState('')
  const [repeat, setRepeat] = useState('')
  const [tried, setTried] = useState(false)
  const pinProblem = KIOSK_PIN.test(pin) ? null : t('kiosk.pinProblem')
  const repeatProblem = repeat === pin ? null : t('kiosk.pinMismatch')

  async function start(event: FormEvent) {
    event.preventDefault()
    setTried(true)
    if (pinProblem || repeatProblem) return
    await settings.set('kiosk', { forumId, pin: await hashPassphrase(pin) })
  }

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('kiosk.start')}
      </button>
    )
  }
  return (
    <form className="card kiosk__start" noValidate onSubmit={(e) => void start(e)}>
      <p className="hint">{t('kiosk.intro')}</p>
      <Field
        label={t('kiosk.pin')}
        hint={t('kiosk.pinHint')}
        errorText={tried ? pinProblem : undefined}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={pin}
            onChange={(e) => setPin(e.target.value.trim())}
          />
        )}
      </Field>
      <Field label={t('kiosk.pinRepeat')} errorText={tried ? repeatProblem : undefined}>
        {(control) => (
          <input
            {...control}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value.trim())}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {t('kiosk.begin')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('kiosk.cancel')}
        </button>
      </div>
    </form>
  )
}
