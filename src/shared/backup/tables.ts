import type { z } from 'zod'
import {
  actionItemSchema,
  agendaItemSchema,
  agreementSchema,
  attachmentSchema,
  attendanceSchema,
  auditEntrySchema,
  forumSchema,
  generatedDocumentSchema,
  issueSchema,
  organisationProfileSchema,
  participantSchema,
  personSchema,
  progressUpdateSchema,
  settingSchema,
  signatorySchema,
} from '../domain'

/** Every stored table with the schema that judges its records; the order is the restore order. */
export const TABLE_SCHEMAS = {
  organisation: organisationProfileSchema,
  forums: forumSchema,
  people: personSchema,
  participants: participantSchema,
  attendance: attendanceSchema,
  agendaItems: agendaItemSchema,
  issues: issueSchema,
  agreements: agreementSchema,
  actionItems: actionItemSchema,
  progressUpdates: progressUpdateSchema,
  attachments: attachmentSchema,
  signatories: signatorySchema,
  documents: generatedDocumentSchema,
  audit: auditEntrySchema,
  settings: settingSchema,
} as const satisfies Record<string, z.ZodType>

export type TableName = keyof typeof TABLE_SCHEMAS
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[]

/** All records of every table, as the current schemas describe them. */
export type Dataset = { [T in TableName]: z.output<(typeof TABLE_SCHEMAS)[T]>[] }

/** Records as read from a file, before validation. */
export type RawDataset = Partial<Record<TableName, unknown[]>>

export type TableCounts = Partial<Record<TableName, number>>

export function countRecords(dataset: RawDataset): TableCounts {
  const counts: TableCounts = {}
  for (const table of TABLE_NAMES) {
    const rows = dataset[table]
    if (rows) counts[table] = rows.length
  }
  return counts
}

export function emptyDataset(): Dataset {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, []])) as unknown as Dataset
}
