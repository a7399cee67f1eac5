import type { Transaction } from 'dexie'
import {
  recordMigrationFrom,
  RECORD_MIGRATIONS,
  type RecordMigration,
  type StoredRecord,
} from '@shared/record-migrations'

export interface SchemaVersion {
  version: number
  stores: Record<string, string>
  /** Runs inside Dexie's upgrade transaction; must not await anything outside it. */
  upgrade?: (tx: Transaction) => Promise<void> | void
}

/**
 * The upgrade of a version whose records change shape: the shared record migration from the
 * previous version, the same one a restored backup file runs.
 */
export function upgradeRecordsFrom(
  version: number,
  migrations: readonly RecordMigration[] = RECORD_MIGRATIONS,
): (tx: Transaction) => Promise<void> {
  const migration = recordMigrationFrom(version, migrations)
  return async (tx) => {
    for (const [table, step] of Object.entries(migration.tables)) {
      await tx
        .table(table)
        .toCollection()
        .modify((record: StoredRecord, ref: { value: StoredRecord }) => {
          ref.value = step(record)
        })
    }
  }
}

/**
 * Every schema the database has ever had, oldest first; the Dexie version and the records'
 * SCHEMA_VERSION advance together. A change is a new entry (with `upgrade: upgradeRecordsFrom(n)`
 * when records change shape), a record migration in src/shared/record-migrations.ts and a stored
 * fixture tests/fixtures/db-v<version>.json; an entry is never edited after a release. Indexes: one
 * compound index for every list query the screens make.
 */
export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      organisation: 'id',
      forums: 'id, status, startDate, updatedAt',
      people: 'id, searchName, nip, mergedInto, updatedAt',
      participants:
        'id, forumId, personId, [forumId+searchName], [forumId+personId], [forumId+unsur]',
      attendance: 'id, forumId, participantId, personId, [forumId+dayId], [dayId+participantId]',
      agendaItems: 'id, forumId, [dayId+order]',
      issues: 'id, forumId, [forumId+seq], agendaItemId, mergedIntoId',
      agreements: 'id, forumId, [forumId+order]',
      actionItems:
        'id, forumId, agreementId, status, deadline, responsibleUnit, [forumId+order], [status+deadline], [responsibleUnit+deadline]',
      progressUpdates: 'id, actionItemId, forumId, [actionItemId+date]',
      attachments: 'id, forumId, [ownerType+ownerId]',
      signatories: 'id, forumId, [forumId+order]',
      documents: 'id, forumId, code, hash, [forumId+kind]',
      audit: 'id, at, [forumId+at], [entity+entityId]',
      settings: 'key',
    },
  },
]

export const CURRENT_DB_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version
