import { useLiveQuery, useRepositories } from '../../db'
import type { ParticipantChoice } from '../../db'

export type { ParticipantChoice }

export function useAgendaItems(dayId: string | undefined) {
  const { agenda } = useRepositories()
  return useLiveQuery(async () => (dayId ? agenda.listByDay(dayId) : []), [agenda, dayId])
}

export function useParticipantChoices(forumId: string | undefined) {
  const { agenda } = useRepositories()
  return useLiveQuery(
    async () => (forumId ? agenda.participantChoices(forumId) : []),
    [agenda, forumId],
  )
}

export function useIssues(forumId: string | undefined) {
  const { issues } = useRepositories()
  return useLiveQuery(async () => (forumId ? issues.listByForum(forumId) : []), [issues, forumId])
}

export function useAgreements(forumId: string | undefined) {
  const { agreements } = useRepositories()
  return useLiveQuery(
    async () => (forumId ? agreements.listByForum(forumId) : []),
    [agreements, forumId],
  )
}

export function useLiveActionItems(forumId: string | undefined) {
  const { liveActionItems } = useRepositories()
  return useLiveQuery(
    async () => (forumId ? liveActionItems.listByForum(forumId) : []),
    [liveActionItems, forumId],
  )
}

export function useRevisionLog(forumId: string | undefined) {
  const { agreements } = useRepositories()
  return useLiveQuery(
    async () => (forumId ? agreements.revisionLog(forumId) : []),
    [agreements, forumId],
  )
}

/** The day the room is in: today's forum day if there is one, else the first. */
export function pickDayId(days: readonly { id: string; date: string }[], today: string) {
  return (days.find((d) => d.date === today) ?? days[0])?.id
}
