import {
  COACHING_CRITERIA,
  type CoachingCriterion,
  type CoachingReview,
  type InnovationCategory,
} from '../coaching/review'
import type { Forum } from '../domain/forum'
import type { OrganisationProfile } from '../domain/organisation'
import { formatDayDateId, placeDateLine } from '../format/dates'
import type { Bytes } from '../bytes'
import { cell, p, type DocumentModel } from './model'
import { packDocx, renderDocx, type DocumentStyle } from './render-docx'
import { titleBlock } from './parts'
import { factsTable, table } from './sections'

// The feedback sheet an innovator takes home from a coaching clinic of the Kompetisi Inovasi
// Pelayanan Publik: per criterion, what the coach saw and what to do before the proposal is sent.

/** Each criterion as the panel explains it, printed under its name so the sheet reads alone. */
export const CRITERION_TEXT: Readonly<Record<CoachingCriterion, { name: string; scope: string }>> =
  {
    pendekatan_baru: {
      name: 'Pendekatan Baru',
      scope:
        'Keunikan gagasan atau pendekatan baru, atau modifikasi dari inovasi yang telah terbukti.',
    },
    produktivitas: {
      name: 'Produktivitas',
      scope: 'Bukti hasil dari penerapan inovasi.',
    },
    manfaat: {
      name: 'Manfaat',
      scope:
        'Perubahan dari keadaan sebelum inovasi dan daya ungkitnya terhadap kualitas pelayanan.',
    },
    berkelanjutan: {
      name: 'Berkelanjutan',
      scope:
        'Inovasi dipertahankan, diterapkan, dan dikembangkan dengan dukungan program, anggaran, dan hukum.',
    },
  }

export const INNOVATION_CATEGORY_TEXT: Readonly<Record<InnovationCategory, string>> = {
  tata_kelola: 'Tata kelola pemerintahan',
  tik: 'Penggunaan teknologi informasi dan komunikasi',
  kesejahteraan_sosial: 'Perbaikan kesejahteraan sosial',
  pelayanan_langsung: 'Pelayanan langsung kepada masyarakat',
}

const NOT_FILLED = '—'

export function coachingFeedbackSheet(
  organisation: Pick<OrganisationProfile, 'city'>,
  forum: Pick<Forum, 'title' | 'days'>,
  review: CoachingReview,
): DocumentModel {
  const day = forum.days[0]!
  const rows = COACHING_CRITERIA.map((criterion, index) => {
    const text = CRITERION_TEXT[criterion]
    const given = review.criteria[criterion]
    return [
      cell(`${index + 1}.`, { align: 'center' }),
      cell([
        p([{ text: text.name, bold: true }]),
        p([{ text: text.scope, italic: true }], { size: 'tiny' }),
      ]),
      cell(given.note || NOT_FILLED),
      cell(given.recommendation || NOT_FILLED),
    ]
  })
  return {
    kind: 'umpan_balik_coaching',
    title: `Umpan Balik Coaching Clinic - ${review.innovator}`,
    nomor: '',
    blocks: [
      ...titleBlock(['Lembar Umpan Balik Coaching Clinic', 'Kompetisi Inovasi Pelayanan Publik']),
      factsTable([
        { label: 'Instansi Inovator', value: review.innovator },
        { label: 'Judul Inovasi', value: review.innovationTitle },
        { label: 'Kategori', value: INNOVATION_CATEGORY_TEXT[review.category] },
        { label: 'Kegiatan', value: forum.title },
        { label: 'Hari/Tanggal', value: formatDayDateId(day.date) },
        { label: 'Tempat', value: day.place },
      ]),
      p('Catatan dan rekomendasi per kriteria penilaian:', { spaceAfter: true, keepNext: true }),
      table(
        [6, 26, 34, 34],
        [
          [
            cell('No', { shaded: true, align: 'center' }),
            cell('Kriteria', { shaded: true, align: 'center' }),
            cell('Catatan', { shaded: true, align: 'center' }),
            cell('Rekomendasi', { shaded: true, align: 'center' }),
          ],
        ],
        rows,
      ),
      p(
        'Rekomendasi di atas agar ditindaklanjuti dalam penyempurnaan proposal inovasi sebelum batas waktu pengiriman proposal.',
        { indent: true, spaceAfter: true },
      ),
      {
        type: 'signatures',
        placeDate: placeDateLine(organisation.city, day.date),
        rows: [
          [
            {
              heading: ['Instansi Inovator,'],
              position: [],
              signature: null,
              name: review.presenter,
              rank: '',
              nip: '',
            },
            {
              heading: ['Pendamping,'],
              position: [],
              signature: null,
              name: review.coach,
              rank: '',
              nip: '',
            },
          ],
        ],
      },
    ],
  }
}

/** The sheet as DOCX, with the organisation's kop and page set-up. */
export function coachingFeedbackDocx(
  organisation: DocumentStyle & Pick<OrganisationProfile, 'city'>,
  forum: Pick<Forum, 'title' | 'days'>,
  review: CoachingReview,
): Promise<Bytes> {
  const model = coachingFeedbackSheet(organisation, forum, review)
  return packDocx(renderDocx(model, { style: organisation, verification: null }))
}
