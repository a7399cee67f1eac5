import { describe, expect, it } from 'vitest'
import {
  conflictKey,
  EXCHANGE_TABLES,
  planMerge,
  resolveMerge,
  validateDataset,
  type ExchangeData,
  type ExchangeTable,
} from '@shared/backup'
import { fixtureTables } from './fixture'

function exchangeData(): ExchangeData {
  const data = validateDataset(fixtureTables())
  return Object.fromEntries(EXCHANGE_TABLES.map((t) => [t, data[t]])) as unknown as ExchangeData
}

function asLocal(data: Partial<ExchangeData>) {
  return Object.fromEntries(
    EXCHANGE_TABLES.map((t) => [
      t,
      new Map(((data[t] ?? []) as { id: string }[]).map((r) => [r.id, r])),
    ]),
  ) as unknown as Parameters<typeof planMerge>[1]
}

describe('exchange merge by id', () => {
  it('adds what is new, skips what is identical, and lists what differs side by side', () => {
    const incoming = exchangeData()
    const issue = incoming.issues[0]!
    const local = {
      forums: incoming.forums,
      people: incoming.people.slice(0, 3),
      issues: [{ ...issue, answer: 'Jawaban versi laptop sekretariat', votes: issue.votes + 2 }],
    }
    const plan = planMerge(incoming, asLocal(local))
    expect(plan.skipped.forums).toBe(incoming.forums.length)
    expect(plan.skipped.people).toBe(3)
    expect(plan.add.people).toHaveLength(incoming.people.length - 3)
    expect(plan.add.forums).toHaveLength(0)
    expect(plan.add.issues).toHaveLength(incoming.issues.length - 1)
    expect(plan.conflicts).toHaveLength(1)
    expect(plan.conflicts[0]).toMatchObject({
      table: 'issues',
      id: issue.id,
      fields: ['answer', 'votes'],
    })
    expect(plan.conflicts[0]!.local).toMatchObject({ answer: 'Jawaban versi laptop sekretariat' })
    expect(plan.conflicts[0]!.incoming).toEqual(issue)
  })

  it('keeps the local record unless the incoming one is chosen; additions always go in', () => {
    const incoming = exchangeData()
    const issue = incoming.issues[0]!
    const changed = { ...issue, text: 'Teks lokal' }
    const plan = planMerge(incoming, asLocal({ issues: [changed] }))
    const keepLocal = resolveMerge(plan, {})
    expect(keepLocal.issues.find((i) => i.id === issue.id)).toBeUndefined()
    expect(keepLocal.forums).toHaveLength(incoming.forums.length)
    const takeIncoming = resolveMerge(plan, { [conflictKey(plan.conflicts[0]!)]: 'incoming' })
    expect(takeIncoming.issues.find((i) => i.id === issue.id)).toEqual(issue)
  })

  it('treats attachment bytes by value', () => {
    const incoming = exchangeData()
    const attachment = {
      id: '2b5b0b5e-6d2f-4b1f-9f55-7c1c3d9a8e01',
      ownerType: 'forum_photo' as const,
      ownerId: incoming.forums[0]!.id,
      forumId: incoming.forums[0]!.id,
      name: 'foto.png',
      mime: 'image/png',
      size: 3,
      bytes: new Uint8Array([1, 2, 3]),
      takenOn: null,
      caption: '',
      createdAt: '2026-03-09T05:00:00.000Z',
      updatedAt: '2026-03-09T05:00:00.000Z',
    }
    const same = planMerge(
      { ...incoming, attachments: [attachment] },
      asLocal({ attachments: [{ ...attachment, bytes: new Uint8Array([1, 2, 3]) }] }),
    )
    expect(same.skipped.attachments).toBe(1)
    const differs = planMerge(
      { ...incoming, attachments: [attachment] },
      asLocal({ attachments: [{ ...attachment, bytes: new Uint8Array([1, 2, 4]) }] }),
    )
    expect(differs.conflicts.map((c) => [c.table, c.fields])).toEqual([
      ['attachments' satisfies ExchangeTable, ['bytes']],
    ])
  })
})
