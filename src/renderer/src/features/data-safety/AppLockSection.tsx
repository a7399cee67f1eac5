import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { hashPassphrase } from '@shared/backup'
import { useRepositories } from '../../db'
import type { AppLockSetting } from '@shared/settings'
import { Field } from '../../ui/form'
import { useAppLockSetting } from './hooks'
import { useAppLock } from './lock-context'

const MIN_LENGTH = 6

const lockFormSchema = z
  .object({
    passphrase: z.string().min(MIN_LENGTH),
    repeat: z.string(),
    idleMinutes: z.number().int().min(1).max(240),
  })
  .refine((values) => values.passphrase === values.repeat, {
    path: ['repeat'],
    message: 'passphrase_mismatch',
  })
type LockFormValues = z.infer<typeof lockFormSchema>

export function AppLockSection() {
  const { t } = useTranslation('dataSafety')
  const { appLock } = useRepositories()
  const lock = useAppLockSetting()
  const { lockNow, keepOpen } = useAppLock()
  const { register, handleSubmit, reset, formState } = useForm<LockFormValues>({
    defaultValues: { passphrase: '', repeat: '', idleMinutes: 10 },
    resolver: zodResolver(lockFormSchema),
  })
  const errors = formState.errors
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [current, setCurrent] = useState('')
  const [checking, setChecking] = useState(false)

  const enable = handleSubmit(async ({ passphrase, idleMinutes }) => {
    setMessage(null)
    const value: AppLockSetting = { hash: await hashPassphrase(passphrase), idleMinutes }
    keepOpen()
    await appLock.enable(value)
    reset({ passphrase: '', repeat: '', idleMinutes })
    setMessage({ ok: true, text: t('lock.enabled') })
  })

  async function disable() {
    setMessage(null)
    setChecking(true)
    try {
      const off = await appLock.disable(current)
      setCurrent('')
      setMessage(
        off ? { ok: true, text: t('lock.disabled') } : { ok: false, text: t('lock.disableWrong') },
      )
    } finally {
      setChecking(false)
    }
  }

  return (
    <section className="data-safety__section" aria-labelledby="lock-title">
      <h2 id="lock-title">{t('lock.title')}</h2>
      <p className="hint">{t('lock.intro')}</p>
      {lock === null && (
        <form noValidate onSubmit={(e) => void enable(e)}>
          <p data-testid="lock-state">{t('lock.off')}</p>
          <div className="grid grid--3">
            <Field label={t('lock.passphrase')} error={errors.passphrase}>
              {(control) => (
                <input
                  {...control}
                  data-testid="lock-new"
                  type="password"
                  autoComplete="new-password"
                  {...register('passphrase')}
                />
              )}
            </Field>
            <Field label={t('lock.repeat')} error={errors.repeat}>
              {(control) => (
                <input
                  {...control}
                  data-testid="lock-repeat"
                  type="password"
                  autoComplete="new-password"
                  {...register('repeat')}
                />
              )}
            </Field>
            <Field label={t('lock.idle')} error={errors.idleMinutes}>
              {(control) => (
                <input
                  {...control}
                  data-testid="lock-idle"
                  type="number"
                  min={1}
                  max={240}
                  {...register('idleMinutes', { valueAsNumber: true })}
                />
              )}
            </Field>
          </div>
          <button type="submit" data-testid="lock-enable" disabled={formState.isSubmitting}>
            {t('lock.enable')}
          </button>
        </form>
      )}
      {lock && (
        <div className="form__actions">
          <p data-testid="lock-state">{t('lock.on', { count: lock.idleMinutes })}</p>
          <button type="button" data-testid="lock-now" onClick={lockNow}>
            {t('lock.lockNow')}
          </button>
          <Field label={t('lock.disablePassphrase')}>
            {(control) => (
              <input
                {...control}
                data-testid="lock-disable-passphrase"
                type="password"
                autoComplete="current-password"
                value={current}
                onChange={(e) => setCurrent(e.target.value)}
              />
            )}
          </Field>
          <button
            type="button"
            data-testid="lock-disable"
            disabled={checking || current === ''}
            onClick={() => void disable()}
          >
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
