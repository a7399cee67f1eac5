import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Forum } from '@shared/domain'
import { ValidationError } from '@renderer/db'
import { openTestRepositories } from '../db/test-db'

const official = { prefix: '', position: '', name: '', rank: '', nip: '' } as const

async function problemsOf(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).problems.map((p) => `${p.path}:${p.code}`)
  }
  throw new Error('expected a ValidationError')
}

describe('live repositories', () => {
  let env: ReturnType<typeof openTestRepositories>
  let forum: Forum
  const dayId = crypto.randomUUID()

  beforeEach(async () => {
    env = openTestRepositories(new Date('2026-03-09T01:00:00Z'))
    forum = await env.repositories.forums.create({
      kind: 'fkp',
      method: 'tatap_muka',
      title: 'FKP Standar Pelayanan Perizinan',
      topicCategory: 'standar_pelayanan',
      startDate: '2026-03-09',
      endDate: '2026-03-09',
      days: [{ id: dayId, date: '2026-03-09', start: '09:00', end: '13:00', place: 'Aula' }],
      organiser: 'DPMPTSP Kota Kupang',
      pimpinan: { ...official },
      moderator: { ...official },
      notulis: { ...official },
    })
  })
  afterEach(() => env.dispose())

  it('two quick speaker ticks both stay: each builds on the stored list', async () => {
    const { agenda } = env.repositories
    const item = await agenda.add(forum.id, dayId, '09:00', {
      title: 'Paparan',
      kind: 'paparan',
      durationMin: 30,
    })
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()]
    // Both start before either is stored, as a second click does before the screen updates.
    await Promise.all([agenda.setSpeaker(item.id, a, true), agenda.setSpeaker(item.id, b, true)])
    expect((await agenda.listByDay(dayId))[0]!.speakerIds).toEqual([a, b])
    await Promise.all([agenda.setSpeaker(item.id, a, false), agenda.setSpeaker(item.id, b, true)])
    expect((await agenda.listByDay(dayId))[0]!.speakerIds).toEqual([b])
  })

  it('builds an agenda, reorders it with chained starts, and records actual times', async () => {
    const { agenda } = env.repositories
    const a = await agenda.add(forum.id, dayId, '09:00', {
      title: 'Pembukaan',
      kind: 'pembukaan',
      durationMin: 15,
    })
    const b = await agenda.add(forum.id, dayId, '09:00', {
      title: 'Paparan',
      kind: 'paparan',
      durationMin: 45,
    })
    expect(b.plannedStart).toBe('09:15')
    await agenda.reorder(dayId, [b.id, a.id])
    const reordered = await agenda.listByDay(dayId)
    expect(reordered.map((i) => [i.title, i.order, i.plannedStart])).toEqual([
      ['Paparan', 1, '09:00'],
      ['Pembukaan', 2, '09:45'],
    ])
    await agenda.start(dayId, b.id, '2026-03-09T01:00:00.000Z')
    await agenda.start(dayId, a.id, '2026-03-09T01:50:00.000Z')
    const [first, second] = await agenda.listByDay(dayId)
    expect(first?.actualEnd).toBe('2026-03-09T01:50:00.000Z')
    expect(second?.actualStart).toBe('2026-03-09T01:50:00.000Z')
    await agenda.back(a.id, b.id)
    const [again] = await agenda.listByDay(dayId)
    expect(again?.actualEnd).toBeNull()
  })

  it('keeps a speakers queue with one timer at a time', async () => {
    const { agenda } = env.repositories
    const item = await agenda.add(forum.id, dayId, '09:00', {
      title: 'Diskusi',
      kind: 'diskusi',
      durationMin: 60,
    })
    await agenda.addTurn(item.id, { participantId: null, name: 'Ibu Maria', unsur: 'media_massa' })
    const withTwo = await agenda.addTurn(item.id, {
      participantId: null,
      name: 'Pak Dominggus',
      unsur: 'pengguna_layanan',
    })
    const [first, second] = withTwo.speakerQueue ?? []
    await agenda.startTurn(item.id, first!.id, '2026-03-09T02:00:00.000Z')
    const after = await agenda.startTurn(item.id, second!.id, '2026-03-09T02:01:30.000Z')
    expect(after.speakerQueue?.[0]?.endedAt).toBe('2026-03-09T02:01:30.000Z')
    expect(after.speakerQueue?.[1]?.endedAt).toBeNull()
  })

  it('captures issues with running numbers and merges duplicates', async () => {
    const { issues } = env.repositories
    const base = {
      forumId: forum.id,
      dayId,
      agendaItemId: null,
      type: 'pengaduan' as const,
      skmUnsur: 'waktu' as const,
      raiserParticipantId: null,
      raiserUnsur: null,
    }
    const one = await issues.capture({ ...base, text: 'Izin lebih lama dari standar' })
    const two = await issues.capture({ ...base, text: 'Proses izin terlalu lama' })
    expect([one.seq, two.seq]).toEqual([1, 2])
    await issues.addVotes(one.id, 3)
    await issues.addVotes(two.id, 2)
    const merged = await issues.merge([two.id, one.id])
    expect(merged).toMatchObject({ id: one.id, votes: 5, text: 'Izin lebih lama dari standar' })
    const list = await issues.listByForum(forum.id)
    expect(list.find((i) => i.id === two.id)?.mergedIntoId).toBe(one.id)
    expect(await problemsOf(issues.capture({ ...base, text: '  ' }))).toEqual(['text:required'])
  })

  it('turns an issue into an action item and refuses a deadline before the forum', async () => {
    const { issues, liveActionItems } = env.repositories
    const issue = await issues.capture({
      forumId: forum.id,
      dayId,
      agendaItemId: null,
      text: 'Tidak ada ramp di loket',
      type: 'masukan',
      skmUnsur: 'sarana',
      raiserParticipantId: null,
      raiserUnsur: null,
    })
    const item = await liveActionItems.fromIssue(issue.id, null)
    expect(item).toMatchObject({ plan: 'Tidak ada ramp di loket', issueIds: [issue.id] })
    expect((await issues.listByForum(forum.id))[0]?.triage).toBe('ditindaklanjuti')
    expect(await problemsOf(liveActionItems.setDeadline(item.id, '1 Maret 2026'))).toEqual([
      'deadline:deadline_before_forum',
    ])
    expect(await problemsOf(liveActionItems.setDeadline(item.id, 'kapan-kapan'))).toEqual([
      'deadline:deadline_unrecognised',
    ])
    const dated = await liveActionItems.setDeadline(item.id, 'Triwulan III 2026')
    expect(dated).toMatchObject({ deadline: '2026-09-30', deadlineLabel: 'Triwulan III 2026' })
  })

  it('freezes at mufakat; a later change opens a new revision with who and when', async () => {
    const { agreements, settings, forums } = env.repositories
    const first = await agreements.add(forum.id, 'Standar pelayanan direvisi dan dipublikasikan')
    expect(first.revision).toBe(0)
    await expect(agreements.freeze(crypto.randomUUID())).rejects.toBeInstanceOf(ValidationError)
    const frozen = await agreements.freeze(forum.id)
    expect(frozen.agreementsRevision).toBe(1)
    expect(frozen.agreementsFrozenAt).toBe('2026-03-09T01:00:00.000Z')

    await settings.set('userName', 'Notulis Rapat')
    env.setNow(new Date('2026-03-09T04:40:00Z'))
    const changed = await agreements.update(first.id, { text: 'Standar pelayanan dipublikasikan' })
    expect(changed.revision).toBe(2)
    const reopened = await forums.get(forum.id)
    expect(reopened).toMatchObject({ agreementsFrozenAt: null, agreementsRevision: 1 })
    expect((await agreements.revisionLog(forum.id))[0]).toEqual({
      at: '2026-03-09T04:40:00.000Z',
      actor: 'Notulis Rapat',
      kind: 'opened',
      revision: 2,
    })
    const again = await agreements.freeze(forum.id)
    expect(again.agreementsRevision).toBe(2)
  })

  it('names the facilitator by default and renumbers after a deletion', async () => {
    const { agreements } = env.repositories
    const a = await agreements.add(forum.id, 'Satu')
    await agreements.add(forum.id, 'Dua')
    await agreements.freeze(forum.id)
    await agreements.remove(a.id)
    const rest = await agreements.listByForum(forum.id)
    expect(rest.map((x) => [x.text, x.order])).toEqual([['Dua', 1]])
    expect((await agreements.revisionLog(forum.id))[0]?.actor).toBe('Fasilitator')
  })

  it('reorders agreements and action items after mufakat as a new revision, writing only what moved', async () => {
    const { agreements, liveActionItems, forums } = env.repositories
    const [a, b, c] = [
      await agreements.add(forum.id, 'Satu'),
      await agreements.add(forum.id, 'Dua'),
      await agreements.add(forum.id, 'Tiga'),
    ]
    const x = await liveActionItems.create(forum.id, { agreementId: a.id, plan: 'Rencana X' })
    const y = await liveActionItems.create(forum.id, { agreementId: a.id, plan: 'Rencana Y' })
    await agreements.freeze(forum.id)
    env.setNow(new Date('2026-03-09T03:00:00Z'))

    await agreements.reorder(forum.id, [b.id, a.id, c.id])
    const reordered = await agreements.listByForum(forum.id)
    expect(reordered.map((r) => [r.text, r.order])).toEqual([
      ['Dua', 1],
      ['Satu', 2],
      ['Tiga', 3],
    ])
    expect(reordered.find((r) => r.id === c.id)?.updatedAt).toBe(c.updatedAt)
    expect(await forums.get(forum.id)).toMatchObject({ agreementsFrozenAt: null })

    await liveActionItems.reorder(forum.id, [y.id, x.id])
    expect((await liveActionItems.listByForum(forum.id)).map((i) => i.plan)).toEqual([
      'Rencana Y',
      'Rencana X',
    ])

    expect(await problemsOf(agreements.reorder(forum.id, [a.id, a.id, b.id]))).toEqual([
      'order:invalid_value',
    ])
    expect(
      await problemsOf(liveActionItems.reorder(forum.id, [x.id, crypto.randomUUID()])),
    ).toEqual(['order:invalid_value'])
  })

  // "Tambah rencana aksi" once saved the item, then rejected with Dexie's PrematureCommitError.
  it('adds action items under an agreement, before and after mufakat', async () => {
    const { agreements, liveActionItems } = env.repositories
    const agreement = await agreements.add(forum.id, 'Loket prioritas bagi lansia')
    const input = { agreementId: agreement.id, plan: 'Rencana aksi baru' }
    const first = await liveActionItems.create(forum.id, input)
    await agreements.freeze(forum.id)
    const second = await liveActionItems.create(forum.id, input)
    expect(second.order).toBe(first.order + 1)
    expect((await liveActionItems.listByForum(forum.id)).map((i) => i.id)).toEqual([
      first.id,
      second.id,
    ])
  })
})
