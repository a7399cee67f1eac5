import {
  agendaItemSchema,
  forumFieldsSchema,
  forumSchema,
  participantSchema,
  type Forum,
  type ForumFieldsInput,
  type ForumStatus,
} from '@shared/domain'
import { copyForumSetup, type CopyChoice, type PlannedAgendaItem } from '@shared/templates'
import { normalizeText } from '@shared/format/names'
import { nowIso, type RepoContext } from '../context'
import { validate } from '../validation'
import { putValid, requireRecord } from '../records'

export interface ForumListQuery {
  includeArchived?: boolean
  /** Newest first; the list shows a window of this size at a time. */
  limit?: number
  offset?: number
}

export function createForumsRepository(ctx: RepoContext) {
  const { db } = ctx

  async function get(id: string): Promise<Forum | undefined> {
    return db.forums.get(id)
  }

  function require(id: string): Promise<Forum> {
    return requireRecord(db.forums, id, 'forum')
  }

  function newForum(input: ForumFieldsInput): Forum {
    const fields = validate(forumFieldsSchema, 'forum', input)
    const at = nowIso(ctx)
    return validate(forumSchema, 'forum', {
      ...fields,
      id: ctx.newId(),
      status: 'rencana',
      archived: false,
      searchText: normalizeText(`${fields.title} ${fields.topic}`),
      agreementsFrozenAt: null,
      agreementsRevision: 0,
      createdAt: at,
      updatedAt: at,
    })
  }

  return {
    get,
    require,

    /** Newest forum first, through the startDate index: no full scan. */
    async list(query: ForumListQuery = {}): Promise<Forum[]> {
      const { includeArchived = false, limit = 200, offset = 0 } = query
      // Walks the startDate index newest first and stops once a page is full. There is no index on
      // archived: archived forums are few, so filtering them on the cursor costs little.
      const newestFirst = db.forums.orderBy('startDate').reverse()
      const visible = includeArchived ? newestFirst : newestFirst.filter((f) => !f.archived)
      return visible.offset(offset).limit(limit).toArray()
    },

    async count(includeArchived = false): Promise<number> {
      return includeArchived ? db.forums.count() : db.forums.filter((f) => !f.archived).count()
    },

    /** A new forum; `agenda`, planned by a template, becomes its first day's agenda. */
    async create(
      input: ForumFieldsInput,
      agenda: readonly PlannedAgendaItem[] = [],
    ): Promise<Forum> {
      const forum = newForum(input)
      const at = forum.createdAt
      const dayId = forum.days[0]!.id
      const items = agenda.map((item) =>
        validate(agendaItemSchema, 'agendaItem', {
          ...item,
          id: ctx.newId(),
          forumId: forum.id,
          dayId,
          speakerIds: [],
          moderatorId: null,
          actualStart: null,
          actualEnd: null,
          notes: '',
          speakerQueue: [],
          createdAt: at,
          updatedAt: at,
        }),
      )
      await db.transaction('rw', db.forums, db.agendaItems, async () => {
        await db.forums.add(forum)
        await db.agendaItems.bulkAdd(items)
      })
      return forum
    },

    /**
     * "Salin dari forum sebelumnya": a new forum with the old one's set-up (copyForumSetup says
     * what is carried), read and written in one transaction.
     */
    async copy(sourceId: string, choice: CopyChoice): Promise<Forum> {
      return db.transaction('rw', db.forums, db.agendaItems, db.participants, async () => {
        const source = await require(sourceId)
        const agenda = await db.agendaItems.where('forumId').equals(sourceId).toArray()
        const participants = await db.participants.where('forumId').equals(sourceId).toArray()
        const copy = copyForumSetup(source, agenda, participants, choice, ctx.newId)
        const forum = newForum(copy.fields)
        const at = forum.createdAt
        const stamp = { forumId: forum.id, createdAt: at, updatedAt: at }
        await db.forums.add(forum)
        await db.agendaItems.bulkAdd(
          copy.agenda.map((item) =>
            validate(agendaItemSchema, 'agendaItem', { ...item, ...stamp }),
          ),
        )
        await db.participants.bulkAdd(
          copy.participants.map((p) =>
            validate(participantSchema, 'participant', { ...p, ...stamp }),
          ),
        )
        return forum
      })
    },

    async update(id: string, input: ForumFieldsInput): Promise<Forum> {
      const fields = validate(forumFieldsSchema, 'forum', input)
      return db.transaction('rw', db.forums, async () => {
        const current = await require(id)
        const forum = await putValid(db.forums, forumSchema, 'forum', {
          ...current,
          ...fields,
          searchText: normalizeText(`${fields.title} ${fields.topic}`),
          updatedAt: nowIso(ctx),
        })
        return forum
      })
    },

    async setStatus(id: string, status: ForumStatus): Promise<void> {
      await db.transaction('rw', db.forums, async () => {
        const current = await require(id)
        await db.forums.put({ ...current, status, updatedAt: nowIso(ctx) })
      })
    },

    async setArchived(id: string, archived: boolean): Promise<void> {
      await db.transaction('rw', db.forums, async () => {
        const current = await require(id)
        await db.forums.put({ ...current, archived, updatedAt: nowIso(ctx) })
      })
    },
  }
}

export type ForumsRepository = ReturnType<typeof createForumsRepository>
