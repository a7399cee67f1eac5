import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActionItem, Agreement, Forum, Issue } from '@shared/domain'
import { actionItemNumber, moveInList } from '@shared/live'
import { useRepositories } from '../../db'
import { NEW_AGREEMENT_DRAFT, type ProjectorMessage } from './projector-channel'
import { ActionItemEditor } from './ActionItemEditor'
import { RevisionBanner } from './RevisionBanner'
import { useAutosave } from '../../ui/useAutosave'
import { SaveStatus } from '../../ui/SaveStatus'
import { useErrorText } from '../../ui/errors'
import { Field } from '../../ui/form'

interface Props {
  forum: Forum
  agreements: Agreement[]
  actionItems: ActionItem[]
  issues: Issue[]
  send: (message: ProjectorMessage) => void
  onReadout: () => void
}

/** Numbered agreements drafted with the room, each with its action items. */
export function AgreementsPanel({
  forum,
  agreements,
  actionItems,
  issues,
  send,
  onReadout,
}: Props) {
  const { t } = useTranslation('live')
  const { agreements: repo, liveActionItems } = useRepositories()
  const [draft, setDraft] = useState('')
  const forumDate = forum.startDate
  const loose = actionItems.filter(
    (item) => item.agreementId === null || !agreements.some((a) => a.id === item.agreementId),
  )

  async function add() {
    if (draft.trim() === '') return
    await repo.add(forum.id, draft)
    setDraft('')
    send({ type: 'draft', agreementId: NEW_AGREEMENT_DRAFT, text: '' })
  }

  async function move(from: number, to: number) {
    await repo.reorder(
      forum.id,
      moveInList(agreements, from, to).map((a) => a.id),
    )
  }

  return (
    <section className="card" aria-labelledby="agreements-title" data-testid="agreements-panel">
      <div className="page__header">
        <h2 id="agreements-title">{t('agreements.title')}</h2>
        <button
          type="button"
          className="button--primary"
          disabled={agreements.length === 0}
          onClick={onReadout}
          data-testid="readout-open"
        >
          {t('agreements.readout')}
        </button>
      </div>
      <RevisionBanner forum={forum} />
      <ol className="agreement-list" data-testid="agreement-list">
        {agreements.map((agreement, index) => (
          <AgreementEditor
            key={agreement.id}
            agreement={agreement}
            index={index}
            count={agreements.length}
            issues={issues}
            send={send}
            onMove={move}
          >
            <ol className="action-list">
              {actionItems
                .filter((item) => item.agreementId === agreement.id)
                .map((item, i) => (
                  <ActionItemEditor
                    key={item.id}
                    item={item}
                    number={actionItemNumber(agreement.order, i)}
                    agreements={agreements}
                    forumDate={forumDate}
                  />
                ))}
            </ol>
            <button
              type="button"
              onClick={() =>
                void liveActionItems.create(forum.id, {
                  agreementId: agreement.id,
                  plan: t('actions.newPlan'),
                  issueIds: agreement.issueIds,
                })
              }
              data-testid="action-add"
            >
              {t('actions.add')}
            </button>
          </AgreementEditor>
        ))}
      </ol>
      <Field label={t('agreements.new')}>
        {(control) => (
          <textarea
            {...control}
            className="textarea--grows"
            rows={2}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value)
              send({ type: 'draft', agreementId: NEW_AGREEMENT_DRAFT, text: e.target.value })
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault()
                void add()
              }
            }}
            data-testid="agreement-new"
          />
        )}
      </Field>
      <button type="button" onClick={() => void add()} data-testid="agreement-add">
        {t('agreements.add')}
      </button>
      {loose.length > 0 && (
        <>
          <h3>{t('actions.loose')}</h3>
          <ol className="action-list" data-testid="loose-actions">
            {loose.map((item, i) => (
              <ActionItemEditor
                key={item.id}
                item={item}
                number={actionItemNumber(null, i)}
                agreements={agreements}
                forumDate={forumDate}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  )
}

function AgreementEditor({
  agreement,
  index,
  count,
  issues,
  send,
  onMove,
  children,
}: {
  agreement: Agreement
  index: number
  count: number
  issues: Issue[]
  send: (message: ProjectorMessage) => void
  onMove: (from: number, to: number) => Promise<void>
  children: React.ReactNode
}) {
  const { t } = useTranslation('live')
  const { agreements: repo } = useRepositories()
  const errorText = useErrorText()
  const text = useAutosave(`agreement:${agreement.id}:text`, agreement.text, (value) =>
    repo.update(agreement.id, { text: value }),
  )
  const linked = issues.filter((i) => agreement.issueIds.includes(i.id))
  const linkable = issues.filter(
    (i) => i.mergedIntoId === null && !agreement.issueIds.includes(i.id),
  )

  function onKeyDown(event: KeyboardEvent) {
    if (!event.altKey) return
    if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault()
      void onMove(index, index - 1)
    } else if (event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault()
      void onMove(index, index + 1)
    }
  }

  return (
    <li className="agreement" data-testid="agreement" onKeyDown={onKeyDown}>
      <div className="agreement__head">
        <span className="agreement__number">{agreement.order}.</span>
        <textarea
          className="textarea--grows"
          rows={2}
          aria-label={t('agreements.textOf', { number: agreement.order })}
          value={text.value}
          onChange={(e) => {
            text.onChange(e.target.value)
            send({ type: 'draft', agreementId: agreement.id, text: e.target.value })
          }}
          onBlur={() => void text.flush()}
          data-testid="agreement-text"
        />
        <div className="agreement__actions">
          <button
            type="button"
            aria-label={t('agreements.up', { number: agreement.order })}
            disabled={index === 0}
            onClick={() => void onMove(index, index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={t('agreements.down', { number: agreement.order })}
            disabled={index === count - 1}
            onClick={() => void onMove(index, index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="button--danger"
            aria-label={t('agreements.remove', { number: agreement.order })}
            onClick={() => void repo.remove(agreement.id)}
          >
            ✕
          </button>
        </div>
      </div>
      <SaveStatus fields={[text]} />
      {text.error ? (
        <p className="field__error" role="alert">
          {errorText(text.error)}
        </p>
      ) : null}
      <div className="agreement__issues">
        <span className="hint">{t('agreements.answers')}</span>
        {linked.map((issue) => (
          <button
            key={issue.id}
            type="button"
            className="badge"
            title={issue.text}
            aria-label={t('agreements.unlink', { seq: issue.seq })}
            onClick={() =>
              void repo.update(agreement.id, {
                issueIds: agreement.issueIds.filter((id) => id !== issue.id),
              })
            }
          >
            #{issue.seq} ✕
          </button>
        ))}
        <select
          value=""
          aria-label={t('agreements.link')}
          onChange={(e) =>
            e.target.value &&
            void repo.update(agreement.id, { issueIds: [...agreement.issueIds, e.target.value] })
          }
          data-testid="agreement-link"
        >
          <option value="">{t('agreements.link')}</option>
          {linkable.map((issue) => (
            <option key={issue.id} value={issue.id}>
              #{issue.seq} {issue.text.slice(0, 60)}
            </option>
          ))}
        </select>
      </div>
      {children}
    </li>
  )
}
