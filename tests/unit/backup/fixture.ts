import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RawDataset } from '@shared/backup'

/** The stored v1 database (tests/fixtures/db-v1.json): real records of every kind. */
export function fixtureTables(): RawDataset {
  const fixture = JSON.parse(
    readFileSync(join(__dirname, '../../fixtures/db-v1.json'), 'utf8'),
  ) as { tables: RawDataset }
  return fixture.tables
}

export const META = {
  kind: 'full' as const,
  appVersion: '0.1.0',
  dbVersion: 1,
  createdAt: '2026-03-09T05:00:00.000Z',
}
