import type { TableName } from './backup/tables'

export type StoredRecord = Record<string, unknown>

/** How the stored records of schema version `from` become those of `from + 1`, per table. */
export interface RecordMigration {
  from: number
  /** Tables not named keep their records as they are. */
  tables: Partial<Record<TableName, (record: StoredRecord) => StoredRecord>>
}

/**
 * Every change of the stored records' shape, oldest first, one per schema version after the first.
 * Both the Dexie upgrade (renderer/db/schema.ts) and the backup-file migration
 * (backup/migrations.ts) run these steps, so an upgraded database and a restored old file end the
 * same. Schema v1 is the only released version, so there is none yet.
 */
export const RECORD_MIGRATIONS: readonly RecordMigration[] = []

export function recordMigrationFrom(
  version: number,
  migrations: readonly RecordMigration[] = RECORD_MIGRATIONS,
): RecordMigration {
  const migration = migrations.find((m) => m.from === version)
  if (!migration) throw new Error(`no migration from schema version ${version}`)
  return migration
}

/** One step over a whole dataset: each named table's records, one by one. */
export function migrateTables<D extends Partial<Record<TableName, unknown[]>>>(
  data: D,
  migration: RecordMigration,
): D {
  const next: D = { ...data }
  for (const [table, step] of Object.entries(migration.tables) as [
    TableName,
    (record: StoredRecord) => StoredRecord,
  ][]) {
    const rows = data[table]
    if (rows)
      (next as Record<TableName, unknown[]>)[table] = rows.map((r) => step(r as StoredRecord))
  }
  return next
}
