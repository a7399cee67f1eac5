import { useErrorText, type ErrorTextOptions } from '../../ui/errors'

// Registry and check-in codes ("already_listed", "already_checked_in") have their own sentences.
const OPTIONS: ErrorTextOptions = { namespaces: ['participants', 'checkin'] }

/** A repository or platform error as one sentence in the current language. */
export function useErrorMessage(): (error: unknown) => string {
  return useErrorText(OPTIONS)
}
