import { z } from 'zod'

/**
 * Turns zod's built-in issues into the stable message keys of the `errors` dictionary, so that the
 * screens can name each problem in the user's language. Messages set on a schema (domain rules such
 * as "end_before_start") take precedence over these.
 */
export function issueMessageKey(issue: {
  code: string
  minimum?: unknown
  origin?: string
  format?: string
  input?: unknown
}): string {
  switch (issue.code) {
    case 'too_small':
      if ((issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) === 1) {
        return 'required'
      }
      return issue.origin === 'number' ? 'number_range' : 'too_small'
    case 'too_big':
      return issue.origin === 'number' ? 'number_range' : 'too_big'
    case 'invalid_format':
      if (issue.format === 'email') return 'invalid_email'
      if (issue.format === 'date' || issue.format === 'datetime') return 'invalid_date'
      return 'invalid_format'
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return 'required'
      return Number.isNaN(issue.input) ? 'number' : 'invalid_type'
    case 'invalid_value':
    case 'invalid_union':
      return 'invalid_value'
    default:
      return 'unknown'
  }
}

export function configureZodMessages(): void {
  z.config({
    customError: (issue) => issueMessageKey(issue as Parameters<typeof issueMessageKey>[0]),
  })
}
