import type { Issue, SpeakerTurn } from '../domain/live'
import { formatClock } from './countdown'
import { turnSeconds } from './speaking-time'

export interface NotulenLabels {
  speakers: string
  discussion: string
  answer: string
  anonymous: string
  /** Unsur and type names in the current language. */
  unsur: (unsur: string) => string
  type: (type: string) => string
}

/**
 * A first draft of an agenda item's notulen: who spoke (with unsur and time), then each point raised
 * with the answer given in the room — numbered, as the Notulen's discussion section is printed.
 * The notulis edits it freely afterwards.
 */
export function draftNotulen(
  input: {
    turns: readonly SpeakerTurn[]
    issues: readonly Pick<Issue, 'text' | 'type' | 'answer' | 'raiserUnsur'>[]
    raiserNames: readonly (string | null)[]
    now: Date
  },
  labels: NotulenLabels,
): string {
  const lines: string[] = []
  if (input.turns.length > 0) {
    lines.push(`${labels.speakers}:`)
    input.turns.forEach((turn, i) => {
      const unsur = turn.unsur ? ` (${labels.unsur(turn.unsur)})` : ''
      const seconds = turnSeconds(turn, input.now)
      lines.push(`${i + 1}. ${turn.name}${unsur}${seconds > 0 ? ` — ${formatClock(seconds)}` : ''}`)
    })
  }
  if (input.issues.length > 0) {
    if (lines.length > 0) lines.push('')
    lines.push(`${labels.discussion}:`)
    input.issues.forEach((issue, i) => {
      const raiser = input.raiserNames[i] ?? labels.anonymous
      const unsur = issue.raiserUnsur ? `, ${labels.unsur(issue.raiserUnsur)}` : ''
      lines.push(`${i + 1}. ${raiser}${unsur} (${labels.type(issue.type)}): ${issue.text}`)
      if (issue.answer) lines.push(`   ${labels.answer}: ${issue.answer}`)
    })
  }
  return lines.join('\n')
}
