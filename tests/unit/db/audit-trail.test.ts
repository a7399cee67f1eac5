import { describe, expect, it } from 'vitest'
import type { PersonFieldsInput } from '@shared/domain'
import { openerDisposedAfterEach } from './test-db'

const open = openerDisposedAfterEach()

function person(name: string): PersonFieldsInput {
  return {
    name,
    gender: 'P',
    unsur: 'ahli_praktisi_akademisi',
    subCategory: '',
    institution: 'Universitas Nusa Cendana',
    position: '',
    phone: '',
    email: '',
    address: '',
    nip: '',
  }
}

describe('audit trail', () => {
  it('has written the entry, with the database clock, when the write resolves', async () => {
    const { repositories, setNow } = open()
    setNow(new Date('2026-03-09T01:30:00Z'))
    const created = await repositories.people.create(person('Maria Goreti Bria'))
    const [entry] = await repositories.audit.list()
    expect(entry).toMatchObject({
      entity: 'people',
      entityId: created.id,
      action: 'create',
      summary: 'Maria Goreti Bria',
      at: '2026-03-09T01:30:00.000Z',
    })
  })

  it('writes no entry for a change that rolls back', async () => {
    const { db, repositories } = open()
    const created = await repositories.people.create(person('Maria Goreti Bria'))
    const failed = db.transaction('rw', db.people, async () => {
      await db.people.update(created.id, { name: 'Nama Lain' })
      throw new Error('rolled back')
    })
    await expect(failed).rejects.toThrow('rolled back')
    expect((await repositories.audit.list()).map((e) => e.action)).toEqual(['create'])
  })

  it('keeps one entry per table for a large transaction', async () => {
    const { db, repositories } = open()
    const first = await repositories.people.create(person('Orang 0'))
    const rows = Array.from({ length: 60 }, (_, i) => ({
      ...first,
      id: crypto.randomUUID(),
      name: `Orang ${i + 1}`,
    }))
    await db.transaction('rw', db.people, async () => {
      await db.people.bulkAdd(rows.slice(0, 30))
      await db.people.bulkAdd(rows.slice(30))
    })
    const entries = await repositories.audit.list()
    expect(entries.filter((e) => e.entityId === '*')).toEqual([
      expect.objectContaining({ entity: 'people', action: 'import', summary: '60' }),
    ])
    expect(entries).toHaveLength(2)
  })
})
