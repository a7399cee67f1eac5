import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Agreement, Forum } from '@shared/domain'
import { openTestRepositories } from '../db/test-db'

const official = { prefix: '', position: '', name: '', rank: '', nip: '' } as const

// "Tambah rencana aksi" once saved the item and then rejected with Dexie's PrematureCommitError.
describe('adding an action item under an agreement', () => {
  let env: ReturnType<typeof openTestRepositories>
  let forum: Forum
  let agreement: Agreement

  beforeEach(async () => {
    env = openTestRepositories(new Date('2026-03-09T01:00:00Z'))
    const dayId = crypto.randomUUID()
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
    agreement = await env.repositories.agreements.add(forum.id, 'Loket prioritas bagi lansia')
  })
  afterEach(() => env.dispose())

  it('resolves with the stored item, numbered after the last', async () => {
    const { liveActionItems } = env.repositories
    const first = await liveActionItems.create(forum.id, {
      agreementId: agreement.id,
      plan: 'Rencana aksi baru',
    })
    const second = await liveActionItems.create(forum.id, {
      agreementId: agreement.id,
      plan: 'Rencana aksi baru',
    })
    expect(second.order).toBe(first.order + 1)
    expect((await liveActionItems.listByForum(forum.id)).map((i) => i.id)).toEqual([
      first.id,
      second.id,
    ])
  })

  it('resolves after mufakat too, opening the next revision', async () => {
    await env.repositories.agreements.freeze(forum.id)
    const item = await env.repositories.liveActionItems.create(forum.id, {
      agreementId: agreement.id,
      plan: 'Rencana aksi baru',
    })
    expect(item.agreementId).toBe(agreement.id)
    expect((await env.repositories.forums.get(forum.id))?.agreementsFrozenAt).toBeNull()
  })
})
