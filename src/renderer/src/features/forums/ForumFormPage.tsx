import { useEffect, useState } from 'react'
import {
  Controller,
  useFieldArray,
  useForm,
  type Resolver,
  type UseFormRegister,
  type FieldErrors,
} from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import {
  forumFieldsSchema,
  forumKindSchema,
  forumMethodSchema,
  SKM_UNSUR,
  topicCategorySchema,
  type ForumKind,
} from '@shared/domain'
import { Field, LinesInput } from '../../ui/form'
import { OfficialFields } from '../../ui/OfficialFields'
import { useRepositories } from '../../db'
import { useForum, useOrganisationProfile, useSavedTemplates } from './hooks'
import {
  defaultForumValues,
  proposeNextDay,
  toForumInput,
  toFormValues,
  withTemplate,
  type ForumFormValues,
} from './forum-form-values'
import {
  defaultTemplateFor,
  forumFromTemplate,
  templatePurpose,
  type SavedTemplate,
} from '@shared/templates'
import { findTemplate, TemplatePicker } from './TemplatePicker'
import { CopyForumPanel } from './CopyForumPanel'
import { useToday } from '../../ui/clock'
import { EnumOptions } from '../../ui/EnumOptions'
import { useErrorText } from '../../ui/errors'

const validateWithDomain = zodResolver(forumFieldsSchema)

/** The domain schema judges the form: the same rules hold on screen and in the database. */
const forumResolver: Resolver<ForumFormValues> = (values, context, options) =>
  validateWithDomain(toForumInput(values), context, options as never) as never

export function ForumFormPage() {
  const { forumId } = useParams()
  const forum = useForum(forumId)
  const profile = useOrganisationProfile()
  const today = useToday()
  const saved = useSavedTemplates()
  if (forumId && forum === undefined) return null
  if (profile === undefined || saved === undefined) return null
  if (forum) return <ForumForm key={forum.id} forumId={forum.id} initial={toFormValues(forum)} />
  const blank = defaultForumValues(today, profile)
  const template = defaultTemplateFor(blank.kind)
  return (
    <ForumForm
      key="new"
      forumId={undefined}
      initial={template ? withTemplate(blank, template) : blank}
      templates={{ initialId: template?.id ?? '', saved }}
    />
  )
}

function ForumForm(props: {
  forumId: string | undefined
  initial: ForumFormValues
  /** A new forum only: the template chosen at first, and the organisation's own. */
  templates?: { initialId: string; saved: readonly SavedTemplate[] }
}) {
  const { t } = useTranslation('forums')
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const navigate = useNavigate()
  const { forums } = useRepositories()
  const [saveError, setSaveError] = useState<string | null>(null)
  const form = useForm<ForumFormValues>({
    defaultValues: props.initial,
    resolver: forumResolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const { register, control, handleSubmit, watch, formState } = form
  const errors = formState.errors
  const days = useFieldArray({ control, name: 'days', keyName: 'key' })
  const speakers = useFieldArray({ control, name: 'narasumber' })
  const skmEnabled = watch('skmEnabled')
  const [templateId, setTemplateId] = useState(props.templates?.initialId ?? '')
  // The legal-basis lines keep their own text while typed; a new template remounts them.
  const [legalBasisKey, setLegalBasisKey] = useState(0)
  const savedTemplates = props.templates?.saved ?? []
  const template = findTemplate(templateId, savedTemplates)

  function chooseTemplate(id: string) {
    setTemplateId(id)
    const chosen = findTemplate(id, savedTemplates)
    if (!chosen) return
    const next = withTemplate(form.getValues(), chosen)
    for (const key of ['kind', 'method', 'topicCategory', 'purpose', 'legalBasis'] as const) {
      form.setValue(key, next[key], { shouldDirty: true })
    }
    setLegalBasisKey((n) => n + 1)
  }

  /** Another kind for a new forum takes that kind's own template, as a first choice would. */
  function kindChanged(kind: ForumKind) {
    if (!props.templates || !template || template.kind === kind) return
    const fallback = defaultTemplateFor(kind)
    if (fallback) chooseTemplate(fallback.id)
    else setTemplateId('')
  }

  useEffect(() => {
    if (formState.submitCount > 0 && !formState.isValid) setSaveError(tc('status.formInvalid'))
  }, [formState.submitCount, formState.isValid, tc])

  const onSubmit = handleSubmit(async (values) => {
    setSaveError(null)
    try {
      const input = toForumInput(values)
      if (!props.forumId && template && !input.purpose) {
        input.purpose = templatePurpose(template, input.topic ?? '')
      }
      const saved = props.forumId
        ? await forums.update(props.forumId, input)
        : await forums.create(input, template ? forumFromTemplate(template, input).agenda : [])
      await navigate(`/forums/${saved.id}`)
    } catch (error) {
      setSaveError(
        tc('status.saveFailed', {
          message: errorText(error),
        }),
      )
    }
  })

  const dayErrors = errors.days as FieldErrors<ForumFormValues['days']> | undefined

  return (
    <section className="page">
      <h1>{props.forumId ? t('form.editTitle') : t('form.createTitle')}</h1>
      {props.templates && <CopyForumPanel />}
      <form onSubmit={onSubmit} noValidate data-testid="forum-form" className="form">
        {saveError && (
          <p className="banner banner--error" role="alert" data-testid="form-error">
            {saveError}
          </p>
        )}
        {props.templates && (
          <TemplatePicker
            value={templateId}
            saved={savedTemplates}
            onChange={chooseTemplate}
            onDeleted={() => chooseTemplate(defaultTemplateFor(form.getValues('kind'))?.id ?? '')}
          />
        )}
        <fieldset>
          <legend>{t('form.sections.basic')}</legend>
          <div className="grid grid--2">
            <Field label={t('form.kind')} error={errors.kind}>
              {(control) => (
                <select
                  {...control}
                  {...register('kind', {
                    onChange: (event: { target: { value: ForumKind } }) =>
                      kindChanged(event.target.value),
                  })}
                >
                  <EnumOptions values={forumKindSchema.options} labels="enums.forumKind" />
                </select>
              )}
            </Field>
            <Field label={t('form.method')} error={errors.method}>
              {(control) => (
                <select {...control} {...register('method')}>
                  <EnumOptions values={forumMethodSchema.options} labels="enums.forumMethod" />
                </select>
              )}
            </Field>
          </div>
          <Field label={t('form.title')} hint={t('form.titleHint')} error={errors.title}>
            {(control) => <input {...control} {...register('title')} />}
          </Field>
          <div className="grid grid--2">
            <Field label={t('form.topic')} error={errors.topic}>
              {(control) => <input {...control} {...register('topic')} />}
            </Field>
            <Field label={t('form.topicCategory')} error={errors.topicCategory}>
              {(control) => (
                <select {...control} {...register('topicCategory')}>
                  <EnumOptions values={topicCategorySchema.options} labels="enums.topicCategory" />
                </select>
              )}
            </Field>
          </div>
          <Field label={t('form.purpose')} error={errors.purpose}>
            {(control) => <textarea {...control} rows={3} {...register('purpose')} />}
          </Field>
          <LinesField
            key={legalBasisKey}
            name="legalBasis"
            label={t('form.legalBasis')}
            hint={t('form.legalBasisHint')}
            control={control}
          />
        </fieldset>

        <fieldset>
          <legend>{t('form.sections.schedule')}</legend>
          <div className="grid grid--2">
            <Field label={t('form.startDate')} error={errors.startDate}>
              {(control) => <input {...control} type="date" {...register('startDate')} />}
            </Field>
            <Field label={t('form.endDate')} error={errors.endDate}>
              {(control) => <input {...control} type="date" {...register('endDate')} />}
            </Field>
          </div>
          <h2>{t('form.days')}</h2>
          <ol className="day-list">
            {days.fields.map((day, index) => (
              <li key={day.key} className="day-list__item" data-testid={`day-${index}`}>
                <span className="day-list__label">{t('form.day', { n: index + 1 })}</span>
                <div className="grid grid--4">
                  <Field label={t('form.dayDate')} error={dayErrors?.[index]?.date}>
                    {(control) => (
                      <input {...control} type="date" {...register(`days.${index}.date`)} />
                    )}
                  </Field>
                  <Field label={t('form.dayStart')} error={dayErrors?.[index]?.start}>
                    {(control) => (
                      <input {...control} type="time" {...register(`days.${index}.start`)} />
                    )}
                  </Field>
                  <Field label={t('form.dayEnd')} error={dayErrors?.[index]?.end}>
                    {(control) => (
                      <input {...control} type="time" {...register(`days.${index}.end`)} />
                    )}
                  </Field>
                  <Field label={t('form.dayPlace')} error={dayErrors?.[index]?.place}>
                    {(control) => <input {...control} {...register(`days.${index}.place`)} />}
                  </Field>
                </div>
                {days.fields.length > 1 && (
                  <button
                    type="button"
                    className="button--quiet"
                    onClick={() => days.remove(index)}
                  >
                    {t('form.removeDay', { n: index + 1 })}
                  </button>
                )}
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => {
              const next = proposeNextDay(form.getValues())
              if (next.endDate !== form.getValues('endDate')) {
                form.setValue('endDate', next.endDate, { shouldDirty: true })
              }
              days.append(next.day)
            }}
          >
            {t('form.addDay')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('form.sections.roles')}</legend>
          <Field label={t('form.organiser')} error={errors.organiser}>
            {(control) => <input {...control} {...register('organiser')} />}
          </Field>
          <div className="grid grid--2">
            <LinesField
              name="coOrganisers"
              label={t('form.coOrganisers')}
              hint={t('form.linesHint')}
              control={control}
            />
            <LinesField
              name="partners"
              label={t('form.partners')}
              hint={t('form.linesHint')}
              control={control}
            />
          </div>
          <OfficialFields
            legend={t('form.pimpinan')}
            prefix="pimpinan"
            register={register as unknown as UseFormRegister<Record<string, unknown>>}
            errors={errors.pimpinan}
          />
          <OfficialFields
            legend={t('form.moderator')}
            prefix="moderator"
            register={register as unknown as UseFormRegister<Record<string, unknown>>}
            errors={errors.moderator}
          />
          <OfficialFields
            legend={t('form.notulis')}
            prefix="notulis"
            register={register as unknown as UseFormRegister<Record<string, unknown>>}
            errors={errors.notulis}
          />
          <h2>{t('form.narasumber')}</h2>
          <ol className="day-list">
            {speakers.fields.map((speaker, index) => (
              <li key={speaker.id} className="day-list__item grid grid--3">
                <Field label={t('form.personName')} error={errors.narasumber?.[index]?.name}>
                  {(control) => <input {...control} {...register(`narasumber.${index}.name`)} />}
                </Field>
                <Field label={t('form.personPosition')}>
                  {(control) => (
                    <input {...control} {...register(`narasumber.${index}.position`)} />
                  )}
                </Field>
                <Field label={t('form.personInstitution')}>
                  {(control) => (
                    <input {...control} {...register(`narasumber.${index}.institution`)} />
                  )}
                </Field>
                <button
                  type="button"
                  className="button--quiet"
                  onClick={() => speakers.remove(index)}
                >
                  {t('form.removeNarasumber', { n: index + 1 })}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => speakers.append({ name: '', position: '', institution: '' })}
          >
            {t('form.addNarasumber')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('form.sections.skm')}</legend>
          <label className="checkbox">
            <input type="checkbox" {...register('skmEnabled')} />
            {t('form.skmEnabled')}
          </label>
          {skmEnabled && (
            <div className="grid grid--3">
              <Field label={t('form.skmPeriod')} error={errors.skm?.period}>
                {(control) => <input {...control} {...register('skm.period')} />}
              </Field>
              <Field label={t('form.skmIndex')} error={errors.skm?.index}>
                {(control) => (
                  <input
                    {...control}
                    type="number"
                    step="0.01"
                    {...register('skm.index', { valueAsNumber: true })}
                  />
                )}
              </Field>
              <Field label={t('form.skmLowest')} error={errors.skm?.lowestUnsur}>
                {(control) => (
                  <select {...control} {...register('skm.lowestUnsur')}>
                    <EnumOptions values={SKM_UNSUR} labels="enums.skmUnsur" />
                  </select>
                )}
              </Field>
            </div>
          )}
          <Field
            label={t('form.documentTitle')}
            hint={t('form.documentTitleHint')}
            error={errors.documentTitle}
          >
            {(control) => <input {...control} {...register('documentTitle')} />}
          </Field>
        </fieldset>

        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
            {tc('actions.save')}
          </button>
          <button type="button" onClick={() => void navigate(-1)}>
            {tc('actions.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}

function LinesField(props: {
  name: 'legalBasis' | 'coOrganisers' | 'partners'
  label: string
  hint: string
  control: ReturnType<typeof useForm<ForumFormValues>>['control']
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => (
        <Field label={props.label} hint={props.hint} error={fieldState.error}>
          {(control) => (
            <LinesInput {...control} value={field.value ?? []} onChange={field.onChange} />
          )}
        </Field>
      )}
    />
  )
}
