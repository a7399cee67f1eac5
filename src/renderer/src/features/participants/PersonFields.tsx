import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { unsurSchema, type PersonFieldsInput } from '@shared/domain'
import { Field } from '../../ui/form'
import { EnumOptions } from '../../ui/EnumOptions'

export type PersonFormValues = PersonFieldsInput

export const EMPTY_PERSON: PersonFormValues = {
  name: '',
  gender: 'L',
  unsur: 'pengguna_layanan',
  subCategory: '',
  institution: '',
  position: '',
  phone: '',
  email: '',
  address: '',
  nip: '',
  disability: false,
  consent: false,
  consentAt: null,
}

interface PersonFieldsProps {
  register: UseFormRegister<PersonFormValues>
  control: Control<PersonFormValues>
  errors: FieldErrors<PersonFormValues>
  /** The desk asks only what a walk-in needs: name, L/P, unsur, instansi, phone, consent. */
  compact?: boolean
  idPrefix: string
}

/** A participant's fields, judged by the person schema. */
export function PersonFields({ register, control, errors, compact, idPrefix }: PersonFieldsProps) {
  const { t } = useTranslation('participants')
  return (
    <div className={compact ? 'grid grid--2' : 'grid grid--3'} data-testid={`${idPrefix}-fields`}>
      <Field
        label={t('fields.name')}
        hint={compact ? undefined : t('fields.nameHint')}
        error={errors.name}
      >
        {(control) => <input {...control} {...register('name')} data-testid={`${idPrefix}-name`} />}
      </Field>
      <Field label={t('fields.gender')} error={errors.gender}>
        {(props) => (
          <Controller
            control={control}
            name="gender"
            render={({ field }) => (
              <select {...props} {...field} data-testid={`${idPrefix}-gender`}>
                <option value="L">{t('gender.L')}</option>
                <option value="P">{t('gender.P')}</option>
              </select>
            )}
          />
        )}
      </Field>
      <Field label={t('fields.unsur')} error={errors.unsur}>
        {(props) => (
          <select {...props} {...register('unsur')} data-testid={`${idPrefix}-unsur`}>
            <EnumOptions values={unsurSchema.options} labels="enums.unsur" />
          </select>
        )}
      </Field>
      <Field label={t('fields.institution')} error={errors.institution}>
        {(props) => (
          <input {...props} {...register('institution')} data-testid={`${idPrefix}-institution`} />
        )}
      </Field>
      {!compact && (
        <>
          <Field label={t('fields.position')} error={errors.position}>
            {(props) => <input {...props} {...register('position')} />}
          </Field>
          <Field label={t('fields.subCategory')} error={errors.subCategory}>
            {(props) => <input {...props} {...register('subCategory')} />}
          </Field>
        </>
      )}
      <Field label={t('fields.phone')} error={errors.phone}>
        {(props) => (
          <input
            {...props}
            {...register('phone')}
            inputMode="tel"
            data-testid={`${idPrefix}-phone`}
          />
        )}
      </Field>
      {!compact && (
        <>
          <Field label={t('fields.email')} error={errors.email}>
            {(props) => (
              <input
                {...props}
                {...register('email')}
                type="email"
                data-testid={`${idPrefix}-email`}
              />
            )}
          </Field>
          <Field label={t('fields.nip')} error={errors.nip}>
            {(props) => (
              <input
                {...props}
                {...register('nip')}
                inputMode="numeric"
                data-testid={`${idPrefix}-nip`}
              />
            )}
          </Field>
          <Field label={t('fields.address')} error={errors.address}>
            {(props) => <input {...props} {...register('address')} />}
          </Field>
          <label className="checkbox">
            <input type="checkbox" {...register('disability')} /> {t('fields.disability')}
          </label>
        </>
      )}
      <label className="checkbox">
        <input type="checkbox" {...register('consent')} data-testid={`${idPrefix}-consent`} />{' '}
        {t('fields.consent')}
      </label>
    </div>
  )
}
