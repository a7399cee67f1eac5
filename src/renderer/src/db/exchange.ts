import { ORGANISATION_PROFILE_ID } from '@shared/domain'
import {
  BackupRefusal,
  checkPackageScope,
  EXCHANGE_TABLES,
  openBackupFile,
  planMerge,
  resolveMerge,
  stampOrigin,
  writeBackupFile,
  type BackupManifest,
  type Dataset,
  type ExchangeData,
  type ExchangeTable,
  type MergeChoice,
  type MergePlan,
} from '@shared/backup'
import type { RepoContext } from './context'
import { currentActor } from './audit'
import { CURRENT_DB_VERSION } from './schema'
import { requireRecord } from './records'

export interface ExportForumOptions {
  appVersion: string
  passphrase?: string
  iterations?: number
}

export interface OpenedPackage {
  manifest: BackupManifest
  plan: MergePlan
}

/** Moving one forum between laptops: export with everything it references, import merging by id. */
export function createExchangeRepository(ctx: RepoContext) {
  const { db } = ctx

  async function collect(forumId: string): Promise<ExchangeData> {
    const tables = EXCHANGE_TABLES.map((t) => db.table(t))
    return db.transaction('r', tables, async () => {
      const forum = await requireRecord(db.forums, forumId, 'forum')
      const byForum = <T extends ExchangeTable>(table: T) =>
        db.table(table).where('forumId').equals(forumId).toArray() as Promise<Dataset[T]>
      const participants = await byForum('participants')
      const attendance = await byForum('attendance')
      const progressUpdates = await byForum('progressUpdates')
      const attachments = await byForum('attachments')
      // Evidence may be filed without a forum id; it is still the forum's through its progress.
      const evidenceIds = progressUpdates
        .flatMap((p) => p.attachmentIds)
        .filter((id) => !attachments.some((a) => a.id === id))
      const evidence = (await db.attachments.bulkGet(evidenceIds)).filter((a) => a !== undefined)
      const personIds = [...new Set([...participants, ...attendance].map((r) => r.personId))]
      const people = (await db.people.bulkGet(personIds)).filter((p) => p !== undefined)
      return {
        forums: [forum],
        people,
        participants,
        attendance,
        agendaItems: await byForum('agendaItems'),
        issues: await byForum('issues'),
        agreements: await byForum('agreements'),
        actionItems: await byForum('actionItems'),
        progressUpdates,
        attachments: [...attachments, ...evidence],
        signatories: await byForum('signatories'),
        documents: await byForum('documents'),
      }
    })
  }

  /** How this laptop names itself on what it sends: the user, and the unit when one is set. */
  async function laptopLabel(): Promise<string> {
    const unit = (await db.organisation.get(ORGANISATION_PROFILE_ID))?.unitName ?? ''
    return unit ? `${currentActor(db)} — ${unit}` : currentActor(db)
  }

  return {
    collect,

    async exportForum(
      forumId: string,
      options: ExportForumOptions,
    ): Promise<Uint8Array<ArrayBuffer>> {
      const data = await collect(forumId)
      const createdAt = ctx.clock().toISOString()
      // The receiver sees which laptop each finalised document came from.
      data.documents = stampOrigin(data.documents, {
        label: await laptopLabel(),
        exportedAt: createdAt,
      })
      return writeBackupFile(
        data,
        {
          kind: 'forum',
          appVersion: options.appVersion,
          dbVersion: CURRENT_DB_VERSION,
          createdAt,
          forum: { id: forumId, title: data.forums[0]!.title },
        },
        options,
      )
    },

    /**
     * Checks the package fully (its file, then that it stays in its forum) and compares it with
     * this laptop's records; writes nothing.
     */
    async open(bytes: Uint8Array, passphrase?: string): Promise<OpenedPackage> {
      const { manifest, data } = await openBackupFile(bytes, {
        dbVersion: CURRENT_DB_VERSION,
        passphrase,
      })
      if (manifest.kind !== 'forum' || !manifest.forum) {
        throw new BackupRefusal({ reason: 'wrong_kind' })
      }
      const incoming = Object.fromEntries(EXCHANGE_TABLES.map((t) => [t, data[t]])) as ExchangeData
      await checkPackageScope(manifest.forum.id, incoming)
      const local = {} as Parameters<typeof planMerge>[1]
      await db.transaction(
        'r',
        EXCHANGE_TABLES.map((t) => db.table(t)),
        async () => {
          for (const table of EXCHANGE_TABLES) {
            const ids = (incoming[table] as { id: string }[]).map((r) => r.id)
            const found = (await db.table(table).bulkGet(ids)) as ({ id: string } | undefined)[]
            ;(local as Record<string, Map<string, unknown>>)[table] = new Map(
              found.filter((r) => r !== undefined).map((r) => [r.id, r]),
            )
          }
        },
      )
      return { manifest, plan: planMerge(incoming, local) }
    },

    /** Additions and the chosen incoming versions, in one transaction. */
    async apply(opened: OpenedPackage, choices: Record<string, MergeChoice>): Promise<number> {
      const put = resolveMerge(opened.plan, choices)
      const tables = [...EXCHANGE_TABLES.map((t) => db.table(t)), db.audit]
      let written = 0
      await db.transaction('rw', tables, async () => {
        for (const table of EXCHANGE_TABLES) {
          const rows = put[table] as unknown[]
          if (rows.length === 0) continue
          await db.table(table).bulkPut(rows)
          written += rows.length
        }
        const forum = opened.manifest.forum
        await db.audit.add({
          id: ctx.newId(),
          at: ctx.clock().toISOString(),
          actor: currentActor(db),
          entity: 'forums',
          entityId: forum?.id ?? '*',
          forumId: forum?.id ?? null,
          action: 'import',
          summary: `${written} / ${opened.plan.conflicts.length}`,
        })
      })
      return written
    },
  }
}

export type ExchangeRepository = ReturnType<typeof createExchangeRepository>
