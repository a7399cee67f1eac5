import type { EntityTable, Table } from 'dexie'
import type { z } from 'zod'
import { validate, ValidationError } from './validation'

interface RequireOptions<T> {
  /** The field the caller named the record by; 'id' unless it was, say, 'participantId'. */
  path?: string
  /** A record that exists but must not be used here (merged, of another forum) counts as absent. */
  accept?: (record: T) => boolean
}

/** The record with this key, or a ValidationError naming the field as not found. */
export async function requireRecord<T, K extends string, I>(
  table: Table<T, K, I>,
  id: K,
  entity: string,
  options: RequireOptions<T> = {},
): Promise<T> {
  const record = await table.get(id)
  if (record === undefined || (options.accept && !options.accept(record))) {
    throw new ValidationError(entity, [{ path: options.path ?? 'id', code: 'not_found' }])
  }
  return record
}

/** Validates the whole record and stores it; nothing is written when a field is wrong. */
export async function putValid<T extends { id: string }>(
  table: EntityTable<T, 'id'>,
  schema: z.ZodType<T>,
  entity: string,
  value: unknown,
): Promise<T> {
  const record = validate(schema, entity, value)
  await table.put(record)
  return record
}
