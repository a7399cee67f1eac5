import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { prioritySchema, type ActionItem, type Agreement, type Priority } from '@shared/domain'
import { formatDateId } from '@shared/format/dates'
import { actionItemFlags } from '@shared/live'
import { useRepositories, ValidationError } from '../../db'
import { useAutosave } from '../../ui/useAutosave'
import { SaveStatus } from '../../ui/SaveStatus'
import { EnumOptions } from '../../ui/EnumOptions'
import { useErrorText } from '../../ui/errors'
import { Field } from '../../ui/form'
import { AgreementOptions } from './AgreementOptions'

function deadlineText(item: ActionItem): string {
  return item.deadlineLabel || (item.deadline ? formatDateId(item.deadline) : '')
}

/** One rencana tindak lanjut, saved as it is typed; what it still lacks stays flagged. */
export function ActionItemEditor({
  item,
  number,
  agreements,
  forumDate,
}: {
  item: ActionItem
  number: string
  agreements: Agreement[]
  forumDate: string
}) {
  const { t } = useTranslation('live')
  const { liveActionItems } = useRepositories()
  const plan = useAutosave(`action:${item.id}:plan`, item.plan, (v) =>
    liveActionItems.update(item.id, { plan: v }),
  )
  const target = useAutosave(`action:${item.id}:target`, item.target, (v) =>
    liveActionItems.update(item.id, { target: v }),
  )
  const unit = useAutosave(`action:${item.id}:unit`, item.responsibleUnit, (v) =>
    liveActionItems.update(item.id, { responsibleUnit: v }),
  )
  const person = useAutosave(`action:${item.id}:person`, item.responsiblePerson, (v) =>
    liveActionItems.update(item.id, { responsiblePerson: v }),
  )
  const parties = useAutosave(`action:${item.id}:parties`, item.involvedParties.join(', '), (v) =>
    liveActionItems.update(item.id, {
      involvedParties: v
        .split(/[,;\n]/)
        .map((p) => p.trim())
        .filter((p) => p !== ''),
    }),
  )
  const [deadline, setDeadline] = useState(deadlineText(item))
  const [deadlineError, setDeadlineError] = useState<unknown>(null)
  const errorText = useErrorText({ labelled: true })
  const flags = actionItemFlags(item)

  async function commitDeadline() {
    try {
      const saved = await liveActionItems.setDeadline(item.id, deadline)
      setDeadlineError(null)
      setDeadline(deadlineText(saved))
    } catch (error) {
      setDeadlineError(error)
    }
  }

  const textField = (
    label: string,
    field: ReturnType<typeof useAutosave>,
    testId: string,
    multiline = false,
  ) => (
    <Field label={label} errorText={field.error ? errorText(field.error) : undefined}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            className="textarea--grows"
            rows={2}
            value={field.value}
            onChange={(e) => field.onChange(e.target.value)}
            onBlur={() => void field.flush()}
            data-testid={testId}
          />
        ) : (
          <input
            {...control}
            value={field.value}
            onChange={(e) => field.onChange(e.target.value)}
            onBlur={() => void field.flush()}
            data-testid={testId}
          />
        )
      }
    </Field>
  )

  return (
    <li className="action-item" data-testid="action-item">
      <div className="action-item__head">
        <strong>{t('actions.number', { number })}</strong>
        <SaveStatus fields={[plan, target, unit, person, parties]} />
        {flags.map((flag) => (
          <span key={flag} className="badge badge--terlambat" data-testid="action-flag">
            {t(`actions.flags.${flag}`)}
          </span>
        ))}
        <button
          type="button"
          className="button--danger button--quiet"
          onClick={() => void liveActionItems.remove(item.id)}
        >
          {t('actions.remove')}
        </button>
      </div>
      <div className="grid grid--2">
        {textField(t('actions.plan'), plan, 'action-plan', true)}
        {textField(t('actions.target'), target, 'action-target', true)}
        {textField(t('actions.unit'), unit, 'action-unit')}
        {textField(t('actions.person'), person, 'action-person')}
        {textField(t('actions.parties'), parties, 'action-parties')}
        <Field
          label={t('actions.deadline')}
          errorText={
            deadlineError ? (
              <span data-testid="action-deadline-error">
                {errorText(deadlineError)}{' '}
                {deadlineError instanceof ValidationError &&
                  deadlineError.problems[0]?.code === 'deadline_before_forum' &&
                  t('actions.forumDate', { date: formatDateId(forumDate) })}
              </span>
            ) : undefined
          }
          hint={
            !deadlineError &&
            item.deadline && (
              <span data-testid="action-deadline-resolved">
                {t('actions.deadlineResolved', { date: formatDateId(item.deadline) })}
              </span>
            )
          }
        >
          {(control) => (
            <input
              {...control}
              value={deadline}
              placeholder={t('actions.deadlinePlaceholder')}
              onChange={(e) => setDeadline(e.target.value)}
              onBlur={() => void commitDeadline()}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  void commitDeadline()
                }
              }}
              data-testid="action-deadline"
            />
          )}
        </Field>
        <Field label={t('actions.priority')}>
          {(control) => (
            <select
              {...control}
              value={item.priority}
              onChange={(e) =>
                void liveActionItems.update(item.id, { priority: e.target.value as Priority })
              }
            >
              <EnumOptions values={prioritySchema.options} labels="enums.priority" />
            </select>
          )}
        </Field>
        <Field label={t('actions.agreement')}>
          {(control) => (
            <select
              {...control}
              value={item.agreementId ?? ''}
              onChange={(e) =>
                void liveActionItems.update(item.id, { agreementId: e.target.value || null })
              }
              data-testid="action-agreement"
            >
              <AgreementOptions agreements={agreements} />
            </select>
          )}
        </Field>
      </div>
    </li>
  )
}
