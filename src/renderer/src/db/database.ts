import Dexie, { type EntityTable } from 'dexie'
import { DATABASE_NAME } from '@shared/identity'
import type {
  ActionItem,
  AgendaItem,
  Agreement,
  Attachment,
  Attendance,
  AuditEntry,
  Forum,
  GeneratedDocument,
  Issue,
  OrganisationProfile,
  Participant,
  Person,
  ProgressUpdate,
  Setting,
  Signatory,
} from '@shared/domain'
import { SCHEMA_VERSIONS } from './schema'
import { installAuditTrail } from './audit'

export interface DatabaseOptions {
  /** Injected by tests to fix the time. */
  clock?: () => Date
}

export class MufakatDatabase extends Dexie {
  organisation!: EntityTable<OrganisationProfile, 'id'>
  forums!: EntityTable<Forum, 'id'>
  people!: EntityTable<Person, 'id'>
  participants!: EntityTable<Participant, 'id'>
  attendance!: EntityTable<Attendance, 'id'>
  agendaItems!: EntityTable<AgendaItem, 'id'>
  issues!: EntityTable<Issue, 'id'>
  agreements!: EntityTable<Agreement, 'id'>
  actionItems!: EntityTable<ActionItem, 'id'>
  progressUpdates!: EntityTable<ProgressUpdate, 'id'>
  attachments!: EntityTable<Attachment, 'id'>
  signatories!: EntityTable<Signatory, 'id'>
  documents!: EntityTable<GeneratedDocument, 'id'>
  audit!: EntityTable<AuditEntry, 'id'>
  settings!: EntityTable<Setting, 'key'>

  /** The one clock of every stamp written: records' times and audit entries alike. */
  readonly clock: () => Date

  constructor(name: string = DATABASE_NAME, options: DatabaseOptions = {}) {
    // Strict durability: a committed write is on disk before the UI says it is saved.
    super(name, { chromeTransactionDurability: 'strict' })
    this.clock = options.clock ?? (() => new Date())
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores)
      if (upgrade) declared.upgrade(upgrade)
    }
    // Every write is noted in the audit log, and finalised documents refuse to change.
    installAuditTrail(this)
  }
}

/** Asks the browser not to evict our data under storage pressure; refused quietly in some shells. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false
  try {
    return await navigator.storage.persist()
  } catch {
    return false
  }
}
