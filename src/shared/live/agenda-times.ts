import { minutesToTime, timeToMinutes } from '../format/dates'

export interface PlannedSlot {
  plannedStart: string
  durationMin: number
}

export interface ScheduledSlot {
  start: string
  end: string
  /** Minutes this item ends after the day's end; 0 when it fits. */
  pastDayEndMin: number
}

/** End times of a day's items as planned, each flagged when it runs past the day's end. */
export function scheduleAgenda(items: readonly PlannedSlot[], dayEnd: string): ScheduledSlot[] {
  const limit = timeToMinutes(dayEnd)
  return items.map((item) => {
    const endMin = timeToMinutes(item.plannedStart) + item.durationMin
    return {
      start: item.plannedStart,
      end: minutesToTime(endMin),
      pastDayEndMin: Math.max(0, endMin - limit),
    }
  })
}

/** How far the whole plan runs past the day's end, in minutes (0 when it fits). */
export function agendaOverrunMin(items: readonly PlannedSlot[], dayEnd: string): number {
  return scheduleAgenda(items, dayEnd).reduce((max, slot) => Math.max(max, slot.pastDayEndMin), 0)
}

/**
 * Planned starts after a reorder: items follow one another from the first item's start (or the
 * day's start for an empty plan), so moving an item never leaves two items at the same time.
 */
export function chainStarts(durations: readonly number[], firstStart: string): string[] {
  let at = timeToMinutes(firstStart)
  return durations.map((duration) => {
    const start = minutesToTime(at)
    at += duration
    return start
  })
}

/** Where a new item starts: right after the last one, or at the day's start. */
export function nextPlannedStart(items: readonly PlannedSlot[], dayStart: string): string {
  const last = items[items.length - 1]
  return last ? minutesToTime(timeToMinutes(last.plannedStart) + last.durationMin) : dayStart
}
