import { SCHEMA_VERSION } from '../domain'
import type { RawDataset } from './tables'

/**
 * Upgrades of a file's records from one SCHEMA_VERSION to the next, keyed by the version they
 * start from. v1 is current, so there is none yet; when SCHEMA_VERSION becomes 2, add `1: (data) =>
 * …` here (the same change as the Dexie upgrade) and a test against tests/fixtures/db-v1.json.
 */
export const MIGRATIONS: Record<number, (data: RawDataset) => RawDataset> = {}

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
