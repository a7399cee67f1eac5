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

  async function write(chunk: Required<SampleChunk>): Promise<void> {
    await db.transaction(
      'rw',
      [
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
      ],
      async () => {
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
      },
    )
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

    /** The bench's chunks, validated like any other write. */
    async loadChunk(chunk: SampleChunk): Promise<void> {
      await write(check(chunk))
    },
  }
}

export type DatasetsRepository = ReturnType<typeof createDatasetsRepository>
