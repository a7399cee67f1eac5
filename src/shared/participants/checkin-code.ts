// The code printed as a QR on each invitee's name tag and invitation lampiran. A USB scanner
// types it like a keyboard, followed by Enter, into the check-in desk's search field, so the code
// must be plain ASCII that no keyboard layout changes, and must not look like a name.

const PREFIX = 'MFK-'
const CODE = /^MFK-([A-Za-z0-9_-]{1,64})$/i

/** The code for one participant of one forum (participant records belong to a single forum). */
export function checkinCode(participantId: string): string {
  return `${PREFIX}${participantId}`
}

/**
 * The participant id in what was typed or scanned, or null when it is not a code (a name being
 * typed). Spaces a scanner adds and the prefix's case are forgiven; the id is kept as printed.
 */
export function parseCheckinCode(typed: string): string | null {
  const match = CODE.exec(typed.trim())
  return match ? match[1]! : null
}
