import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { coachingReviewSchema, emptyCriteria, type CoachingReview } from '@shared/coaching'
import { coachingFeedbackDocx, coachingFeedbackSheet } from '@shared/documents/coaching-feedback'
import { demoContext } from '@shared/documents/demo'
import { readDocx } from '@shared/documents/text'
import { docxToPdf, hasSoffice } from './soffice'

const ctx = demoContext({ paper: 'A4' })
const at = '2026-03-09T06:00:00.000Z'

function review(): CoachingReview {
  const criteria = emptyCriteria()
  criteria.pendekatan_baru = {
    note: 'Antrean daring dengan nomor lewat WhatsApp belum lazim di NTT.',
    recommendation: 'Tegaskan apa yang berbeda dari aplikasi antrean yang sudah ada.',
  }
  criteria.produktivitas = {
    note: 'Waktu tunggu turun dari 90 menjadi 25 menit (data Januari–Februari 2026).',
    recommendation: 'Lampirkan data bulanan sejak inovasi diterapkan.',
  }
  criteria.manfaat = {
    note: 'Pemohon dari luar kota tidak lagi datang dua kali.',
    recommendation: '',
  }
  return coachingReviewSchema.parse({
    id: crypto.randomUUID(),
    forumId: ctx.forum.id,
    innovator: 'Dinas Kependudukan dan Pencatatan Sipil Kota Kupang',
    innovationTitle: 'Antre Dari Rumah (ANDARU)',
    category: 'pelayanan_langsung',
    presenter: 'Maria Goreti Bria, S.Sos., M.AP',
    coach: 'Dr. Ir. H. Yohanes Ndolu, M.Si',
    criteria,
    createdAt: at,
    updatedAt: at,
  })
}

describe('coaching clinic feedback sheet', () => {
  it('names the four criteria in order, each with its note and recommendation', () => {
    const model = coachingFeedbackSheet(ctx.organisation, ctx.forum, review())
    const text = JSON.stringify(model.blocks)
    const order = ['Pendekatan Baru', 'Produktivitas', 'Manfaat', 'Berkelanjutan'].map((name) =>
      text.indexOf(name),
    )
    expect(order.every((i) => i > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(text).toContain('Lampirkan data bulanan sejak inovasi diterapkan.')
    expect(model.title).toBe(
      'Umpan Balik Coaching Clinic - Dinas Kependudukan dan Pencatatan Sipil Kota Kupang',
    )
  })

  it('refuses a review without its innovator', () => {
    expect(coachingReviewSchema.safeParse({ ...review(), innovator: ' ' }).success).toBe(false)
  })

  it('is a DOCX whose text reads back', async () => {
    const bytes = await coachingFeedbackDocx(ctx.organisation, ctx.forum, review())
    const doc = await readDocx(bytes)
    expect(doc.documentXml).toContain('LEMBAR UMPAN BALIK COACHING CLINIC')
    expect(doc.documentXml).toContain('Antre Dari Rumah (ANDARU)')
  })
})

const available = hasSoffice()
if (!available) console.warn('coaching-feedback LibreOffice test skipped: soffice not installed')

const dir = mkdtempSync(join(tmpdir(), 'mufakat-coaching-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.skipIf(!available)('coaching clinic feedback sheet in LibreOffice', () => {
  it('renders on one page with every criterion, the innovator and both signers', async () => {
    const pdf = docxToPdf(
      dir,
      'umpan-balik',
      await coachingFeedbackDocx(ctx.organisation, ctx.forum, review()),
    )
    expect(readdirSync(dir)).toContain('umpan-balik.pdf')
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1])
    expect(pages).toBe(1)
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ')
    for (const expected of [
      'LEMBAR UMPAN BALIK COACHING CLINIC',
      'Pendekatan Baru',
      'Produktivitas',
      'Manfaat',
      'Berkelanjutan',
      'Antre Dari Rumah (ANDARU)',
      'Maria Goreti Bria, S.Sos., M.AP',
      'Dr. Ir. H. Yohanes Ndolu, M.Si',
    ]) {
      expect(text).toContain(expected)
    }
    if (process.env.MUFAKAT_KEEP_PNG) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        pdf,
        join(process.env.MUFAKAT_KEEP_PNG, 'coaching'),
      ])
    }
  }, 240_000)
})
