import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { triageSchema, type Issue, type Triage } from '@shared/domain'
import { useRepositories } from '../../db'
import { useAutosave } from '../../ui/useAutosave'
import { EnumOptions } from '../../ui/EnumOptions'
import { Field } from '../../ui/form'

interface Props {
  issue: Issue
  raiserName: string | null
  selected: boolean
  merged: number
  onSelect: (id: string, on: boolean) => void
  agreementId: string | null
}

function IssueRowView({ issue, raiserName, selected, merged, onSelect, agreementId }: Props) {
  const { t } = useTranslation('live')
  const { t: tc } = useTranslation()
  const { issues, liveActionItems } = useRepositories()
  const [open, setOpen] = useState(false)
  const theme = useAutosave(`issue:${issue.id}:theme`, issue.theme, (value) =>
    issues.update(issue.id, { theme: value }),
  )

  return (
    <li className="issue-row" data-testid="issue-row" data-seq={issue.seq}>
      <div className="issue-row__line">
        <input
          type="checkbox"
          checked={selected}
          onChange={(e) => onSelect(issue.id, e.target.checked)}
          aria-label={t('issues.select', { seq: issue.seq })}
        />
        <span className="issue-row__seq">#{issue.seq}</span>
        <span className="issue-row__text" data-testid="issue-text">
          {issue.text}
        </span>
        <span className="badge">{tc(`enums.issueType.${issue.type}`)}</span>
        {issue.skmUnsur && <span className="badge">{tc(`enums.skmUnsur.${issue.skmUnsur}`)}</span>}
        <span className="hint" data-testid="issue-raiser">
          {raiserName ?? t('capture.anonymous')}
          {issue.raiserUnsur && ` · ${tc(`enums.unsur.${issue.raiserUnsur}`)}`}
        </span>
        {merged > 0 && <span className="badge">{t('issues.mergedCount', { count: merged })}</span>}
        <span className="votes">
          <button
            type="button"
            aria-label={t('issues.voteDown', { seq: issue.seq })}
            onClick={() => void issues.addVotes(issue.id, -1)}
          >
            −
          </button>
          <span data-testid="issue-votes" aria-label={t('issues.votes', { count: issue.votes })}>
            {issue.votes}
          </span>
          <button
            type="button"
            aria-label={t('issues.voteUp', { seq: issue.seq })}
            onClick={() => void issues.addVotes(issue.id, 1)}
            data-testid="vote-up"
          >
            +
          </button>
        </span>
        <input
          className="issue-row__theme"
          list="issue-themes"
          placeholder={t('issues.theme')}
          aria-label={t('issues.themeOf', { seq: issue.seq })}
          value={theme.value}
          onChange={(e) => theme.onChange(e.target.value)}
          onBlur={() => void theme.flush()}
          data-testid="issue-theme"
        />
        <span className="badge" data-testid="issue-triage">
          {tc(`enums.triage.${issue.triage}`)}
        </span>
        <button
          type="button"
          onClick={() => void liveActionItems.fromIssue(issue.id, agreementId)}
          data-testid="issue-to-action"
        >
          {t('issues.toAction')}
        </button>
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t('issues.details')}
        </button>
      </div>
      {open && <IssueDetails issue={issue} />}
    </li>
  )
}

function IssueDetails({ issue }: { issue: Issue }) {
  const { t } = useTranslation('live')
  const { issues } = useRepositories()
  const answer = useAutosave(`issue:${issue.id}:answer`, issue.answer, (value) =>
    issues.update(issue.id, { answer: value }),
  )
  const unit = useAutosave(`issue:${issue.id}:unit`, issue.unit, (value) =>
    issues.update(issue.id, { unit: value }),
  )
  const forwardedTo = useAutosave(`issue:${issue.id}:forwardedTo`, issue.forwardedTo, (value) =>
    issues.update(issue.id, { forwardedTo: value }),
  )
  const lapor = useAutosave(`issue:${issue.id}:lapor`, issue.laporTicket, (value) =>
    issues.update(issue.id, { laporTicket: value }),
  )
  return (
    <div className="issue-row__details grid grid--2" data-testid="issue-details">
      <Field label={t('issues.answer')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={answer.value}
            onChange={(e) => answer.onChange(e.target.value)}
            onBlur={() => void answer.flush()}
          />
        )}
      </Field>
      <Field label={t('issues.triage')}>
        {(control) => (
          <select
            {...control}
            value={issue.triage}
            onChange={(e) => void issues.update(issue.id, { triage: e.target.value as Triage })}
          >
            <EnumOptions values={triageSchema.options} labels="enums.triage" />
          </select>
        )}
      </Field>
      {issue.triage === 'ditindaklanjuti' && (
        <Field label={t('issues.unit')}>
          {(control) => (
            <input
              {...control}
              value={unit.value}
              onChange={(e) => unit.onChange(e.target.value)}
              onBlur={() => void unit.flush()}
            />
          )}
        </Field>
      )}
      {issue.triage === 'diteruskan' && (
        <>
          <Field label={t('issues.forwardedTo')}>
            {(control) => (
              <input
                {...control}
                value={forwardedTo.value}
                onChange={(e) => forwardedTo.onChange(e.target.value)}
                onBlur={() => void forwardedTo.flush()}
              />
            )}
          </Field>
          <Field label={t('issues.lapor')}>
            {(control) => (
              <input
                {...control}
                value={lapor.value}
                onChange={(e) => lapor.onChange(e.target.value)}
                onBlur={() => void lapor.flush()}
              />
            )}
          </Field>
        </>
      )}
    </div>
  )
}

/** Rows re-render only when their own issue changed: the list stays quick with hundreds. */
export const IssueRow = memo(
  IssueRowView,
  (a, b) =>
    a.issue.updatedAt === b.issue.updatedAt &&
    a.issue.id === b.issue.id &&
    a.raiserName === b.raiserName &&
    a.selected === b.selected &&
    a.merged === b.merged &&
    a.onSelect === b.onSelect &&
    a.agreementId === b.agreementId,
)
