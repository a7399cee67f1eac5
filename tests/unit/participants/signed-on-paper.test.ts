import { afterEach, describe, expect, it } from 'vitest'
import { buildSampleForum } from '@shared/sample'
import { openTestRepositories } from '../db/test-db'

describe('"Ditandatangani di kertas" for a whole day', () => {
  let env: ReturnType<typeof openTestRepositories>
  afterEach(async () => env.dispose())

  it('marks every invited participant not yet present, wet, in one transaction with one audit entry', async () => {
    env = openTestRepositories(new Date('2026-03-09T06:00:00Z'))
    const { repositories, db } = env
    await repositories.datasets.loadSample(
      buildSampleForum({ newId: () => crypto.randomUUID(), now: new Date('2026-03-09T05:00:00Z') }),
      { keepOrganisation: false },
    )
    const [forum] = await repositories.forums.list()
    const dayId = forum!.days[0]!.id
    const before = await repositories.attendance.listByDay(forum!.id, dayId)
    const participants = await db.participants.where('forumId').equals(forum!.id).toArray()
    const invited = participants.filter((p) => p.invited)
    const present = new Set(before.map((a) => a.participantId))
    const expected = invited.filter((p) => !present.has(p.id)).length
    expect(expected).toBe(2)
    const auditBefore = await db.audit.count()

    expect(await repositories.attendance.signOnPaper(forum!.id, dayId)).toBe(expected)
    const after = await repositories.attendance.listByDay(forum!.id, dayId)
    expect(after).toHaveLength(before.length + expected)
    const added = after.filter((a) => !before.some((b) => b.id === a.id))
    expect(added.every((a) => a.signaturePng === null && !a.walkIn)).toBe(true)
    // Everyone invited is present now; nobody was added twice.
    expect(invited.every((p) => after.some((a) => a.participantId === p.id))).toBe(true)
    expect(new Set(after.map((a) => a.participantId)).size).toBe(after.length)
    const entries = await repositories.audit.list({ forumId: forum!.id, limit: 5 })
    expect(await db.audit.count()).toBe(auditBefore + 1)
    expect(entries[0]).toMatchObject({
      entity: 'attendance',
      entityId: dayId,
      summary: `signed_on_paper:${expected}`,
    })

    // A second time finds nobody left to mark, and notes nothing.
    expect(await repositories.attendance.signOnPaper(forum!.id, dayId)).toBe(0)
    expect(await db.audit.count()).toBe(auditBefore + 1)
    await expect(
      repositories.attendance.signOnPaper(forum!.id, crypto.randomUUID()),
    ).rejects.toMatchObject({
      problems: [{ path: 'dayId', code: 'not_found' }],
    })
  })
})
