import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { hashPassphrase } from '@shared/backup'
import { useRepositories } from '../../db'
import type { AppLockSetting } from '@shared/settings'
import { useAppLockSetting } from './hooks'
import { useAppLock } from './lock-context'

const MIN_LENGTH = 6

export function AppLockSection() {
  const { t } = useTranslation('dataSafety')
  const { settings } = useRepositories()
  const lock = useAppLockSetting()
  const { lockNow, keepOpen } = useAppLock()
  const [passphrase, setPassphrase] = useState('')
  const [repeat, setRepeat] = useState('')
  const [idleMinutes, setIdleMinutes] = useState(10)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function enable() {
    if (passphrase.length < MIN_LENGTH) return setMessage({ ok: false, text: t('lock.tooShort') })
    if (passphrase !== repeat) return setMessage({ ok: false, text: t('lock.mismatch') })
    setBusy(true)
    const value: AppLockSetting = { hash: await hashPassphrase(passphrase), idleMinutes }
    keepOpen()
    await settings.set('appLock', value)
    setBusy(false)
    setPassphrase('')
    setRepeat('')
    setMessage({ ok: true, text: t('lock.enabled') })
  }

  async function disable() {
    await settings.set('appLock', null)
    setMessage({ ok: true, text: t('lock.disabled') })
  }

  return (
    <section className="data-safety__section" aria-labelledby="lock-title">
      <h2 id="lock-title">{t('lock.title')}</h2>
      <p className="hint">{t('lock.intro')}</p>
      {lock === null && (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void enable()
          }}
        >
          <p data-testid="lock-state">{t('lock.off')}</p>
          <div className="grid grid--3">
            <div className="field">
              <label htmlFor="lock-new">{t('lock.passphrase')}</label>
              <input
                id="lock-new"
                data-testid="lock-new"
                type="password"
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="lock-repeat">{t('lock.repeat')}</label>
              <input
                id="lock-repeat"
                data-testid="lock-repeat"
                type="password"
                autoComplete="new-password"
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="lock-idle">{t('lock.idle')}</label>
              <input
                id="lock-idle"
                data-testid="lock-idle"
                type="number"
                min={1}
                max={240}
                value={idleMinutes}
                onChange={(e) => setIdleMinutes(Math.max(1, Number(e.target.value) || 1))}
              />
            </div>
          </div>
          <button type="submit" data-testid="lock-enable" disabled={busy}>
            {t('lock.enable')}
          </button>
        </form>
      )}
      {lock && (
        <div className="form__actions">
          <p data-testid="lock-state">{t('lock.on', { minutes: lock.idleMinutes })}</p>
          <button type="button" data-testid="lock-now" onClick={lockNow}>
            {t('lock.lockNow')}
          </button>
          <button type="button" data-testid="lock-disable" onClick={() => void disable()}>
            {t('lock.disable')}
          </button>
        </div>
      )}
      {message && (
        <p
          className={`banner ${message.ok ? 'banner--ok' : 'banner--error'}`}
          data-testid="lock-message"
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
    </section>
  )
}
