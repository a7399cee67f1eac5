import {
  actionItemSchema,
  agendaItemSchema,
  agreementSchema,
  attendanceSchema,
  forumSchema,
  issueSchema,
  organisationProfileSchema,
  participantSchema,
  personSchema,
  progressUpdateSchema,
  signatorySchema,
} from '@shared/domain'
import { datasetToChunk, type SampleChunk, type SampleDataset } from '@shared/sample'
import { addDatabaseEntry, privilegeCurrentTransaction, withAuditHooksSuspended } from '../audit'
import type { RepoContext } from '../context'
import { validate } from '../validation'

/**
 * Loads whole datasets — the bundled sample forum, the bench's large seed — in one transaction:
 * every record is validated first, so a bad record writes nothing.
 */
export function createDatasetsRepository(ctx: RepoContext) {
  const { db } = ctx

  function check(chunk: SampleChunk): Required<SampleChunk> {
    return {
      organisation: chunk.organisation
        ? validate(organisationProfileSchema, 'organisation', chunk.organisation)
        : undefined,
      forums: (chunk.forums ?? []).map((r) => validate(forumSchema, 'forum', r)),
      people: (chunk.people ?? []).map((r) => validate(personSchema, 'person', r)),
      participants: (chunk.participants ?? []).map((r) =>
        validate(participantSchema, 'participant', r),
      ),
      attendance: (chunk.attendance ?? []).map((r) => validate(attendanceSchema, 'attendance', r)),
      agendaItems: (chunk.agendaItems ?? []).map((r) =>
        validate(agendaItemSchema, 'agendaItem', r),
      ),
      issues: (chunk.issues ?? []).map((r) => validate(issueSchema, 'issue', r)),
      agreements: (chunk.agreements ?? []).map((r) => validate(agreementSchema, 'agreement', r)),
      actionItems: (chunk.actionItems ?? []).map((r) =>
        validate(actionItemSchema, 'actionItem', r),
      ),
      progressUpdates: (chunk.progressUpdates ?? []).map((r) =>
        validate(progressUpdateSchema, 'progressUpdate', r),
      ),
      signatories: (chunk.signatories ?? []).map((r) => validate(signatorySchema, 'signatory', r)),
    } as Required<SampleChunk>
  }

  const tables = () => [
    db.organisation,
    db.forums,
    db.people,
    db.participants,
    db.attendance,
    db.agendaItems,
    db.issues,
    db.agreements,
    db.actionItems,
    db.progressUpdates,
    db.signatories,
  ]

  /** The first record of each table only: what a generator's fixed shape needs checked. */
  function firstOfEach(chunk: SampleChunk): SampleChunk {
    const first: Record<string, unknown> = { organisation: chunk.organisation }
    for (const [key, value] of Object.entries(chunk)) {
      if (Array.isArray(value)) first[key] = value.slice(0, 1)
    }
    return first as SampleChunk
  }

  async function write(chunk: Required<SampleChunk>): Promise<void> {
    await db.transaction('rw', tables(), async () => {
      if (chunk.organisation) await db.organisation.put(chunk.organisation)
      await db.forums.bulkPut(chunk.forums)
      await db.people.bulkPut(chunk.people)
      await db.participants.bulkPut(chunk.participants)
      await db.attendance.bulkPut(chunk.attendance)
      await db.agendaItems.bulkPut(chunk.agendaItems)
      await db.issues.bulkPut(chunk.issues)
      await db.agreements.bulkPut(chunk.agreements)
      await db.actionItems.bulkPut(chunk.actionItems)
      await db.progressUpdates.bulkPut(chunk.progressUpdates)
      await db.signatories.bulkPut(chunk.signatories)
    })
  }

  return {
    async loadSample(
      dataset: SampleDataset,
      options: { keepOrganisation: boolean },
    ): Promise<void> {
      // A profile the user already filled in is theirs; the sample never overwrites it.
      const existing = options.keepOrganisation ? await db.organisation.count() : 0
      await write(check(datasetToChunk(dataset, { withOrganisation: existing === 0 })))
    },

    /**
     * A generated dataset (the bench's large seed), written as fast as the database allows: its
     * records come from code with a fixed shape, not from a person, so the first record of each
     * table in each chunk is validated (a broken generator still fails on its first chunk), and
     * every chunk is added in one transaction without the per-record audit hooks, under one
     * audit entry. Whatever a person enters goes through the validating writes above.
     */
    async loadGenerated(chunks: Iterable<SampleChunk>): Promise<void> {
      await withAuditHooksSuspended(db, () =>
        db.transaction('rw', [...tables(), db.audit], async () => {
          privilegeCurrentTransaction(db)
          let records = 0
          for (const chunk of chunks) {
            check(firstOfEach(chunk))
            const writes: Promise<unknown>[] = []
            if (chunk.organisation) writes.push(db.organisation.put(chunk.organisation))
            for (const { name } of tables()) {
              const rows = chunk[name as keyof SampleChunk]
              if (!Array.isArray(rows) || rows.length === 0) continue
              records += rows.length
              writes.push(db.table(name).bulkAdd(rows))
            }
            await Promise.all(writes)
          }
          await addDatabaseEntry(ctx, 'import', `generated:${records}`)
        }),
      )
    },
  }
}

export type DatasetsRepository = ReturnType<typeof createDatasetsRepository>
