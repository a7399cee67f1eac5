import { useState } from 'react'
import { Controller, useForm, type UseFormRegister } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { useTranslation } from 'react-i18next'
import {
  fontSchema,
  organisationProfileSchema,
  pageNumberPositionSchema,
  paperSchema,
  publicPhonesSchema,
  timeZoneSchema,
  type OrganisationProfile,
} from '@shared/domain'
import { formatNomor, nextCounter } from '@shared/format/nomor'
import { Field, LinesInput } from '../../ui/form'
import { OfficialFields } from '../../ui/OfficialFields'
import { useToday } from '../../ui/clock'
import { useRepositories, type OrganisationProfileInput } from '../../db'
import { defaultProfileValues } from './profile-form-values'
import { EmblemInput } from './EmblemInput'
import { EnumOptions } from '../../ui/EnumOptions'
import { useErrorText } from '../../ui/errors'

// The stored record adds only id and timestamps; the form is judged by the same rules.
const profileFieldsSchema = organisationProfileSchema.omit({
  id: true,
  createdAt: true,
  updatedAt: true,
})
type ProfileFormInput = z.input<typeof profileFieldsSchema>

export function OrganisationProfileForm({ profile }: { profile: OrganisationProfile | null }) {
  const { t } = useTranslation('settings')
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const { organisation } = useRepositories()
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const today = useToday()
  const initial: OrganisationProfileInput =
    profile ?? defaultProfileValues(Number(today.slice(0, 4)))
  const { register, control, handleSubmit, watch, formState } = useForm<
    ProfileFormInput,
    unknown,
    OrganisationProfileInput
  >({
    defaultValues: initial,
    resolver: zodResolver(profileFieldsSchema),
  })
  const errors = formState.errors
  const [pattern, kode, unit, counter] = watch([
    'nomorPattern',
    'classificationCode',
    'unitCode',
    'nomorCounter',
  ])
  const year = Number(today.slice(0, 4))
  let preview = ''
  try {
    const next = nextCounter(
      { year: Number(counter.year) || year, last: Number(counter.last) || 0 },
      year,
    )
    preview = formatNomor(pattern, {
      kode: kode ?? '',
      urut: next.last,
      unit: unit ?? '',
      isoDate: today,
    })
  } catch {
    preview = '—'
  }

  const onSubmit = handleSubmit(
    async (values) => {
      try {
        await organisation.save(values)
        setMessage({ kind: 'ok', text: t('profile.saved') })
      } catch (error) {
        setMessage({ kind: 'error', text: tc('status.saveFailed', { message: errorText(error) }) })
      }
    },
    () => setMessage({ kind: 'error', text: tc('status.formInvalid') }),
  )

  return (
    <form onSubmit={onSubmit} noValidate className="form" data-testid="profile-form">
      <h2>{t('profile.title')}</h2>
      <p>{t('profile.intro')}</p>
      {message && (
        <p
          className={`banner ${message.kind === 'error' ? 'banner--error' : 'banner--ok'}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="profile-message"
        >
          {message.text}
        </p>
      )}
      <fieldset>
        <legend>{t('profile.kopLines')}</legend>
        <Controller
          control={control}
          name="kopLines"
          render={({ field, fieldState }) => (
            <Field
              label={t('profile.kopLines')}
              hint={t('profile.kopLinesHint')}
              error={fieldState.error}
            >
              {(control) => (
                <LinesInput {...control} value={field.value} onChange={field.onChange} />
              )}
            </Field>
          )}
        />
        <div className="grid grid--2">
          <Field label={t('profile.unitName')} error={errors.unitName}>
            {(control) => <input {...control} {...register('unitName')} />}
          </Field>
          <Field label={t('profile.unitCode')} error={errors.unitCode}>
            {(control) => <input {...control} {...register('unitCode')} />}
          </Field>
          <Field label={t('profile.address')} error={errors.address}>
            {(control) => <input {...control} {...register('address')} />}
          </Field>
          <Field label={t('profile.phone')} error={errors.phone}>
            {(control) => <input {...control} {...register('phone')} />}
          </Field>
          <Field label={t('profile.email')} error={errors.email}>
            {(control) => <input {...control} type="email" {...register('email')} />}
          </Field>
          <Field label={t('profile.website')} error={errors.website}>
            {(control) => <input {...control} {...register('website')} />}
          </Field>
        </div>
        <Controller
          control={control}
          name="emblemPng"
          render={({ field }) => <EmblemInput value={field.value} onChange={field.onChange} />}
        />
      </fieldset>
      <fieldset>
        <legend>{t('profile.paper')}</legend>
        <div className="grid grid--4">
          <Field label={t('profile.city')} error={errors.city}>
            {(control) => <input {...control} {...register('city')} />}
          </Field>
          <Field label={t('profile.timeZone')}>
            {(control) => (
              <select {...control} {...register('timeZone')}>
                {timeZoneSchema.options.map((zone) => (
                  <option key={zone}>{zone}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('profile.paper')}>
            {(control) => (
              <select {...control} {...register('paper')}>
                <EnumOptions values={paperSchema.options} labels="enums.paper" />
              </select>
            )}
          </Field>
          <Field label={t('profile.font')}>
            {(control) => (
              <select {...control} {...register('font')}>
                {fontSchema.options.map((font) => (
                  <option key={font}>{font}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('profile.fontSize')} error={errors.fontSizePt}>
            {(control) => (
              <input
                {...control}
                type="number"
                {...register('fontSizePt', { valueAsNumber: true })}
              />
            )}
          </Field>
          <Field label={t('profile.pageNumbers')}>
            {(control) => (
              <select {...control} {...register('pageNumberPosition')}>
                <EnumOptions
                  values={pageNumberPositionSchema.options}
                  labels="enums.pageNumberPosition"
                />
              </select>
            )}
          </Field>
          <Field label={t('profile.publicPhones')}>
            {(control) => (
              <select {...control} {...register('publicPhones')}>
                <EnumOptions values={publicPhonesSchema.options} labels="enums.publicPhones" />
              </select>
            )}
          </Field>
          {(['top', 'bottom', 'left', 'right'] as const).map((side) => (
            <Field
              key={side}
              label={`${t('profile.margins')} ${t(`profile.margin${side[0]!.toUpperCase()}${side.slice(1)}`)}`}
              error={errors.marginsCm?.[side]}
            >
              {(control) => (
                <input
                  {...control}
                  type="number"
                  step="0.1"
                  {...register(`marginsCm.${side}`, { valueAsNumber: true })}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('profile.nomorPattern')}</legend>
        <div className="grid grid--3">
          <Field
            label={t('profile.nomorPattern')}
            hint={t('profile.nomorPatternHint')}
            error={errors.nomorPattern}
          >
            {(control) => <input {...control} {...register('nomorPattern')} />}
          </Field>
          <Field label={t('profile.classificationCode')}>
            {(control) => <input {...control} {...register('classificationCode')} />}
          </Field>
          <Field
            label={t('profile.counter', { year: counter.year })}
            error={errors.nomorCounter?.last}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={0}
                {...register('nomorCounter.last', { valueAsNumber: true })}
              />
            )}
          </Field>
        </div>
        <p className="hint" data-testid="nomor-preview">
          {t('profile.nomorPreview', { nomor: preview })}
        </p>
      </fieldset>
      <OfficialFields
        legend={t('profile.head')}
        prefix="head"
        register={register as unknown as UseFormRegister<Record<string, unknown>>}
        errors={errors.head}
      />
      <div className="form__actions">
        <button type="submit" className="button--primary">
          {tc('actions.save')}
        </button>
      </div>
    </form>
  )
}
