import { expect } from 'vitest'
import type { z } from 'zod'

/** Valid v4 UUIDs from a counter, so two builds can be compared field by field. */
export function counterIds(): () => string {
  let n = 0
  return () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`
}

/** Every record passes its schema and is equal after parsing: no stray keys, no defaults filled. */
export function expectParses<T>(schema: z.ZodType<T>, records: readonly T[]): void {
  for (const record of records) {
    const result = schema.safeParse(record)
    if (!result.success) throw new Error(JSON.stringify(result.error.issues, null, 2))
    expect(result.data).toEqual(record)
  }
}
