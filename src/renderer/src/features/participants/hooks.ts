import { useMemo } from 'react'
import { useLiveQuery, useRepositories } from '../../db'
import type { ParticipantEntry } from '../../db'
import type { Attendance } from '@shared/domain'
import { buildSearchEntries, searchEntries } from '@shared/participants'

export type { ParticipantEntry }

/** The forum's whole list with each person, loaded once and kept live; screens filter in memory. */
export function useForumParticipants(forumId: string | undefined) {
  const { participants } = useRepositories()
  return useLiveQuery(
    async () => (forumId ? participants.listByForum(forumId) : []),
    [participants, forumId],
  )
}

export function useDayAttendance(forumId: string | undefined, dayId: string | undefined) {
  const { attendance } = useRepositories()
  return useLiveQuery(
    async () => (forumId && dayId ? attendance.listByDay(forumId, dayId) : []),
    [attendance, forumId, dayId],
  )
}

export function useForumAttendance(forumId: string | undefined) {
  const { attendance } = useRepositories()
  return useLiveQuery(
    async () => (forumId ? attendance.listByForum(forumId) : []),
    [attendance, forumId],
  )
}

/** participantId → that participant's attendance on the day. */
export function useAttendanceByParticipant(rows: Attendance[] | undefined) {
  return useMemo(() => new Map((rows ?? []).map((a) => [a.participantId, a])), [rows])
}

export function useParticipantById(entries: ParticipantEntry[] | undefined) {
  return useMemo(() => new Map((entries ?? []).map((e) => [e.participant.id, e])), [entries])
}

/**
 * The forum's participants matching a query: names without titles, then institutions. The keys
 * are built once per list change, so each keystroke only compares strings in memory.
 */
export function useParticipantSearch(
  entries: ParticipantEntry[] | undefined,
  query: string,
  limit: number,
): ParticipantEntry[] {
  const searchable = useMemo(
    () =>
      buildSearchEntries(
        entries ?? [],
        (e) => e.person.searchName,
        (e) => e.person.institution,
      ),
    [entries],
  )
  return useMemo(() => searchEntries(searchable, query, limit), [searchable, query, limit])
}
