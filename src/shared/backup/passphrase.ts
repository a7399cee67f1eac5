/** The least a backup passphrase must be: a file outlives the laptop, and guesses cost nothing. */
export const BACKUP_PASSPHRASE_MIN_LENGTH = 10

export type PassphraseProblem = 'too_short' | 'one_class' | 'mismatch'

/** Lower case, upper case, digits, and everything else (spaces and symbols) count as four kinds. */
function characterClasses(passphrase: string): number {
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{Ll}\p{Lu}\p{N}]/u]
  return kinds.filter((kind) => kind.test(passphrase)).length
}

/**
 * Why a new backup passphrase is refused, or null when it may be used. An empty passphrase is
 * allowed (an unencrypted backup); the repetition must match exactly.
 */
export function backupPassphraseProblem(
  passphrase: string,
  repeated: string,
): PassphraseProblem | null {
  if (passphrase === '') return repeated === '' ? null : 'mismatch'
  if ([...passphrase].length < BACKUP_PASSPHRASE_MIN_LENGTH) return 'too_short'
  if (characterClasses(passphrase) < 2) return 'one_class'
  if (passphrase !== repeated) return 'mismatch'
  return null
}
