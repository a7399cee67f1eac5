import type { DerivedActionStatus, ForumKind } from '../domain/enums'
import type { Official, OrganisationProfile } from '../domain/organisation'
import { formatDateId, placeDateLine } from '../format/dates'
import { formatNumber, formatPercent } from '../format/numbers'
import { monitoringFigures, type MonitoringScope } from '../follow-up/monitoring'
import type { ActionRow } from '../follow-up/rows'
import { deriveActionStatus } from '../rules/action-status'
import {
  bold,
  cell,
  inLandscape,
  p,
  type Block,
  type Cell,
  type DocumentModel,
  type TableBlock,
} from './model'
import { FORUM_KIND_LABEL } from './labels'
import { joinId, officialSlot, titleBlock } from './parts'
import { readImageInfo } from './png'
import { packDocx, renderDocx } from './render-docx'

// Laporan Monitoring Tindak Lanjut: one unit, one period; each action item with
// its status, realisasi and evidence; the totals, the share completed and the average days taken.

const STATUS_LABEL: Record<DerivedActionStatus, string> = {
  belum_dimulai: 'Belum dimulai',
  dalam_proses: 'Dalam proses',
  selesai: 'Selesai',
  tidak_dapat_dilaksanakan: 'Tidak dapat dilaksanakan',
  terlambat: 'Terlambat',
}

export interface MonitoringEvidence {
  name: string
  /** The date of the progress update the file came with. */
  date: string
  /** Photos are printed in the Dokumentasi section; other files are listed by name. */
  bytes: Uint8Array | null
}

export interface MonitoringEntry {
  row: ActionRow
  realisasi: string
  statusReason: string
  evidence: MonitoringEvidence[]
}

export interface MonitoringReportInput {
  profile: OrganisationProfile
  scope: MonitoringScope
  /** The day the report is signed: statuses (Terlambat) are as of this day. */
  reportDate: string
  entries: MonitoringEntry[]
  /** Who signs; the organisation's head when not given. */
  signer?: Official
  /** The kinds of the forums the items come from; a Forum Konsultasi Publik when not given. */
  kinds?: ForumKind[]
}

/** "Hasil Forum Konsultasi Publik", "Hasil Focus Group Discussion dan Sosialisasi". */
function resultsOf(kinds: ForumKind[]): string {
  const labels = [...new Set(kinds.length > 0 ? kinds : (['fkp'] as ForumKind[]))].map(
    (kind) => FORUM_KIND_LABEL[kind],
  )
  return `Hasil ${joinId(labels)}`
}

function headerCells(labels: string[]): Cell[] {
  return labels.map((label) => cell([bold(label, { align: 'center' })], { shaded: true }))
}

function itemsTable(entries: MonitoringEntry[], reportDate: string): TableBlock {
  const rows = entries.map(({ row, realisasi, statusReason, evidence }, index) => {
    const status = STATUS_LABEL[deriveActionStatus(row, reportDate)]
    const statusLines = [`${status} (${row.progress}%)`]
    if (row.completedDate) statusLines.push(`Selesai ${formatDateId(row.completedDate)}`)
    if (row.status === 'tidak_dapat_dilaksanakan' && statusReason) {
      statusLines.push(`Alasan: ${statusReason}`)
    }
    const deadline = row.deadlineLabel || (row.deadline ? formatDateId(row.deadline) : '-')
    return [
      cell(String(index + 1), { align: 'center' }),
      cell([p(row.plan), p([{ text: row.forumTitle, italic: true }], { size: 'small' })]),
      cell(deadline),
      cell(statusLines.join('\n')),
      cell(realisasi || '-'),
      cell(
        evidence.length > 0
          ? evidence.map((file) => `${file.name} (${formatDateId(file.date)})`).join('\n')
          : '-',
      ),
    ]
  })
  return {
    type: 'table',
    widths: [5, 31, 12, 13, 26, 13],
    header: [
      headerCells(['No', 'Rencana Aksi / Forum', 'Batas Waktu', 'Status', 'Realisasi', 'Bukti']),
    ],
    rows,
    borders: true,
    size: 'small',
    // Realisasi texts can be long; such rows must be allowed to split across pages.
    rowsCantSplit: entries.every((entry) => entry.realisasi.length < 400),
  }
}

function summaryTable(entries: MonitoringEntry[], reportDate: string): TableBlock {
  const figures = monitoringFigures(
    entries.map((entry) => entry.row),
    reportDate,
  )
  const line = (label: string, value: string) => [cell(label), cell(value, { align: 'right' })]
  return {
    type: 'table',
    widths: [70, 30],
    header: [],
    rows: [
      line('Jumlah rencana aksi', formatNumber(figures.total)),
      line('Selesai', formatNumber(figures.selesai)),
      line('Dalam proses', formatNumber(figures.dalamProses)),
      line('Belum dimulai', formatNumber(figures.belumDimulai)),
      line('Tidak dapat dilaksanakan', formatNumber(figures.tidakDapat)),
      line('Terlambat (lewat batas waktu, belum selesai)', formatNumber(figures.terlambat)),
      line('Persentase selesai', formatPercent(figures.percentSelesai, 2)),
      line(
        'Rata-rata hari dari forum sampai selesai',
        figures.averageDays === null ? '-' : `${formatNumber(figures.averageDays, 1)} hari`,
      ),
    ],
    borders: true,
    size: 'normal',
    rowsCantSplit: true,
  }
}

function photoBlocks(entries: MonitoringEntry[]): Block[] {
  const blocks: Block[] = []
  for (const entry of entries) {
    for (const file of entry.evidence) {
      const info = file.bytes ? readImageInfo(file.bytes) : null
      if (!file.bytes || !info) continue
      blocks.push({
        type: 'photo',
        image: { bytes: file.bytes, ...info },
        caption: `Foto ${blocks.length + 1}. ${file.name} (${formatDateId(file.date)}) — ${entry.row.plan}`,
      })
    }
  }
  return blocks
}

export function monitoringModel(input: MonitoringReportInput): DocumentModel {
  const { profile, scope, reportDate, entries } = input
  const period = `${formatDateId(scope.from)} s.d. ${formatDateId(scope.to)}`
  const photos = photoBlocks(entries)
  const blocks: Block[] = [
    ...titleBlock(['Laporan Monitoring Tindak Lanjut', resultsOf(input.kinds ?? []), scope.unit]),
    p([{ text: 'Periode: ', bold: true }, { text: period }]),
    p([{ text: 'Tanggal laporan: ', bold: true }, { text: formatDateId(reportDate) }], {
      spaceAfter: true,
    }),
    bold('A. Rencana Aksi', { keepNext: true }),
    entries.length > 0
      ? itemsTable(entries, reportDate)
      : p('Tidak ada rencana aksi unit ini pada periode tersebut.'),
    bold('B. Rekapitulasi', { keepNext: true }),
    summaryTable(entries, reportDate),
  ]
  if (photos.length > 0) blocks.push(bold('C. Dokumentasi', { keepNext: true }), ...photos)
  blocks.push(
    p(
      'Demikian laporan monitoring tindak lanjut ini dibuat untuk dapat dipergunakan sebagaimana mestinya.',
      { indent: true, spaceAfter: true },
    ),
    {
      type: 'signatures',
      placeDate: placeDateLine(profile.city, reportDate),
      rows: [[null, officialSlot(input.signer ?? profile.head)]],
    },
  )
  return {
    kind: 'monitoring',
    title: `Laporan Monitoring Tindak Lanjut ${scope.unit}`,
    nomor: '',
    // Six columns of status, realisasi and evidence need the width of a landscape page.
    blocks: inLandscape(blocks),
  }
}

export async function buildMonitoringDocx(input: MonitoringReportInput): Promise<Uint8Array> {
  return packDocx(renderDocx(monitoringModel(input), { style: input.profile, verification: null }))
}
