import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { prioritySchema, type ActionItem, type Agreement, type Priority } from '@shared/domain'
import { formatDateId } from '@shared/format/dates'
import { actionItemFlags } from '@shared/live'
import { useRepositories, ValidationError } from '../../db'
import { useAutosave } from '../../ui/useAutosave'
import { EnumOptions } from '../../ui/EnumOptions'
import { useErrorText } from '../../ui/errors'

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
    <label className="field">
      <span className="field__label">{label}</span>
      {multiline ? (
        <textarea
          rows={2}
          value={field.value}
          onChange={(e) => field.onChange(e.target.value)}
          onBlur={() => void field.flush()}
          data-testid={testId}
        />
      ) : (
        <input
          value={field.value}
          onChange={(e) => field.onChange(e.target.value)}
          onBlur={() => void field.flush()}
          data-testid={testId}
        />
      )}
      {field.error ? (
        <small className="field__error" role="alert">
          {errorText(field.error)}
        </small>
      ) : null}
    </label>
  )

  return (
    <li className="action-item" data-testid="action-item">
      <div className="action-item__head">
        <strong>{t('actions.number', { number })}</strong>
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
        <label className="field">
          <span className="field__label">{t('actions.deadline')}</span>
          <input
            value={deadline}
            placeholder={t('actions.deadlinePlaceholder')}
            aria-invalid={deadlineError ? true : undefined}
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
          {deadlineError ? (
            <small className="field__error" role="alert" data-testid="action-deadline-error">
              {errorText(deadlineError)}{' '}
              {deadlineError instanceof ValidationError &&
                deadlineError.problems[0]?.code === 'deadline_before_forum' &&
                t('actions.forumDate', { date: formatDateId(forumDate) })}
            </small>
          ) : (
            item.deadline && (
              <small className="field__hint" data-testid="action-deadline-resolved">
                {t('actions.deadlineResolved', { date: formatDateId(item.deadline) })}
              </small>
            )
          )}
        </label>
        <label className="field">
          <span className="field__label">{t('actions.priority')}</span>
          <select
            value={item.priority}
            onChange={(e) =>
              void liveActionItems.update(item.id, { priority: e.target.value as Priority })
            }
          >
            <EnumOptions values={prioritySchema.options} labels="enums.priority" />
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('actions.agreement')}</span>
          <select
            value={item.agreementId ?? ''}
            onChange={(e) =>
              void liveActionItems.update(item.id, { agreementId: e.target.value || null })
            }
            data-testid="action-agreement"
          >
            <option value="">{t('issues.noAgreement')}</option>
            {agreements.map((a) => (
              <option key={a.id} value={a.id}>
                {a.order}. {a.text.slice(0, 60)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </li>
  )
}
