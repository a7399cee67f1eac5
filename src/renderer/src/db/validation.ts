import type { z } from 'zod'

export interface FieldProblem {
  /** Dotted path of the field, e.g. "days.0.end". */
  path: string
  /** The message key in the `errors` dictionary ("required", "end_before_start"). */
  code: string
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
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    // With configureZodMessages() every message is a dictionary key; the raw code is the fallback.
    code: /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code,
  }))
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
