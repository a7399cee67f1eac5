import {
  generatedDocumentSchema,
  ORGANISATION_PROFILE_ID,
  organisationProfileSchema,
  type GeneratedDocument,
} from '@shared/domain'
import {
  AGREEMENT_KINDS,
  buildChoice,
  kindOfChoice,
  NUMBERED_KINDS,
  signingDay,
  type DocumentChoice,
  type DocumentContext,
  finalDocx,
  fingerprintDocx,
} from '@shared/documents'
import { formatNomor, nextCounter } from '@shared/format/nomor'
import type { Bytes } from '@shared/bytes'
import { nowIso, type RepoContext } from '../context'
import { validate, ValidationError } from '../validation'
import { createAgreementsRepository } from './agreements'
import { requireRecord } from '../records'

export interface FinaliseResult {
  document: GeneratedDocument
  bytes: Bytes
}

export function createDocumentsRepository(ctx: RepoContext) {
  const { db } = ctx

  async function listByForum(forumId: string): Promise<GeneratedDocument[]> {
    const documents = await db.documents.where('forumId').equals(forumId).toArray()
    return documents.sort((a, b) => b.finalisedAt.localeCompare(a.finalisedAt))
  }

  /** Everything the documents of one forum state, read in one transaction. */
  async function loadDocumentContext(forumId: string): Promise<DocumentContext> {
    const tables = [
      db.organisation,
      db.forums,
      db.people,
      db.participants,
      db.attendance,
      db.agendaItems,
      db.issues,
      db.agreements,
      db.actionItems,
      db.signatories,
      db.attachments,
      db.documents,
    ]
    return db.transaction('r', tables, async () => {
      const organisation = await requireRecord(
        db.organisation,
        ORGANISATION_PROFILE_ID,
        'organisation',
      )
      const forum = await requireRecord(db.forums, forumId, 'forum')
      const participants = await db.participants.where('forumId').equals(forumId).toArray()
      const people = (
        await db.people.bulkGet([...new Set(participants.map((p) => p.personId))])
      ).filter((p) => p !== undefined)
      const documents = await listByForum(forumId)
      const nomor: DocumentContext['nomor'] = {}
      for (const doc of [...documents].reverse()) if (doc.nomor) nomor[doc.kind] = doc.nomor
      return {
        organisation,
        forum,
        people,
        participants,
        attendance: await db.attendance.where('forumId').equals(forumId).toArray(),
        agendaItems: await db.agendaItems.where('forumId').equals(forumId).toArray(),
        issues: await db.issues.where('forumId').equals(forumId).toArray(),
        agreements: await db.agreements.where('forumId').equals(forumId).toArray(),
        actionItems: await db.actionItems.where('forumId').equals(forumId).toArray(),
        signatories: await db.signatories.where('forumId').equals(forumId).toArray(),
        photos: (
          await db.attachments
            .where('[ownerType+ownerId]')
            .equals(['forum_photo', forumId])
            .toArray()
        ).sort(
          (a, b) =>
            (a.takenOn ?? '').localeCompare(b.takenOn ?? '') ||
            a.createdAt.localeCompare(b.createdAt),
        ),
        nomor,
      }
    })
  }

  return {
    listByForum,
    loadDocumentContext,

    async findByCode(code: string): Promise<GeneratedDocument | undefined> {
      return db.documents.where('code').equals(code).last()
    },

    async findByHash(hash: string): Promise<GeneratedDocument | undefined> {
      return db.documents.where('hash').equals(hash).last()
    },

    /**
     * Finalising: freezes the agreements (for documents that state them), gives a numbered kind
     * its nomor (kept from an earlier finalisation of the same document, else the next of the
     * yearly counter), stores the hash and the code. The DOCX is built outside the transaction;
     * the write checks that nothing it states changed meanwhile.
     */
    async finalise(forumId: string, choice: DocumentChoice): Promise<FinaliseResult> {
      const kind = kindOfChoice(choice)
      if (AGREEMENT_KINDS.includes(kind)) {
        const forum = await db.forums.get(forumId)
        if (forum && forum.agreementsFrozenAt === null) {
          await createAgreementsRepository(ctx).freeze(forumId)
        }
      }
      const docCtx = await loadDocumentContext(forumId)
      const counterBefore = docCtx.organisation.nomorCounter
      let counterAfter = counterBefore
      if (NUMBERED_KINDS.includes(kind) && !docCtx.nomor[kind]) {
        const date = signingDay(docCtx.forum).date
        const year = Math.max(
          counterBefore.year,
          Number(date.slice(0, 4)),
          ctx.clock().getUTCFullYear(),
        )
        counterAfter = nextCounter(counterBefore, year)
        docCtx.nomor[kind] = formatNomor(docCtx.organisation.nomorPattern, {
          kode: docCtx.organisation.classificationCode,
          urut: counterAfter.last,
          unit: docCtx.organisation.unitCode,
          isoDate: `${year}${date.slice(4)}`,
        })
      }
      const model = buildChoice(choice, docCtx)
      const rendered = await finalDocx(model, docCtx.organisation)
      if (rendered.code === null) throw new Error('finalise: the renderer returned a draft')
      const fingerprint = await fingerprintDocx(rendered.bytes, model)
      const at = nowIso(ctx)
      const document = validate(generatedDocumentSchema, 'document', {
        id: ctx.newId(),
        forumId,
        kind,
        nomor: docCtx.nomor[kind] ?? '',
        revision: docCtx.forum.agreementsRevision,
        hash: rendered.hash,
        code: rendered.code,
        canonical: rendered.canonical,
        fileName: `${model.title}.docx`,
        finalisedAt: at,
        ...fingerprint,
        createdAt: at,
        updatedAt: at,
      })
      await db.transaction('rw', [db.organisation, db.forums, db.documents], async () => {
        const forum = await db.forums.get(forumId)
        const profile = await db.organisation.get(ORGANISATION_PROFILE_ID)
        const changed =
          !forum ||
          !profile ||
          forum.agreementsRevision !== docCtx.forum.agreementsRevision ||
          forum.agreementsFrozenAt !== docCtx.forum.agreementsFrozenAt ||
          profile.nomorCounter.year !== counterBefore.year ||
          profile.nomorCounter.last !== counterBefore.last
        if (changed)
          throw new ValidationError('document', [{ path: 'forum', code: 'changed_meanwhile' }])
        if (counterAfter !== counterBefore) {
          await db.organisation.put(
            validate(organisationProfileSchema, 'organisation', {
              ...profile,
              nomorCounter: counterAfter,
              updatedAt: at,
            }),
          )
        }
        await db.documents.add(document)
      })
      return { document, bytes: rendered.bytes }
    },
  }
}

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>
