import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildSampleForum } from '@shared/sample'
import { builtInTemplate, forumFromTemplate } from '@shared/templates'
import { ValidationError } from '@renderer/db'
import { openTestRepositories } from './test-db'

const NOW = new Date('2026-03-01T02:00:00Z')

describe('forum templates and copies in the database', () => {
  let env: ReturnType<typeof openTestRepositories>
  beforeEach(() => {
    env = openTestRepositories()
  })
  afterEach(() => env.dispose())

  async function loadSample() {
    const sample = buildSampleForum({ newId: () => crypto.randomUUID(), now: NOW })
    await env.repositories.datasets.loadSample(sample, { keepOrganisation: false })
    return sample
  }

  it('creates a forum with its template agenda on the first day, in one write', async () => {
    const sample = await loadSample()
    const input = { ...sample.forum, title: 'FKP baru' }
    const { agenda } = forumFromTemplate(builtInTemplate('fkp'), input)
    const forum = await env.repositories.forums.create(input, agenda)
    const items = await env.repositories.agenda.listByForum(forum.id)
    expect(items.map((i) => i.title)).toEqual(builtInTemplate('fkp').agenda.map((i) => i.title))
    expect(new Set(items.map((i) => i.dayId))).toEqual(new Set([forum.days[0]!.id]))
  })

  it('copies roles, agenda and invitees; attendance, issues and documents stay behind', async () => {
    const sample = await loadSample()
    const copy = await env.repositories.forums.copy(sample.forum.id, {
      title: 'FKP 2027',
      startDate: '2027-03-08',
    })
    expect(copy.pimpinan).toEqual(sample.forum.pimpinan)
    expect(copy.status).toBe('rencana')
    expect(await env.db.agendaItems.where('forumId').equals(copy.id).count()).toBe(
      sample.agendaItems.length,
    )
    const invitees = await env.db.participants.where('forumId').equals(copy.id).toArray()
    expect(invitees).toHaveLength(sample.participants.length)
    expect(invitees.every((p) => p.invited)).toBe(true)
    for (const table of [
      'attendance',
      'issues',
      'agreements',
      'actionItems',
      'documents',
    ] as const) {
      expect(await env.db[table].where('forumId').equals(copy.id).count()).toBe(0)
    }
    expect(await env.db.attendance.where('forumId').equals(sample.forum.id).count()).toBe(
      sample.attendance.length,
    )
  })

  it('writes nothing when the copy is refused', async () => {
    const sample = await loadSample()
    const before = await env.db.forums.count()
    await expect(
      env.repositories.forums.copy(sample.forum.id, { title: ' ', startDate: '2027-03-08' }),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await env.db.forums.count()).toBe(before)
    expect(await env.db.participants.count()).toBe(sample.participants.length)
  })

  it('saves a template from a forum, lists it and deletes it', async () => {
    const sample = await loadSample()
    const saved = await env.repositories.templates.saveFromForum(sample.forum.id, 'FKP Kupang')
    expect(saved.kind).toBe('fkp')
    expect(saved.agenda.length).toBeGreaterThan(0)
    expect((await env.repositories.templates.list()).map((t) => t.name)).toEqual(['FKP Kupang'])
    await expect(
      env.repositories.templates.saveFromForum(sample.forum.id, '  '),
    ).rejects.toBeInstanceOf(ValidationError)
    await env.repositories.templates.remove(saved.id)
    expect(await env.repositories.templates.list()).toEqual([])
  })
})
