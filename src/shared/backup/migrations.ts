import { SCHEMA_VERSION } from '../domain'
import { migrateTables, RECORD_MIGRATIONS } from '../record-migrations'
import type { RawDataset } from './tables'

/**
 * Upgrades of a file's records from one SCHEMA_VERSION to the next, keyed by the version they start
 * from: the same per-table record migrations (src/shared/record-migrations.ts) as the Dexie upgrade.
 */
export const MIGRATIONS: Record<number, (data: RawDataset) => RawDataset> = Object.fromEntries(
  RECORD_MIGRATIONS.map((migration) => [
    migration.from,
    (data: RawDataset) => migrateTables(data, migration),
  ]),
)

export function migrateDataset(
  data: RawDataset,
  fromVersion: number,
  migrations: Record<number, (data: RawDataset) => RawDataset> = MIGRATIONS,
  toVersion: number = SCHEMA_VERSION,
): RawDataset {
  let current = data
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations[version]
    if (!step) throw new Error(`no migration from schema version ${version}`)
    current = step(current)
  }
  return current
}
