import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { addDaysIso, todayIso } from '@shared/format/dates'
import { reminderLists } from '@shared/follow-up/chat-summary'
import { isReminderDue } from '@shared/follow-up/reminders'
import { useRepositories } from '../../db'
import { getPlatform } from '../../platform/bridge'
import { REMINDER_DAYS } from './ReminderBanner'
import { organisationTimeZone } from '@shared/rules/time-zone'

// Checked often enough to notice a new day, rarely enough to cost nothing.
const CHECK_EVERY_MS = 10 * 60_000
// Lets the first screen draw before the reminder reads the database.
const FIRST_CHECK_AFTER_MS = 1_500

/**
 * Reminders without a server: on start and once a day, a summary of the overdue and due-soon items
 * of "my unit" (or of all units) as an OS notification in the desktop app. Inside the app nothing
 * floats over the rows it warns about: the navigation's badge and the follow-up page's banner say it.
 */
export function ReminderWatcher() {
  const { t } = useTranslation('followUp')
  const { actionItems, settings, organisation } = useRepositories()

  useEffect(() => {
    let cancelled = false
    async function check() {
      const profile = await organisation.get()
      const today = todayIso(new Date(), organisationTimeZone(profile))
      const last = await settings.get('followUpReminderShownOn')
      if (!isReminderDue(last ?? undefined, today)) return
      const unit = await settings.get('myUnit')
      const rows = await actionItems.openDueBy(addDaysIso(today, REMINDER_DAYS), unit)
      const lists = reminderLists(rows, today, REMINDER_DAYS)
      await settings.set('followUpReminderShownOn', today)
      if (cancelled || lists.overdue.length + lists.dueSoon.length === 0) return
      const found = { overdue: lists.overdue.length, dueSoon: lists.dueSoon.length }
      await getPlatform()
        .notify({
          title: t('reminder.notificationTitle'),
          body: t('reminder.summary', { ...found, days: REMINDER_DAYS }),
        })
        .catch(() => undefined)
    }
    // Its own bookkeeping failing (a full disk) is no reason to break the page: the next check
    // simply tries again.
    const quietly = () => void check().catch(() => undefined)
    const first = setTimeout(quietly, FIRST_CHECK_AFTER_MS)
    const timer = setInterval(quietly, CHECK_EVERY_MS)
    return () => {
      cancelled = true
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [actionItems, settings, organisation, t])

  return null
}
