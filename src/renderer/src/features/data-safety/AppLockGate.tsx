import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { verifyPassphrase, type PassphraseHash } from '@shared/backup'
import { Field } from '../../ui/form'
import { useAppLockSetting } from './hooks'
import { AppLockContext } from './lock-context'
import { AutoBackupNotice } from './AutoBackupNotice'
import { useAutoBackup } from './use-auto-backup'
import './data-safety.css'

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const
const IDLE_CHECK_MS = 5_000

function LockScreen(props: { hash: PassphraseHash; onUnlock: () => void }) {
  const { t } = useTranslation('dataSafety')
  const [passphrase, setPassphrase] = useState('')
  const [checking, setChecking] = useState(false)
  const [wrong, setWrong] = useState(false)
  return (
    <main className="data-safety__lock" data-testid="lock-screen">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          setChecking(true)
          void verifyPassphrase(passphrase, props.hash).then((ok) => {
            setChecking(false)
            setWrong(!ok)
            setPassphrase('')
            if (ok) props.onUnlock()
          })
        }}
      >
        <h1>{t('lock.screenTitle')}</h1>
        <p>{t('lock.screenIntro')}</p>
        <Field
          label={t('lock.current')}
          errorText={wrong ? <span data-testid="lock-error">{t('lock.wrong')}</span> : undefined}
        >
          {(control) => (
            <input
              {...control}
              data-testid="lock-passphrase"
              type="password"
              autoComplete="current-password"
              autoFocus
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          )}
        </Field>
        <button
          type="submit"
          className="button--primary"
          data-testid="lock-unlock"
          disabled={checking}
        >
          {checking ? t('lock.checking') : t('lock.unlock')}
        </button>
      </form>
    </main>
  )
}

/**
 * Wraps the app: the lock screen at start and after an idle time (the screens behind stay mounted,
 * hidden, so nothing typed is lost), and the automatic backups.
 */
export function AppLockGate(props: { children: ReactNode }) {
  const autoBackup = useAutoBackup()
  const setting = useAppLockSetting()
  // Unlocked once this session: from then on an idle lock keeps the screens mounted behind it.
  const [unlocked, setUnlocked] = useState(false)
  const [idle, setIdle] = useState(false)
  // The projector shows the room what it already sees, and nobody can type a passphrase there.
  const projector = useLocation().pathname.startsWith('/projector/')

  useEffect(() => {
    if (!setting || !unlocked || idle) return
    let last = Date.now()
    const touch = () => {
      last = Date.now()
    }
    for (const event of ACTIVITY) window.addEventListener(event, touch, { passive: true })
    const timer = setInterval(() => {
      if (Date.now() - last >= setting.idleMinutes * 60_000) setIdle(true)
    }, IDLE_CHECK_MS)
    return () => {
      for (const event of ACTIVITY) window.removeEventListener(event, touch)
      clearInterval(timer)
    }
  }, [setting, unlocked, idle])

  const context = {
    lockNow: () => setIdle(true),
    keepOpen: () => setUnlocked(true),
  }
  if (projector) return props.children
  if (setting === undefined) return null
  const locked = setting !== null && (!unlocked || idle)
  const mounted = setting === null || unlocked
  return (
    <AppLockContext.Provider value={context}>
      {locked && (
        <LockScreen
          hash={setting.hash}
          onUnlock={() => {
            setUnlocked(true)
            setIdle(false)
          }}
        />
      )}
      {mounted && (
        <div
          style={{ display: locked ? 'none' : 'contents' }}
          inert={locked}
          aria-hidden={locked || undefined}
        >
          {autoBackup.failure !== null && (
            <AutoBackupNotice failure={autoBackup.failure} onDismiss={autoBackup.dismiss} />
          )}
          {props.children}
        </div>
      )}
    </AppLockContext.Provider>
  )
}
