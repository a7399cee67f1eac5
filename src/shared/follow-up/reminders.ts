/** At most one reminder a day: on the first start of a day, and when the day turns while open. */
export function isReminderDue(lastShownOn: string | undefined, today: string): boolean {
  return lastShownOn === undefined || lastShownOn < today
}
