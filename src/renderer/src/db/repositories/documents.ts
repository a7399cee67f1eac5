import {
  type DocumentKind,
  forumSchema,
  invitationLetterSchema,
  type Forum,
  type InvitationLetterInput,
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
  counterSuggestion,
  nomorKey,
  nomorTakenBy,
  type CounterSuggestion,
  withSignatoryIds,
} from '@shared/documents'
import type { Bytes } from '@shared/bytes'
import { nowIso, type RepoContext } from '../context'
import { validate, ValidationError } from '../validation'
import { createAgreementsRepository } from './agreements'
import { putValid, requireRecord } from '../records'

export interface FinaliseResult {
  document: GeneratedDocument
  bytes: Bytes
}

export interface FinaliseOptions {
  /** The nomor as typed (from the agenda book or SRIKANDI); absent: the suggestion. */
  nomor?: string
}

/** What the nomor field offers: kept from an earlier finalisation, or the counter's next. */
export type NomorSuggestion =
  { source: 'kept'; nomor: string } | ({ source: 'counter' } & CounterSuggestion)

const NOMOR_FIELD = 'nomor'

/** A numbered document needs its nomor, and no other finalised document may carry it. */
function refuseIfTaken(
  target: Pick<GeneratedDocument, 'forumId' | 'kind' | 'nomor'>,
  documents: GeneratedDocument[],
): void {
  if (target.nomor === '') {
    throw new ValidationError('document', [{ path: NOMOR_FIELD, code: 'required' }])
  }
  if (nomorTakenBy(target.nomor, target, documents)) {
    throw new ValidationError('document', [{ path: NOMOR_FIELD, code: 'nomor_taken' }])
  }
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

  /**
   * Every finalised document, to compare nomor: a forum has tens, an installation a few hundred,
   * so reading them all at finalisation costs less than an index kept on every write.
   */
  function allDocuments(): Promise<GeneratedDocument[]> {
    return db.documents.toArray()
  }

  async function suggestionFor(
    docCtx: DocumentContext,
    kind: DocumentKind,
  ): Promise<NomorSuggestion | null> {
    if (!NUMBERED_KINDS.includes(kind)) return null
    const kept = docCtx.nomor[kind]
    if (kept) return { source: 'kept', nomor: kept }
    const used = new Set((await allDocuments()).map((d) => nomorKey(d.nomor)))
    return {
      source: 'counter',
      ...counterSuggestion(
        docCtx.organisation,
        signingDay(docCtx.forum).date,
        ctx.clock().getUTCFullYear(),
        used,
      ),
    }
  }

  async function refuseTakenNomor(forumId: string, kind: DocumentKind, nomor: string) {
    refuseIfTaken({ forumId, kind, nomor: nomor.trim() }, await allDocuments())
  }

  return {
    listByForum,
    loadDocumentContext,

    /** The Surat Undangan's date, sifat, lampiran and hal, kept on the forum. */
    async saveInvitation(forumId: string, input: InvitationLetterInput): Promise<Forum> {
      const invitation = validate(invitationLetterSchema, 'invitation', input)
      return db.transaction('rw', db.forums, async () => {
        const forum = await requireRecord(db.forums, forumId, 'forum')
        return putValid(db.forums, forumSchema, 'forum', {
          ...forum,
          invitation,
          updatedAt: nowIso(ctx),
        })
      })
    },

    async findByCode(code: string): Promise<GeneratedDocument | undefined> {
      return db.documents.where('code').equals(code).last()
    },

    async findByHash(hash: string): Promise<GeneratedDocument | undefined> {
      return db.documents.where('hash').equals(hash).last()
    },

    /** The nomor a numbered document is offered at finalisation; null for unnumbered kinds. */
    async suggestNomor(forumId: string, choice: DocumentChoice): Promise<NomorSuggestion | null> {
      return suggestionFor(await loadDocumentContext(forumId), kindOfChoice(choice))
    },

    /**
     * Finalising: freezes the agreements (for documents that state them), gives a numbered kind
     * its nomor (typed, or the suggestion: kept from an earlier finalisation of the same document,
     * else the next of the yearly counter, which advances only when its suggestion is used),
     * stores the hash and the code. A nomor another finalised document carries is refused. The
     * DOCX is built outside the transaction; the write checks that nothing it states changed
     * meanwhile.
     */
    async finalise(
      forumId: string,
      choice: DocumentChoice,
      options: FinaliseOptions = {},
    ): Promise<FinaliseResult> {
      const kind = kindOfChoice(choice)
      if (NUMBERED_KINDS.includes(kind) && options.nomor !== undefined) {
        await refuseTakenNomor(forumId, kind, options.nomor)
      }
      if (AGREEMENT_KINDS.includes(kind)) {
        const forum = await db.forums.get(forumId)
        if (forum && forum.agreementsFrozenAt === null) {
          await createAgreementsRepository(ctx).freeze(forumId)
        }
      }
      const docCtx = await loadDocumentContext(forumId)
      const counterBefore = docCtx.organisation.nomorCounter
      let counterAfter = counterBefore
      const suggestion = await suggestionFor(docCtx, kind)
      if (suggestion) {
        const nomor = (options.nomor ?? suggestion.nomor).trim()
        if (suggestion.source === 'counter' && nomorKey(nomor) === nomorKey(suggestion.nomor)) {
          counterAfter = suggestion.counter
        }
        docCtx.nomor[kind] = nomor
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
        signatories: withSignatoryIds(fingerprint.signatories, docCtx.signatories),
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
        if (NUMBERED_KINDS.includes(kind)) refuseIfTaken(document, await allDocuments())
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
