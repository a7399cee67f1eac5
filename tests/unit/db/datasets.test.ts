import { describe, expect, it } from 'vitest'
import { ValidationError } from '@renderer/db'
import { buildSampleForum, datasetToChunk } from '@shared/sample'
import { openerDisposedAfterEach } from './test-db'

const open = openerDisposedAfterEach()
const NOW = new Date('2026-03-01T02:00:00Z')

function chunks(count: number) {
  return Array.from({ length: count }, (_, i) =>
    datasetToChunk(buildSampleForum({ newId: () => crypto.randomUUID(), now: NOW }), {
      withOrganisation: i === 0,
    }),
  )
}

describe('generated datasets', () => {
  it('write every record of every chunk in one go, under one audit entry', async () => {
    const { db, repositories } = open()
    const given = chunks(3)
    await repositories.datasets.loadGenerated(given)
    expect(await db.forums.count()).toBe(3)
    expect(await db.actionItems.count()).toBe(given.flatMap((c) => c.actionItems ?? []).length)
    expect(await db.participants.count()).toBe(given.flatMap((c) => c.participants ?? []).length)
    expect(await db.organisation.count()).toBe(1)
    const entries = await repositories.audit.list()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ entity: 'database', action: 'import' })
  })

  it('refuse a chunk whose first record of a table is broken, and write nothing', async () => {
    const { db, repositories } = open()
    const [good, bad] = chunks(2)
    bad!.actionItems![0] = { ...bad!.actionItems![0]!, progress: 140 }
    await expect(repositories.datasets.loadGenerated([good!, bad!])).rejects.toBeInstanceOf(
      ValidationError,
    )
    expect(await db.forums.count()).toBe(0)
    expect(await db.audit.count()).toBe(0)
  })
})
