/**
 * What a forum's secretariat should do next, read from counts of its records. The order follows
 * PermenPANRB 16/2017: pra pelaksanaan (invitations, agenda), pelaksanaan (registration, dialogue,
 * agreements and their action items, signing) and pasca pelaksanaan (documents, monitoring the RTL).
 */

export interface ForumProgress {
  /** The forum's first day has come (on the organisation's clock). */
  started: boolean
  participants: number
  /** Attendance rows over every day. */
  checkedIn: number
  agendaItems: number
  issues: number
  agreements: number
  /** Mufakat reached: the agreements are locked (forum.agreementsFrozenAt). */
  agreementsLocked: boolean
  actionItems: number
  /** Action items with no unit pelaksana yet. */
  actionItemsWithoutUnit: number
  /** Action items not finished nor declared impossible. */
  openActionItems: number
  signatories: number
  /** Signatories with neither an on-screen signature nor a wet one on paper. */
  unsignedSignatories: number
  /** Finalised Berita Acara or Nota Kesepakatan. */
  finalisedAgreementDocuments: number
}

export const NEXT_STEPS = [
  'register_participants',
  'prepare_agenda',
  'wait_for_forum_day',
  'check_in',
  'capture_issues',
  'draft_agreements',
  'lock_agreements',
  'plan_action_items',
  'assign_units',
  'add_signatories',
  'collect_signatures',
  'finalise_documents',
  'follow_up',
  'done',
] as const
export type NextStep = (typeof NEXT_STEPS)[number]

/** The forum screen where each step is taken; null when there is nothing left to do. */
export type NextStepPlace =
  'participants' | 'agenda' | 'checkin' | 'live' | 'documents' | 'follow-up'

export const NEXT_STEP_PLACE: Record<NextStep, NextStepPlace | null> = {
  register_participants: 'participants',
  prepare_agenda: 'agenda',
  wait_for_forum_day: 'participants',
  check_in: 'checkin',
  capture_issues: 'live',
  draft_agreements: 'live',
  lock_agreements: 'live',
  plan_action_items: 'live',
  assign_units: 'live',
  add_signatories: 'documents',
  collect_signatures: 'documents',
  finalise_documents: 'documents',
  follow_up: 'follow-up',
  done: null,
}

/** The first step of the forum's course that is not yet taken. */
export function nextStep(p: ForumProgress): NextStep {
  if (p.participants === 0) return 'register_participants'
  if (p.agendaItems === 0) return 'prepare_agenda'
  // Nothing of the room can happen before its day: the invitations are what is left to check.
  if (!p.started) return 'wait_for_forum_day'
  if (p.checkedIn === 0) return 'check_in'
  if (p.issues === 0) return 'capture_issues'
  if (p.agreements === 0) return 'draft_agreements'
  if (!p.agreementsLocked) return 'lock_agreements'
  if (p.actionItems === 0) return 'plan_action_items'
  if (p.actionItemsWithoutUnit > 0) return 'assign_units'
  if (p.signatories === 0) return 'add_signatories'
  if (p.unsignedSignatories > 0) return 'collect_signatures'
  if (p.finalisedAgreementDocuments === 0) return 'finalise_documents'
  if (p.openActionItems > 0) return 'follow_up'
  return 'done'
}
