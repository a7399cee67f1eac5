import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '@shared/domain'
import { migrateDataset } from '@shared/backup/migrations'
import { TABLE_SCHEMAS, type RawDataset, type TableName } from '@shared/backup/tables'
import { migrateTables, type RecordMigration } from '@shared/record-migrations'
import { MufakatDatabase } from '@renderer/db'
import { CURRENT_DB_VERSION, SCHEMA_VERSIONS, upgradeRecordsFrom } from '@renderer/db/schema'

interface Fixture {
  dexieVersion: number
  stores: Record<string, string>
  tables: RawDataset
}

const FIXTURES = join(__dirname, '../../fixtures')

function fixturePath(version: number): string {
  return join(FIXTURES, `db-v${version}.json`)
}

/** The released versions whose stored fixture is missing. */
function missingFixtures(versions: readonly number[]): number[] {
  return versions.filter((version) => !existsSync(fixturePath(version)))
}

function readFixture(version: number): Fixture {
  return JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Fixture
}

/** Writes the fixture exactly as its schema stored it, with that schema's own declaration. */
async function storeFixture(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name)
  old.version(fixture.dexieVersion).stores(fixture.stores)
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows)
  })
  old.close()
}

function expectValid(tables: RawDataset): void {
  for (const [table, rows] of Object.entries(tables)) {
    for (const record of rows) {
      const result = TABLE_SCHEMAS[table as TableName].safeParse(record)
      expect(result.success, `${table}: ${JSON.stringify(result.error?.issues)}`).toBe(true)
    }
  }
}

async function readTables(db: Dexie, names: string[]): Promise<RawDataset> {
  const tables: RawDataset = {}
  for (const name of names) tables[name as TableName] = await db.table(name).toArray()
  return tables
}

const RELEASED = SCHEMA_VERSIONS.map((v) => v.version)

describe('migrations', () => {
  it('keeps the records schema version and the Dexie version together', () => {
    expect(CURRENT_DB_VERSION).toBe(SCHEMA_VERSION)
  })

  it('has a stored fixture for every released schema version', () => {
    expect(missingFixtures(RELEASED)).toEqual([])
    // The check itself can fail: a version without a fixture is reported.
    expect(missingFixtures([...RELEASED, CURRENT_DB_VERSION + 1])).toEqual([CURRENT_DB_VERSION + 1])
  })

  it.each(RELEASED)('fixture v%i declares the stores of its schema version', (version) => {
    const fixture = readFixture(version)
    expect(fixture.dexieVersion).toBe(version)
    expect(fixture.stores).toEqual(SCHEMA_VERSIONS.find((v) => v.version === version)!.stores)
  })

  it.each(RELEASED)(
    'opens a stored v%i database and restores a v%i file to the same valid records',
    async (version) => {
      const fixture = readFixture(version)
      const name = `mufakat-migration-${version}-${Date.now()}`
      await storeFixture(name, fixture)
      const db = new MufakatDatabase(name)
      await db.open()
      expect(db.verno).toBe(CURRENT_DB_VERSION)
      const upgraded = await readTables(db, Object.keys(fixture.tables))
      db.close()
      await db.delete()

      const fromFile = migrateDataset(fixture.tables, version)
      expectValid(upgraded)
      expect(upgraded).toEqual(fromFile)
    },
  )

  it('runs one record migration in the Dexie upgrade and the file migration alike', async () => {
    const fixture = readFixture(1)
    const migration: RecordMigration = {
      from: 1,
      tables: { forums: (forum) => ({ ...forum, title: `${String(forum.title)} (v2)` }) },
    }
    const name = `mufakat-record-migration-${Date.now()}`
    await storeFixture(name, fixture)
    const next = new Dexie(name)
    next.version(1).stores(fixture.stores)
    next
      .version(2)
      .stores(fixture.stores)
      .upgrade(upgradeRecordsFrom(1, [migration]))
    await next.open()
    const upgraded = await readTables(next, Object.keys(fixture.tables))
    next.close()
    await next.delete()

    const fromFile = migrateTables(fixture.tables, migration)
    expect(upgraded).toEqual(fromFile)
    expect(upgraded.forums?.[0]).toMatchObject({ title: expect.stringMatching(/ \(v2\)$/) })
  })
})
