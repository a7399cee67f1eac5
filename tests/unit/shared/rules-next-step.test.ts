import { describe, expect, it } from 'vitest'
import {
  NEXT_STEP_PLACE,
  NEXT_STEPS,
  nextStep,
  type ForumProgress,
  type NextStep,
} from '@shared/rules/next-step'

/** A forum where every step is taken and every action item is finished. */
const DONE: ForumProgress = {
  started: true,
  participants: 30,
  checkedIn: 28,
  agendaItems: 7,
  issues: 5,
  agreements: 4,
  agreementsLocked: true,
  actionItems: 6,
  actionItemsWithoutUnit: 0,
  openActionItems: 0,
  signatories: 7,
  unsignedSignatories: 0,
  finalisedAgreementDocuments: 1,
}

// Each step, and the one change to a finished forum that brings it back.
const CASES: [NextStep, Partial<ForumProgress>][] = [
  ['register_participants', { participants: 0 }],
  ['prepare_agenda', { agendaItems: 0 }],
  ['wait_for_forum_day', { started: false }],
  ['check_in', { checkedIn: 0 }],
  ['capture_issues', { issues: 0 }],
  ['draft_agreements', { agreements: 0 }],
  ['lock_agreements', { agreementsLocked: false }],
  ['plan_action_items', { actionItems: 0 }],
  ['assign_units', { actionItemsWithoutUnit: 2 }],
  ['add_signatories', { signatories: 0 }],
  ['collect_signatures', { unsignedSignatories: 3 }],
  ['finalise_documents', { finalisedAgreementDocuments: 0 }],
  ['follow_up', { openActionItems: 2 }],
  ['done', {}],
]

describe('nextStep', () => {
  it.each(CASES)('%s', (step, change) => {
    expect(nextStep({ ...DONE, ...change })).toBe(step)
  })

  it('covers every step', () => {
    expect(CASES.map(([step]) => step)).toEqual([...NEXT_STEPS])
  })

  it('names the earliest missing step when several are missing', () => {
    const fresh = { ...DONE, participants: 0, agendaItems: 0, checkedIn: 0, issues: 0 }
    expect(nextStep(fresh)).toBe('register_participants')
    expect(nextStep({ ...fresh, participants: 3 })).toBe('prepare_agenda')
    expect(nextStep({ ...DONE, checkedIn: 0, agreementsLocked: false })).toBe('check_in')
  })

  it('asks nothing of the room before its day', () => {
    const planned = { ...DONE, started: false, checkedIn: 0, issues: 0, agreements: 0 }
    expect(nextStep(planned)).toBe('wait_for_forum_day')
  })

  it('sends each step to a screen, and only "done" nowhere', () => {
    const nowhere = NEXT_STEPS.filter((step) => NEXT_STEP_PLACE[step] === null)
    expect(nowhere).toEqual(['done'])
    expect(NEXT_STEP_PLACE.collect_signatures).toBe('documents')
    expect(NEXT_STEP_PLACE.check_in).toBe('checkin')
  })
})
