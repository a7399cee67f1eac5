import { useState } from 'react'
import { useForm, type Resolver } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { personFieldsSchema } from '@shared/domain'
import { normalizeNip } from '@shared/format/nip'
import { PersonFields, type PersonFormValues } from './PersonFields'
import { useErrorMessage } from './error-text'

const validateWithDomain = zodResolver(personFieldsSchema)

/** The person schema judges the form, after the NIP groups people type are joined. */
const personResolver: Resolver<PersonFormValues> = (values, context, options) =>
  validateWithDomain(
    { ...values, nip: normalizeNip(values.nip ?? '') },
    context,
    options as never,
  ) as never

interface PersonFormProps {
  initial: PersonFormValues
  submitLabel: string
  onSubmit: (values: PersonFormValues) => Promise<void>
  onCancel?: () => void
  compact?: boolean
  idPrefix: string
}

/** Add or edit a person; nothing is written while a field is wrong, and each wrong field says why. */
export function PersonForm(props: PersonFormProps) {
  const { t: tc } = useTranslation()
  const errorMessage = useErrorMessage()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<PersonFormValues>({
    defaultValues: props.initial,
    resolver: personResolver,
  })
  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    try {
      await props.onSubmit({ ...values, nip: normalizeNip(values.nip ?? '') })
      form.reset(props.initial)
    } catch (error) {
      setFailure(errorMessage(error))
    }
  })
  return (
    <form className="form" onSubmit={submit} noValidate data-testid={`${props.idPrefix}-form`}>
      <PersonFields
        register={form.register}
        control={form.control}
        errors={form.formState.errors}
        compact={props.compact}
        idPrefix={props.idPrefix}
      />
      {failure && (
        <p className="banner banner--error" role="alert">
          {failure}
        </p>
      )}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid={`${props.idPrefix}-submit`}
        >
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button" onClick={props.onCancel}>
            {tc('actions.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
