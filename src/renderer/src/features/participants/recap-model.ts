import type { Attendance, ForumKind } from '@shared/domain'
import { computeRecap, type Recap } from '@shared/participants'
import type { ParticipantEntry } from './hooks'

/** The day's recap: each attendance counted with the unsur the person came in for; the PEKPPP
 * score and warning only for the kinds of forum the evaluation scores. */
export function recapOfDay(
  attendance: Attendance[],
  byParticipant: Map<string, ParticipantEntry>,
  kind: ForumKind,
): Recap {
  const entries = []
  for (const row of attendance) {
    const entry = byParticipant.get(row.participantId)
    if (!entry) continue
    entries.push({
      unsur: entry.participant.unsur,
      gender: entry.person.gender,
      disability: entry.person.disability,
      institution: entry.person.institution,
    })
  }
  return computeRecap(entries, kind)
}
