import { afterEach, describe, expect, it } from 'vitest'
import { ValidationError } from '@renderer/db'
import type { PersonFieldsInput } from '@shared/domain'
import { openTestRepositories } from '../db/test-db'

type Opened = ReturnType<typeof openTestRepositories>
let opened: Opened | undefined

afterEach(async () => {
  await opened?.dispose()
  opened = undefined
})

const FORUM_A = '11111111-1111-4111-8111-111111111111'
const FORUM_B = '22222222-2222-4222-8222-222222222222'
const DAY_1 = '33333333-3333-4333-8333-333333333333'
const PNG = 'data:image/png;base64,iVBORw0KGgo='

function person(name: string, extra: Partial<PersonFieldsInput> = {}): PersonFieldsInput {
  return { name, gender: 'P', unsur: 'organisasi_masyarakat_sipil', ...extra }
}

describe('participants repository', () => {
  it('adds new and existing people, keeping the search key without titles', async () => {
    opened = openTestRepositories()
    const { participants, people } = opened.repositories
    const { person: maria } = await participants.addNew(
      FORUM_A,
      person('Maria Goreti Bria, S.Sos.'),
    )
    expect(maria.searchName).toBe('maria goreti bria')
    await participants.addExisting(FORUM_B, maria.id)
    await expect(participants.addExisting(FORUM_B, maria.id)).rejects.toThrow(/already_listed/)
    expect((await participants.listByForum(FORUM_B)).map((e) => e.person.name)).toEqual([
      'Maria Goreti Bria, S.Sos.',
    ])
    expect(await people.count()).toBe(1)
  })

  it('imports every kept row in one go, linking registry matches', async () => {
    opened = openTestRepositories()
    const { participants } = opened.repositories
    const { person: known } = await participants.addNew(FORUM_B, person('Siti Rahma'))
    const progress: number[] = []
    const result = await participants.importRows(
      FORUM_A,
      [
        { row: 5, person: person('Ana'), existingPersonId: null },
        { row: 6, person: person('Siti Rahma'), existingPersonId: known.id },
      ],
      { onProgress: (p) => progress.push(p) },
    )
    expect(result).toEqual({ created: 1, linked: 1, alreadyListed: 0 })
    expect(progress.at(-1)).toBe(1)
    expect((await participants.listByForum(FORUM_A)).map((e) => e.person.name)).toEqual([
      'Ana',
      'Siti Rahma',
    ])
    // Linked again (a second file): not listed twice, and counted as skipped.
    const again = await participants.importRows(FORUM_A, [
      { row: 2, person: person('Siti Rahma'), existingPersonId: known.id },
    ])
    expect(again).toEqual({ created: 0, linked: 0, alreadyListed: 1 })
    expect(await participants.count(FORUM_A)).toBe(2)
  })

  it('adds many registry people in one go, skipping and naming those already listed', async () => {
    opened = openTestRepositories()
    const { participants } = opened.repositories
    const ids: string[] = []
    for (const name of ['Ana', 'Budi', 'Citra', 'Dewi']) {
      ids.push((await participants.addNew(FORUM_B, person(name))).person.id)
    }
    await participants.addExisting(FORUM_A, ids[1]!)
    const result = await participants.addManyExisting(FORUM_A, [ids[0]!, ids[1]!, ids[2]!, ids[0]!])
    expect(result.added.map((p) => p.personId)).toEqual([ids[0], ids[2]])
    expect(result.alreadyListed).toEqual([ids[1]])
    expect(await participants.count(FORUM_A)).toBe(3)
    // One unknown person: nobody is added.
    await expect(
      participants.addManyExisting(FORUM_A, [ids[3]!, '44444444-4444-4444-8444-444444444444']),
    ).rejects.toThrow(/not_found/)
    expect(await participants.count(FORUM_A)).toBe(3)
  })

  it('imports nothing when one row is invalid or the import is cancelled', async () => {
    opened = openTestRepositories()
    const { participants, people } = opened.repositories
    const rows = Array.from({ length: 600 }, (_, i) => ({
      row: i + 2,
      person: person(`Peserta ${i}`),
      existingPersonId: null,
    }))
    const broken = [
      ...rows,
      { row: 700, person: person('Bad', { email: 'nope' }), existingPersonId: null },
    ]
    await expect(participants.importRows(FORUM_A, broken)).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.problems[0]!.path === '700.email',
    )
    const controller = new AbortController()
    const cancelled = participants.importRows(FORUM_A, rows, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    })
    await expect(cancelled).rejects.toThrow(/cancelled/)
    expect(await participants.count(FORUM_A)).toBe(0)
    expect(await people.count()).toBe(0)
  })

  it('refuses to remove someone who signed', async () => {
    opened = openTestRepositories()
    const { participants, attendance } = opened.repositories
    const { participant } = await participants.addNew(FORUM_A, person('Ana'))
    await attendance.checkIn({ forumId: FORUM_A, dayId: DAY_1, participantId: participant.id })
    await expect(participants.remove(participant.id)).rejects.toThrow(/has_attendance/)
  })
})

describe('attendance repository', () => {
  it('checks in once per day with a signature, undoes, and registers walk-ins', async () => {
    opened = openTestRepositories()
    const { participants, attendance } = opened.repositories
    const { participant } = await participants.addNew(FORUM_A, person('Ana'))
    const first = await attendance.checkIn({
      forumId: FORUM_A,
      dayId: DAY_1,
      participantId: participant.id,
      signaturePng: PNG,
    })
    expect(first).toMatchObject({
      signaturePng: PNG,
      walkIn: false,
      checkedInAt: '2026-03-01T02:00:00.000Z',
    })
    await expect(
      attendance.checkIn({ forumId: FORUM_A, dayId: DAY_1, participantId: participant.id }),
    ).rejects.toThrow(/already_checked_in/)
    await expect(
      attendance.checkIn({
        forumId: FORUM_A,
        dayId: DAY_1,
        participantId: participant.id,
        signaturePng: 'x',
      }),
    ).rejects.toThrow(ValidationError)
    const DAY_2 = '44444444-4444-4444-8444-444444444444'
    await attendance.checkIn({ forumId: FORUM_A, dayId: DAY_2, participantId: participant.id })
    expect(await attendance.listByDay(FORUM_A, DAY_2)).toHaveLength(1)
    await attendance.undo(first.id)
    expect(await attendance.listByDay(FORUM_A, DAY_1)).toEqual([])

    const walkIn = await attendance.walkIn(FORUM_A, DAY_1, person('Budi', { gender: 'L' }))
    expect(walkIn.walkIn).toBe(true)
    expect((await participants.listByForum(FORUM_A)).map((e) => e.participant.invited)).toEqual([
      true,
      false,
    ])
  })
})

describe('people repository', () => {
  it('merges two records keeping every attendance and signature', async () => {
    opened = openTestRepositories()
    const { participants, attendance, people } = opened.repositories
    const a = await participants.addNew(FORUM_A, person('Dr. Yohanes Ndolu', { gender: 'L' }))
    const b = await participants.addNew(
      FORUM_A,
      person('Yohanes Ndolu', { gender: 'L', phone: '081234567890' }),
    )
    const c = await participants.addExisting(FORUM_B, b.person.id)
    await attendance.checkIn({
      forumId: FORUM_A,
      dayId: DAY_1,
      participantId: b.participant.id,
      signaturePng: PNG,
    })
    await attendance.checkIn({
      forumId: FORUM_B,
      dayId: DAY_1,
      participantId: c.id,
      signaturePng: PNG,
    })

    const kept = await people.merge(a.person.id, b.person.id)
    expect(kept.phone).toBe('081234567890')
    expect((await people.get(b.person.id))!.mergedInto).toBe(a.person.id)
    const forumA = await participants.listByForum(FORUM_A)
    expect(forumA.map((e) => e.person.id)).toEqual([a.person.id])
    const signed = await attendance.listByForum(FORUM_A)
    expect(signed).toMatchObject([
      { participantId: a.participant.id, personId: a.person.id, signaturePng: PNG },
    ])
    expect(await attendance.listByForum(FORUM_B)).toMatchObject([
      { participantId: c.id, personId: a.person.id, signaturePng: PNG },
    ])
    expect((await people.list()).map((p) => p.id)).toEqual([a.person.id])
    await expect(people.merge(a.person.id, a.person.id)).rejects.toThrow(/merge_same/)
  })

  it('searches the registry without titles and keeps list keys in step on rename', async () => {
    opened = openTestRepositories()
    const { participants, people } = opened.repositories
    const { person: p } = await participants.addNew(FORUM_A, person('Ir. Fransiska Nahak'))
    expect((await people.list({ query: 'nahak' })).map((x) => x.id)).toEqual([p.id])
    await people.update(p.id, person('Fransiska Nahak-Seran'))
    const [entry] = await participants.listByForum(FORUM_A)
    expect(entry!.participant.searchName).toBe('fransiska nahak seran')
    await expect(people.update(p.id, person('X', { nip: '123' }))).rejects.toThrow(/nip/)
  })
})
