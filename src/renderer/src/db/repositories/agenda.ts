import {
  agendaItemSchema,
  type AgendaItem,
  type AgendaKind,
  type SpeakerTurn,
  type Unsur,
} from '@shared/domain'
import { chainStarts, nextOrder, nextPlannedStart } from '@shared/live'
import { nowIso, type RepoContext } from '../context'
import { validate } from '../validation'
import { putValid, requireRecord, requireReorder } from '../records'

export interface AgendaItemInput {
  title: string
  kind: AgendaKind
  durationMin: number
  plannedStart?: string
}

export type AgendaItemPatch = Partial<
  Pick<
    AgendaItem,
    'title' | 'kind' | 'plannedStart' | 'durationMin' | 'speakerIds' | 'moderatorId' | 'notes'
  >
>

/** What the live room may show of a participant: name, unsur, institution; never contacts. */
export interface ParticipantChoice {
  id: string
  name: string
  unsur: Unsur
  institution: string
  searchName: string
}

export function createAgendaRepository(ctx: RepoContext) {
  const { db } = ctx

  function require(id: string): Promise<AgendaItem> {
    return requireRecord(db.agendaItems, id, 'agendaItem')
  }

  async function listByDay(dayId: string): Promise<AgendaItem[]> {
    return db.agendaItems
      .where('[dayId+order]')
      .between([dayId, -Infinity], [dayId, Infinity])
      .toArray()
  }

  async function put(current: AgendaItem, patch: Partial<AgendaItem>): Promise<AgendaItem> {
    const item = await putValid(db.agendaItems, agendaItemSchema, 'agendaItem', {
      ...current,
      ...patch,
      updatedAt: nowIso(ctx),
    })
    return item
  }

  async function update(id: string, patch: Partial<AgendaItem>): Promise<AgendaItem> {
    return db.transaction('rw', db.agendaItems, async () => put(await require(id), patch))
  }

  async function updateQueue(
    id: string,
    change: (queue: SpeakerTurn[]) => SpeakerTurn[],
  ): Promise<AgendaItem> {
    return db.transaction('rw', db.agendaItems, async () => {
      const current = await require(id)
      return put(current, { speakerQueue: change(current.speakerQueue ?? []) })
    })
  }

  return {
    listByDay,

    async listByForum(forumId: string): Promise<AgendaItem[]> {
      const items = await db.agendaItems.where('forumId').equals(forumId).toArray()
      return items.sort((a, b) => a.order - b.order)
    },

    async add(forumId: string, dayId: string, dayStart: string, input: AgendaItemInput) {
      return db.transaction('rw', db.agendaItems, async () => {
        const items = await listByDay(dayId)
        const at = nowIso(ctx)
        const item = validate(agendaItemSchema, 'agendaItem', {
          id: ctx.newId(),
          forumId,
          dayId,
          order: nextOrder(items),
          title: input.title,
          kind: input.kind,
          plannedStart: input.plannedStart ?? nextPlannedStart(items, dayStart),
          durationMin: input.durationMin,
          speakerIds: [],
          moderatorId: null,
          actualStart: null,
          actualEnd: null,
          notes: '',
          speakerQueue: [],
          createdAt: at,
          updatedAt: at,
        })
        await db.agendaItems.add(item)
        return item
      })
    },

    /** A changed start or duration moves the items after it, so the plan stays back to back. */
    async update(id: string, patch: AgendaItemPatch): Promise<AgendaItem> {
      if (patch.durationMin === undefined && patch.plannedStart === undefined) {
        return update(id, patch)
      }
      return db.transaction('rw', db.agendaItems, async () => {
        const changed = await put(await require(id), patch)
        const later = (await listByDay(changed.dayId)).filter((i) => i.order > changed.order)
        const starts = chainStarts(
          [changed.durationMin, ...later.map((i) => i.durationMin)],
          changed.plannedStart,
        )
        for (const [index, item] of later.entries()) {
          const plannedStart = starts[index + 1] ?? item.plannedStart
          if (plannedStart !== item.plannedStart) await put(item, { plannedStart })
        }
        return changed
      })
    },

    /**
     * One speaker ticked or unticked, read and written in one transaction: two quick clicks each
     * build on what is stored, never on the list the screen last showed.
     */
    async setSpeaker(id: string, participantId: string, on: boolean): Promise<AgendaItem> {
      return db.transaction('rw', db.agendaItems, async () => {
        const current = await require(id)
        const others = current.speakerIds.filter((s) => s !== participantId)
        return put(current, { speakerIds: on ? [...others, participantId] : others })
      })
    },

    async remove(id: string): Promise<void> {
      await db.agendaItems.delete(id)
    },

    /** New order for a day; planned starts follow one another from the first item's start. */
    async reorder(dayId: string, orderedIds: readonly string[]): Promise<void> {
      await db.transaction('rw', db.agendaItems, async () => {
        const items = await listByDay(dayId)
        const sequence = requireReorder(items, orderedIds, 'agendaItem')
        const firstStart = items[0]?.plannedStart ?? '00:00'
        const starts = chainStarts(
          sequence.map((item) => item.durationMin),
          firstStart,
        )
        for (const [index, item] of sequence.entries()) {
          await put(item, { plannedStart: starts[index] ?? item.plannedStart })
        }
      })
    },

    /**
     * Starts an item at `at`: the one running before it ends at the same instant, so the notulen's
     * times follow one another.
     */
    async start(dayId: string, id: string, at: string): Promise<void> {
      await db.transaction('rw', db.agendaItems, async () => {
        for (const item of await listByDay(dayId)) {
          if (item.id === id) await put(item, { actualStart: at, actualEnd: null })
          else if (item.actualStart !== null && item.actualEnd === null) {
            await put(item, { actualEnd: at })
          }
        }
      })
    },

    async finish(id: string, at: string): Promise<void> {
      await update(id, { actualEnd: at })
    },

    /** Back: the current item had not really begun, the previous one runs on. */
    async back(currentId: string, previousId: string): Promise<void> {
      await db.transaction('rw', db.agendaItems, async () => {
        await put(await require(currentId), { actualStart: null, actualEnd: null })
        await put(await require(previousId), { actualEnd: null })
      })
    },

    async addTurn(
      id: string,
      speaker: { participantId: string | null; name: string; unsur: Unsur | null },
    ) {
      return updateQueue(id, (queue) => [
        ...queue,
        { id: ctx.newId(), ...speaker, startedAt: null, endedAt: null },
      ])
    },

    async moveTurn(id: string, turnId: string, delta: -1 | 1) {
      return updateQueue(id, (queue) => {
        const from = queue.findIndex((t) => t.id === turnId)
        const to = from + delta
        if (from < 0 || to < 0 || to >= queue.length) return queue
        const next = [...queue]
        const [turn] = next.splice(from, 1)
        next.splice(to, 0, turn as SpeakerTurn)
        return next
      })
    },

    async removeTurn(id: string, turnId: string) {
      return updateQueue(id, (queue) => queue.filter((t) => t.id !== turnId))
    },

    /** One voice at a time: starting a turn ends the one that was running. */
    async startTurn(id: string, turnId: string, at: string) {
      return updateQueue(id, (queue) =>
        queue.map((t) => {
          if (t.id === turnId) return { ...t, startedAt: at, endedAt: null }
          return t.startedAt !== null && t.endedAt === null ? { ...t, endedAt: at } : t
        }),
      )
    },

    async stopTurn(id: string, turnId: string, at: string) {
      return updateQueue(id, (queue) =>
        queue.map((t) => (t.id === turnId && t.endedAt === null ? { ...t, endedAt: at } : t)),
      )
    },

    /** The forum's participants for pickers, read-only, joined with the registry for the name. */
    async participantChoices(forumId: string): Promise<ParticipantChoice[]> {
      const participants = await db.participants.where('forumId').equals(forumId).toArray()
      const people = await db.people.bulkGet(participants.map((p) => p.personId))
      return participants
        .map((participant, index) => {
          const person = people[index]
          return {
            id: participant.id,
            name: person?.name ?? participant.searchName,
            unsur: participant.unsur,
            institution: person?.institution ?? '',
            searchName: participant.searchName,
          }
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'id'))
    },
  }
}

export type AgendaRepository = ReturnType<typeof createAgendaRepository>
