import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { TABLE_SCHEMAS, type TableName } from '@shared/backup/tables'
import { MufakatDatabase } from '@renderer/db'
import { CURRENT_DB_VERSION } from '@renderer/db/schema'

interface Fixture {
  dexieVersion: number
  stores: Record<string, string>
  tables: Record<string, unknown[]>
}

const fixture = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/db-v1.json'), 'utf8'),
) as Fixture

/** Writes the fixture exactly as the old schema stored it, with that schema's own declaration. */
async function storeFixture(name: string): Promise<void> {
  const old = new Dexie(name)
  old.version(fixture.dexieVersion).stores(fixture.stores)
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows)
  })
  old.close()
}

describe('migrations', () => {
  it('opens a stored v1 database with the current schema and every record is valid', async () => {
    const name = `mufakat-migration-${Date.now()}`
    await storeFixture(name)
    const db = new MufakatDatabase(name)
    await db.open()
    expect(db.verno).toBe(CURRENT_DB_VERSION)
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const stored = await db.table(table).toArray()
      expect(stored, table).toHaveLength(rows.length)
      for (const record of stored) {
        const result = TABLE_SCHEMAS[table as TableName].safeParse(record)
        expect(result.success, `${table}: ${JSON.stringify(result.error?.issues)}`).toBe(true)
      }
    }
    const forum = await db.forums.toCollection().first()
    expect(forum?.title).toBe(
      'Forum Konsultasi Publik Penyusunan Standar Pelayanan Perizinan Berusaha',
    )
    db.close()
    await db.delete()
  })

  it('has a fixture for the schema before every later version', () => {
    // When schema v2 arrives, store tests/fixtures/db-v1.json untouched and add db-v2.json.
    expect(fixture.dexieVersion).toBeLessThanOrEqual(CURRENT_DB_VERSION)
    for (const table of Object.keys(fixture.tables)) expect(TABLE_SCHEMAS).toHaveProperty(table)
  })
})
