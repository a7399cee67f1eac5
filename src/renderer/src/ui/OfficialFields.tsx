import type { FieldErrors, UseFormRegister } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { signaturePrefixSchema, type Official } from '@shared/domain'
import { Field } from './form'
import { EnumOptions } from './EnumOptions'

/** Prefix, position, the office signed for (a.n., u.b.), name with titles, rank and NIP of an official who signs. */
export function OfficialFields(props: {
  legend: string
  prefix: string
  register: UseFormRegister<Record<string, unknown>>
  errors: FieldErrors<Official> | undefined
  showRank?: boolean
}) {
  const { t } = useTranslation('settings')
  const name = (field: keyof Official) => `${props.prefix}.${field}`
  return (
    <fieldset className="official">
      <legend>{props.legend}</legend>
      <div className="grid grid--official">
        <Field label={t('profile.headPrefix')} error={props.errors?.prefix}>
          {(control) => (
            <select {...control} {...props.register(name('prefix'))}>
              <EnumOptions values={signaturePrefixSchema.options} labels="enums.signaturePrefix" />
            </select>
          )}
        </Field>
        <Field label={t('profile.headPosition')} error={props.errors?.position}>
          {(control) => <input {...control} {...props.register(name('position'))} />}
        </Field>
        <Field label={t('profile.headOnBehalfOf')} error={props.errors?.onBehalfOf}>
          {(control) => <input {...control} {...props.register(name('onBehalfOf'))} />}
        </Field>
        <Field label={t('profile.headViaPosition')} error={props.errors?.viaPosition}>
          {(control) => <input {...control} {...props.register(name('viaPosition'))} />}
        </Field>
        <Field label={t('profile.headName')} error={props.errors?.name}>
          {(control) => <input {...control} {...props.register(name('name'))} />}
        </Field>
        {props.showRank !== false && (
          <Field label={t('profile.headRank')} error={props.errors?.rank}>
            {(control) => <input {...control} {...props.register(name('rank'))} />}
          </Field>
        )}
        <Field label={t('profile.headNip')} error={props.errors?.nip}>
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              {...props.register(name('nip'), {
                setValueAs: (value: string) => String(value ?? '').replace(/[\s.-]/g, ''),
              })}
            />
          )}
        </Field>
      </div>
    </fieldset>
  )
}
