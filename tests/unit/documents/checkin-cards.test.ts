import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { docxToPdf, hasSoffice } from './soffice'
import { afterAll, describe, expect, it } from 'vitest'
import { demoContext, styleOf } from '@shared/documents/demo'
import { invitedInPrintOrder } from '@shared/documents/blank-attendance'
import { checkinQr, kartuPeserta } from '@shared/documents/checkin-cards'
import { undangan } from '@shared/documents/documents'
import { draftDocx } from '@shared/documents/generate'
import type { Cell, TableBlock } from '@shared/documents/model'
import { readImageInfo } from '@shared/documents/png'

const ctx = demoContext()
const invited = invitedInPrintOrder(ctx.participants)
const people = new Map(ctx.people.map((p) => [p.id, p]))
const text = (cell: Cell) =>
  cell.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n')
const tables = (blocks: { type: string }[]) =>
  blocks.filter((b): b is TableBlock => b.type === 'table')

describe('check-in QR codes on paper', () => {
  it('gives each invitee a name tag with their own code, two to a row, in print order', () => {
    const [table] = tables(kartuPeserta(ctx).blocks)
    const tags = table!.rows.flat().filter((c) => c.image)
    expect(tags).toHaveLength(invited.length)
    expect(table!.rows.every((row) => row.length === 2)).toBe(true)
    tags.forEach((tag, index) => {
      const participant = invited[index]!
      expect(text(tag)).toContain(people.get(participant.personId)!.name)
      expect(tag.image!.ref.bytes).toEqual(checkinQr(participant.id).bytes)
    })
    expect(new Set(tags.map((t) => t.image!.ref.bytes.join(','))).size).toBe(invited.length)
  })

  it("puts the invitee's code beside each name of the invitation's lampiran", () => {
    const list = tables(undangan(ctx).blocks).find((t) => t.header.length > 0)!
    expect(list.header[0]!.map(text)).toContain('Kode Hadir')
    expect(list.rows).toHaveLength(invited.length)
    const byName = new Map(invited.map((p) => [people.get(p.personId)!.name, p.id]))
    for (const row of list.rows) {
      const id = byName.get(text(row[1]!))!
      expect(row.at(-1)!.image!.ref.bytes).toEqual(checkinQr(id).bytes)
    }
  })

  it('writes one QR image per invitee into the name tags file', async () => {
    const { bytes } = await draftDocx(kartuPeserta(ctx), styleOf(ctx))
    const files = unzipSync(bytes)
    const qrs = Object.keys(files)
      .filter((name) => name.startsWith('word/media/'))
      .filter((name) => {
        const info = readImageInfo(files[name]!)
        return info !== null && info.width === info.height
      })
    expect(qrs.length).toBeGreaterThanOrEqual(invited.length)
  })
})

const available = hasSoffice()
if (!available) console.warn('checkin-cards LibreOffice test skipped: soffice is not installed')

const dir = mkdtempSync(join(tmpdir(), 'mufakat-tags-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.skipIf(!available)('name tags as LibreOffice prints them', () => {
  it('fit the invitees on few pages, every name readable', async () => {
    const { bytes } = await draftDocx(kartuPeserta(ctx), styleOf(ctx))
    const pdf = docxToPdf(dir, 'Kartu Peserta', bytes)
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1])
    // Each row of two tags is about 5.5 cm: four to five rows a page.
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(invited.length / 12))
    expect(pages).toBeLessThanOrEqual(Math.ceil(invited.length / 6))
    const printed = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ')
    for (const participant of invited) {
      expect(printed).toContain(people.get(participant.personId)!.name)
    }
  }, 300_000)
})
