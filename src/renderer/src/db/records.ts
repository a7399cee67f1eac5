import type { EntityTable, Table } from 'dexie'
import type { z } from 'zod'
import { reorderByIds } from '@shared/live'
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

/**
 * The list in the order of `orderedIds`, numbered 1, 2, 3…; a ValidationError on `order` when the
 * ids are not exactly the list's (one missing, unknown or given twice), so nothing is reordered.
 */
export function requireReorder<T extends { id: string; order: number }>(
  list: readonly T[],
  orderedIds: readonly string[],
  entity: string,
): T[] {
  const sequence = reorderByIds(list, orderedIds)
  if (!sequence) throw new ValidationError(entity, [{ path: 'order', code: 'invalid_value' }])
  return sequence
}
