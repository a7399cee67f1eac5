import { z } from 'zod'

/**
 * Turns zod's built-in issues into the stable message keys of the `errors` dictionary, so that the
 * screens can name each problem in the user's language. Messages set on a schema (domain rules such
 * as "end_before_start") take precedence over these.
 */
export function issueMessageKey(issue: {
  code: string
  minimum?: unknown
  maximum?: unknown
  origin?: string
  format?: string
  input?: unknown
}): string {
  switch (issue.code) {
    case 'too_small':
      if ((issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) === 1) {
        return 'required'
      }
      if (issue.origin === 'string') {
        const actual = lengthOf(issue.input)
        return encodeMessage('too_short', {
          min: Number(issue.minimum),
          ...(actual === undefined ? {} : { actual }),
        })
      }
      return issue.origin === 'number' ? 'number_range' : 'too_small'
    case 'too_big':
      if (issue.origin === 'string' || issue.origin === 'array') {
        // A refusal names the limit and what was typed: "10.000 karakter, paling banyak 5.000".
        const actual = lengthOf(issue.input)
        return encodeMessage(issue.origin === 'string' ? 'too_long' : 'too_many', {
          max: Number(issue.maximum),
          ...(actual === undefined ? {} : { actual }),
        })
      }
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

function lengthOf(input: unknown): number | undefined {
  return typeof input === 'string' || Array.isArray(input) ? input.length : undefined
}

/** The numbers a message names, such as a text's limit and its actual length. */
export type MessageParams = Partial<Record<'min' | 'max' | 'actual', number>>

export interface Message {
  /** A key of the `errors` dictionary ("required", "too_long"). */
  key: string
  params: MessageParams
}

const KEY = /^[a-z_]+$/
const PARAM = /^(min|max|actual)=(\d+)$/

/**
 * A zod message is one string, so a key that carries numbers travels as "too_long|max=5000|actual=10000";
 * forms (through the resolver) and repositories (through ValidationError) read it with decodeMessage.
 */
export function encodeMessage(key: string, params: MessageParams): string {
  return [key, ...Object.entries(params).map(([name, value]) => `${name}=${value}`)].join('|')
}

/** The key and numbers of a message, or null when the text is not a message key (a zod default). */
export function decodeMessage(message: string): Message | null {
  const [key = '', ...parts] = message.split('|')
  if (!KEY.test(key)) return null
  const params: MessageParams = {}
  for (const part of parts) {
    const match = PARAM.exec(part)
    if (!match) return null
    params[match[1] as keyof MessageParams] = Number(match[2])
  }
  return { key, params }
}

export function configureZodMessages(): void {
  z.config({
    customError: (issue) => issueMessageKey(issue as Parameters<typeof issueMessageKey>[0]),
  })
}
