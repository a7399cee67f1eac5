import writeXlsxFile, { type SheetData } from 'write-excel-file/universal'
import type { DashboardRow } from './rows'

export interface XlsxLabels {
  columns: {
    no: string
    plan: string
    forum: string
    unit: string
    person: string
    deadline: string
    status: string
    progress: string
    completed: string
  }
  status: (row: DashboardRow) => string
  deadline: (row: DashboardRow) => string
  date: (iso: string) => string
}

/** The filtered list as a spreadsheet, in the order and with the statuses the screen shows. */
export async function buildActionListXlsx(
  rows: readonly DashboardRow[],
  labels: XlsxLabels,
): Promise<Uint8Array<ArrayBuffer>> {
  const c = labels.columns
  const header = [
    c.no,
    c.plan,
    c.forum,
    c.unit,
    c.person,
    c.deadline,
    c.status,
    c.progress,
    c.completed,
  ].map((value) => ({ value, fontWeight: 'bold' as const }))
  const data: SheetData = [
    header,
    ...rows.map((row, index) => [
      { value: index + 1, type: Number },
      { value: row.plan, type: String, wrap: true },
      { value: row.forumTitle, type: String },
      { value: row.unit, type: String },
      { value: row.person, type: String },
      { value: labels.deadline(row), type: String },
      { value: labels.status(row), type: String },
      { value: row.progress, type: Number },
      { value: row.completedDate ? labels.date(row.completedDate) : '', type: String },
    ]),
  ]
  const blob = await writeXlsxFile(data, {
    columns: [
      { width: 5 },
      { width: 60 },
      { width: 40 },
      { width: 40 },
      { width: 30 },
      { width: 20 },
      { width: 22 },
      { width: 10 },
      { width: 18 },
    ],
    sheet: 'Tindak Lanjut',
  }).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}
