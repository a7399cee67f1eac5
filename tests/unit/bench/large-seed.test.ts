import { describe, expect, it } from 'vitest'
import {
  actionItemSchema,
  agreementSchema,
  attendanceSchema,
  forumSchema,
  issueSchema,
  participantSchema,
  personSchema,
  progressUpdateSchema,
} from '@shared/domain'
import { counterIds, expectParses } from '../generated-records'
import { normalizeForSearch } from '@shared/format/names'
import { validateNip } from '@shared/format/nip'
import { deriveActionStatus } from '@shared/rules'
import type { SampleChunk } from '@shared/sample'
import { buildLargeDataset } from '../../../scripts/bench/large-seed'
import { mulberry32 } from '../../../scripts/bench/prng'

// The bench's own data generator (scripts/bench): the large database it seeds.

const NOW = new Date('2026-11-23T02:00:00Z')
const TODAY = '2026-11-23'

describe('buildLargeDataset', () => {
  const options = { now: NOW, forums: 20, participants: 600, actionItems: 500, forumsPerChunk: 8 }

  function collect(newId: () => string, seed?: number): SampleChunk[] {
    return [...buildLargeDataset({ ...options, newId, seed })]
  }

  const chunks = collect(() => crypto.randomUUID())
  type Kind = Exclude<keyof SampleChunk, 'organisation'>
  const all = <K extends Kind>(key: K): NonNullable<SampleChunk[K]> => {
    const rows: unknown[] = []
    for (const chunk of chunks) rows.push(...(chunk[key] ?? []))
    return rows as NonNullable<SampleChunk[K]>
  }

  it('yields the requested totals in chunks', () => {
    expect(chunks.length).toBe(3)
    for (const chunk of chunks) expect(chunk.forums?.length).toBeLessThanOrEqual(8)
    expect(all('forums')).toHaveLength(20)
    expect(all('people')).toHaveLength(600)
    expect(all('participants')).toHaveLength(600)
    expect(all('actionItems')).toHaveLength(500)
    expect(all('agreements').length).toBeGreaterThanOrEqual(20)
  })

  it('passes every schema exactly', () => {
    expectParses(forumSchema, all('forums'))
    expectParses(personSchema, all('people'))
    expectParses(participantSchema, all('participants'))
    expectParses(attendanceSchema, all('attendance'))
    expectParses(issueSchema, all('issues'))
    expectParses(agreementSchema, all('agreements'))
    expectParses(actionItemSchema, all('actionItems'))
    expectParses(progressUpdateSchema, all('progressUpdates'))
  })

  it('keeps ids unique and every reference inside its own chunk', () => {
    const ids = chunks.flatMap((c) => [
      ...(c.forums ?? []).flatMap((f) => [f.id, ...f.days.map((d) => d.id)]),
      ...(c.people ?? []).map((r) => r.id),
      ...(c.participants ?? []).map((r) => r.id),
      ...(c.attendance ?? []).map((r) => r.id),
      ...(c.issues ?? []).map((r) => r.id),
      ...(c.agreements ?? []).map((r) => r.id),
      ...(c.actionItems ?? []).map((r) => r.id),
      ...(c.progressUpdates ?? []).map((r) => r.id),
    ])
    expect(new Set(ids).size).toBe(ids.length)

    for (const chunk of chunks) {
      const forums = new Map((chunk.forums ?? []).map((f) => [f.id, f]))
      const people = new Set((chunk.people ?? []).map((p) => p.id))
      const participants = new Map((chunk.participants ?? []).map((p) => [p.id, p]))
      const agreements = new Map((chunk.agreements ?? []).map((a) => [a.id, a]))
      const issues = new Map((chunk.issues ?? []).map((i) => [i.id, i]))
      const items = new Map((chunk.actionItems ?? []).map((a) => [a.id, a]))
      for (const p of chunk.participants ?? []) {
        expect(forums.has(p.forumId)).toBe(true)
        expect(people.has(p.personId)).toBe(true)
      }
      for (const a of chunk.attendance ?? []) {
        expect(forums.get(a.forumId)?.days.some((d) => d.id === a.dayId)).toBe(true)
        expect(participants.get(a.participantId)?.personId).toBe(a.personId)
      }
      for (const i of chunk.issues ?? []) {
        expect(forums.get(i.forumId)?.days.some((d) => d.id === i.dayId)).toBe(true)
        if (i.raiserParticipantId !== null) {
          expect(participants.get(i.raiserParticipantId)?.forumId).toBe(i.forumId)
        }
      }
      for (const a of chunk.agreements ?? []) {
        expect(forums.has(a.forumId)).toBe(true)
        for (const id of a.issueIds) expect(issues.get(id)?.forumId).toBe(a.forumId)
      }
      for (const item of chunk.actionItems ?? []) {
        expect(forums.get(item.forumId)?.status).toMatch(/^(selesai|dilaporkan)$/)
        if (item.agreementId !== null) {
          expect(agreements.get(item.agreementId)?.forumId).toBe(item.forumId)
        }
        for (const id of item.issueIds) expect(issues.get(id)?.forumId).toBe(item.forumId)
      }
      for (const u of chunk.progressUpdates ?? []) {
        expect(items.get(u.actionItemId)?.forumId).toBe(u.forumId)
        expect(u.date <= TODAY).toBe(true)
      }
    }
  })

  it('spreads forums, statuses and units the way the bench needs', () => {
    const forums = all('forums')
    const years = new Set(forums.map((f) => f.startDate.slice(0, 4)))
    expect(years).toEqual(new Set(['2024', '2025', '2026']))
    expect(new Set(forums.map((f) => f.kind)).size).toBeGreaterThanOrEqual(3)
    const items = all('actionItems')
    const statuses = new Set(items.map((a) => deriveActionStatus(a, TODAY)))
    for (const s of ['selesai', 'dalam_proses', 'belum_dimulai', 'terlambat']) {
      expect(statuses.has(s as never)).toBe(true)
    }
    expect(new Set(items.map((a) => a.responsibleUnit)).size).toBeGreaterThanOrEqual(30)
    for (const person of all('people')) {
      expect(person.searchName).toBe(normalizeForSearch(person.name))
      if (person.nip !== '')
        expect(validateNip(person.nip)).toMatchObject({ ok: true, sex: person.gender })
    }
  })

  it('is deterministic for a seed and differs between seeds', () => {
    const a = collect(counterIds(), 7)
    const b = collect(counterIds(), 7)
    const c = collect(counterIds(), 8)
    expect(a).toEqual(b)
    expect(a).not.toEqual(c)
  })

  it('yields nothing for no forums and rejects impossible totals', () => {
    expect([
      ...buildLargeDataset({
        ...options,
        forums: 0,
        participants: 0,
        actionItems: 0,
        newId: counterIds(),
      }),
    ]).toEqual([])
    expect(() => [...buildLargeDataset({ ...options, forums: -1, newId: counterIds() })]).toThrow(
      RangeError,
    )
  })

  it('uses a reproducible mulberry32', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const first = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(first)
    for (const x of first) expect(x >= 0 && x < 1).toBe(true)
  })
})
