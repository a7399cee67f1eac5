import { describe, expect, it } from 'vitest'
import { demoContext, styleOf } from '@shared/documents/demo'
import {
  blankDaftarHadir,
  invitedInPrintOrder,
  invitedNotPresent,
} from '@shared/documents/blank-attendance'
import { draftDocx } from '@shared/documents/generate'
import { UNSUR_ORDER } from '@shared/documents/labels'
import type { Cell, TableBlock } from '@shared/documents/model'
import { phoneGroups } from '@shared/documents/sections'
import { canonicalText, readDocx } from '@shared/documents/text'

const ctx = demoContext()
const people = new Map(ctx.people.map((p) => [p.id, p]))
const text = (cell: Cell | undefined) =>
  (cell?.paragraphs ?? []).map((p) => p.runs.map((r) => r.text).join('')).join('\n')

function attendanceTable(model: ReturnType<typeof blankDaftarHadir>): TableBlock {
  const table = model.blocks.find((b): b is TableBlock => b.type === 'table' && b.borders)
  if (!table) throw new Error('no attendance table')
  return table
}

describe('blank Daftar Hadir for wet signatures', () => {
  const invited = invitedInPrintOrder(ctx.participants)

  it('lists the invitation list by unsur, then by name without titles; walk-ins are left out', () => {
    expect(invited.length).toBe(ctx.participants.filter((p) => p.invited).length)
    expect(invited.length).toBeLessThan(ctx.participants.length)
    const ranks = invited.map((p) => UNSUR_ORDER.indexOf(p.unsur))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    for (let i = 1; i < invited.length; i++) {
      const [a, b] = [invited[i - 1]!, invited[i]!]
      if (a.unsur === b.unsur)
        expect(a.searchName.localeCompare(b.searchName, 'id')).toBeLessThan(1)
    }
  })

  it('prints every invitee with empty signature cells, no phone numbers, and rows for walk-ins', async () => {
    const model = blankDaftarHadir(ctx, 0)
    expect(model.title).toBe('Daftar Hadir Kosong')
    const table = attendanceTable(model)
    const named = table.rows.filter((row) => text(row[1]).trim() !== '')
    expect(named.map((row) => text(row[1]))).toEqual(
      invited.map((p) => people.get(p.personId)!.name),
    )
    expect(table.rows.length).toBe(invited.length + 5)
    for (const row of table.rows) {
      expect(row.some((cell) => cell.image)).toBe(false)
      expect(text(row[5]).trim()).toBe('')
    }
    // Staggered as the signed one: 1. on the left, 2. on the right.
    expect(text(table.rows[0]![6])).toBe('1.')
    expect(text(table.rows[1]![7])).toBe('2.')
    const signatures = model.blocks.find((b) => b.type === 'signatures')
    expect(signatures?.type === 'signatures' && signatures.rows[0]?.[1]?.signature).toBeNull()

    const { bytes } = await draftDocx(model, styleOf(ctx))
    const xml = readDocx(bytes).documentXml
    expect(xml).not.toContain('<pic:pic')
    const lines = canonicalText(xml).split('\n')
    expect(lines).toContain(people.get(invited[0]!.personId)!.name)
    const phones = ctx.people.filter((p) => p.phone).map((p) => phoneGroups(p.phone))
    expect(phones.length).toBeGreaterThan(0)
    for (const phone of phones) expect(lines).not.toContain(phone)
  })

  it('"signed on paper" marks only those invited who have not signed in that day', () => {
    const dayId = ctx.forum.days[0]!.id
    const absent = invitedNotPresent(ctx.participants, ctx.attendance, dayId)
    const present = new Set(ctx.attendance.map((a) => a.participantId))
    expect(absent.length).toBeGreaterThan(0)
    expect(absent.every((p) => p.invited && !present.has(p.id))).toBe(true)
    expect(invitedNotPresent(ctx.participants, [], dayId)).toEqual(invited)
    expect(invitedNotPresent(ctx.participants, ctx.attendance, 'another-day')).toEqual(invited)
  })
})
