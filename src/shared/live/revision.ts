export interface AgreementsState {
  agreementsFrozenAt: string | null
  agreementsRevision: number
}

/**
 * Mufakat: the room confirms, the agreements and their action items are frozen, and the revision
 * number counts the confirmations (1 after the first). Confirming a frozen set changes nothing.
 */
export function freezeAgreements(state: AgreementsState, at: string): AgreementsState {
  if (state.agreementsFrozenAt !== null) return state
  return { agreementsFrozenAt: at, agreementsRevision: state.agreementsRevision + 1 }
}

export interface ChangeOutcome {
  state: AgreementsState
  /** Set when this change reopened frozen agreements: the draft revision it starts. */
  openedRevision: number | null
}

/**
 * A change to the agreements or their action items. Before any mufakat it is plain drafting; after
 * one it unfreezes and starts the next revision, which must be confirmed again and is recorded with
 * who changed it and when.
 */
export function changeAgreements(state: AgreementsState): ChangeOutcome {
  if (state.agreementsFrozenAt === null) return { state, openedRevision: null }
  return {
    state: { agreementsFrozenAt: null, agreementsRevision: state.agreementsRevision },
    openedRevision: state.agreementsRevision + 1,
  }
}

/** The revision a text being drafted now belongs to. */
export function draftRevision(state: AgreementsState): number {
  return state.agreementsFrozenAt === null
    ? state.agreementsRevision + (state.agreementsRevision > 0 ? 1 : 0)
    : state.agreementsRevision
}
