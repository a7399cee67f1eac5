import type { z } from 'zod'
import { decodeMessage, type MessageParams } from '@shared/domain/messages'

export interface FieldProblem {
  /** Dotted path of the field, e.g. "days.0.end". */
  path: string
  /** The message key in the `errors` dictionary ("required", "end_before_start"). */
  code: string
  /** The numbers the message names, e.g. a text's limit and its length. */
  params?: MessageParams
}

/** Thrown by repositories: nothing was written, and each broken field is named. */
export class ValidationError extends Error {
  constructor(
    readonly entity: string,
    readonly problems: FieldProblem[],
  ) {
    super(`${entity}: ${problems.map((p) => `${p.path || '(record)'} — ${p.code}`).join('; ')}`)
    this.name = 'ValidationError'
  }
}

export function toFieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    // With configureZodMessages() every message is a dictionary key; the raw code is the fallback.
    const message = decodeMessage(issue.message)
    return {
      path: issue.path.map(String).join('.'),
      code: message?.key ?? issue.code,
      ...(message && Object.keys(message.params).length > 0 ? { params: message.params } : {}),
    }
  })
}

export function validate<S extends z.ZodType>(
  schema: S,
  entity: string,
  value: unknown,
): z.output<S> {
  const result = schema.safeParse(value)
  if (!result.success) throw new ValidationError(entity, toFieldProblems(result.error))
  return result.data
}
