import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { buildChatSummary, reminderLists } from '@shared/follow-up/chat-summary'
import type { DashboardTable } from '@shared/follow-up/table'
import { copyText } from './clipboard'

export const REMINDER_DAYS = 7

/** Overdue and due-soon items of the unit in view, with a summary to paste into a chat group. */
export function ReminderBanner(props: {
  table: DashboardTable | null
  today: string
  unit: string
}) {
  const { t } = useTranslation('followUp')
  const { table, today, unit } = props
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null)
  const lists = useMemo(() => {
    if (!table) return null
    return reminderLists(table.rows(table.openDated(unit)), today, REMINDER_DAYS)
  }, [table, today, unit])
  const text = useMemo(
    () =>
      lists
        ? buildChatSummary({ ...lists, today, days: REMINDER_DAYS, unit }, (key, values) =>
            t(key, values),
          )
        : '',
    [lists, today, unit, t],
  )
  if (!lists) return null
  const urgent = lists.overdue.length + lists.dueSoon.length > 0

  return (
    <aside
      className={urgent ? 'banner reminder' : 'banner banner--ok reminder'}
      data-testid="reminder-banner"
      aria-label={t('reminder.title')}
    >
      <p data-testid="reminder-summary">
        <strong>{t('reminder.title')}:</strong>{' '}
        {urgent
          ? t('reminder.summary', {
              overdue: lists.overdue.length,
              dueSoon: lists.dueSoon.length,
              days: REMINDER_DAYS,
            })
          : t('reminder.nothing', { days: REMINDER_DAYS })}
      </p>
      <div className="form__actions">
        <button
          type="button"
          onClick={() => void copyText(text).then((ok) => setCopied(ok ? 'ok' : 'failed'))}
          data-testid="copy-summary"
        >
          {t('chat.copy')}
        </button>
        {copied && (
          <span role="status" data-testid="copy-status">
            {copied === 'ok' ? t('chat.copied') : t('chat.copyFailed')}
          </span>
        )}
      </div>
      <details open={copied === 'failed'}>
        <summary>{t('chat.preview')}</summary>
        <textarea
          readOnly
          rows={Math.min(16, text.split('\n').length + 1)}
          value={text}
          aria-label={t('chat.preview')}
          data-testid="chat-summary-text"
          onFocus={(event) => event.currentTarget.select()}
        />
      </details>
    </aside>
  )
}
