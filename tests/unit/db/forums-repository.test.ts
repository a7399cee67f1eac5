import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ForumFieldsInput } from '@shared/domain'
import { ValidationError } from '@renderer/db'
import { openTestRepositories } from './test-db'

const official = { prefix: '', position: '', name: '', rank: '', nip: '' } as const

function forumInput(overrides: Partial<ForumFieldsInput> = {}): ForumFieldsInput {
  return {
    kind: 'fkp',
    method: 'tatap_muka',
    title: 'FKP Penyusunan Standar Pelayanan',
    topicCategory: 'standar_pelayanan',
    startDate: '2026-03-09',
    endDate: '2026-03-10',
    days: [
      { id: crypto.randomUUID(), date: '2026-03-09', start: '09:00', end: '13:00', place: 'Aula' },
      { id: crypto.randomUUID(), date: '2026-03-10', start: '08:30', end: '12:00', place: 'Aula' },
    ],
    organiser: 'DPMPTSP Kota Kupang',
    pimpinan: { ...official },
    moderator: { ...official },
    notulis: { ...official },
    ...overrides,
  }
}

async function problemsOf(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).problems.map((p) => `${p.path}:${p.code}`)
  }
  throw new Error('expected a ValidationError')
}

describe('forums repository', () => {
  let env: ReturnType<typeof openTestRepositories>
  beforeEach(() => {
    env = openTestRepositories()
  })
  afterEach(() => env.dispose())

  it('creates a forum with two days and reads it back', async () => {
    const created = await env.repositories.forums.create(forumInput())
    const read = await env.repositories.forums.get(created.id)
    expect(read?.days.map((d) => d.date)).toEqual(['2026-03-09', '2026-03-10'])
    expect(read?.status).toBe('rencana')
    expect(read?.createdAt).toBe('2026-03-01T02:00:00.000Z')
    expect(read?.searchText).toContain('fkp penyusunan standar pelayanan')
  })

  it('refuses an empty title and names the field; nothing is written', async () => {
    expect(await problemsOf(env.repositories.forums.create(forumInput({ title: '  ' })))).toEqual([
      'title:required',
    ])
    expect(await env.db.forums.count()).toBe(0)
  })

  it('refuses an end time before the start time on the day that has it', async () => {
    const input = forumInput()
    input.days[1] = { ...input.days[1]!, start: '12:00', end: '08:00' }
    expect(await problemsOf(env.repositories.forums.create(input))).toEqual([
      'days.1.end:end_before_start',
    ])
  })

  it('refuses a day outside the forum dates and a repeated date', async () => {
    const input = forumInput()
    input.days.push({ ...input.days[0]!, id: crypto.randomUUID() })
    input.days[1] = { ...input.days[1]!, date: '2026-03-12' }
    expect(await problemsOf(env.repositories.forums.create(input))).toEqual([
      'days.1.date:day_outside_forum',
      'days.2.date:day_duplicate',
    ])
    expect(await env.db.forums.count()).toBe(0)
  })

  it('updates, archives and lists newest first without archived forums', async () => {
    const older = await env.repositories.forums.create(
      forumInput({
        title: 'Older',
        startDate: '2025-01-10',
        endDate: '2025-01-10',
        days: [
          { id: crypto.randomUUID(), date: '2025-01-10', start: '09:00', end: '10:00', place: 'A' },
        ],
      }),
    )
    const newer = await env.repositories.forums.create(forumInput({ title: 'Newer' }))
    env.setNow(new Date('2026-03-02T00:00:00Z'))
    const updated = await env.repositories.forums.update(
      newer.id,
      forumInput({ title: 'Newer v2' }),
    )
    expect(updated.updatedAt).toBe('2026-03-02T00:00:00.000Z')
    expect(updated.createdAt).toBe('2026-03-01T02:00:00.000Z')
    expect((await env.repositories.forums.list()).map((f) => f.title)).toEqual([
      'Newer v2',
      'Older',
    ])
    await env.repositories.forums.setArchived(older.id, true)
    expect((await env.repositories.forums.list()).map((f) => f.title)).toEqual(['Newer v2'])
    expect(await env.repositories.forums.list({ includeArchived: true })).toHaveLength(2)
    expect(await env.repositories.forums.count()).toBe(1)
  })
})
