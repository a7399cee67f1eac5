import writeXlsxFile from 'write-excel-file/browser'
import type { Attendance, ForumDay } from '@shared/domain'
import { formatInstantId, type TimeZoneCode } from '@shared/format/dates'
import { formatNip } from '@shared/format/nip'
import type { ParticipantEntry } from './hooks'

export interface ExportLabels {
  sheet: string
  columns: string[]
  unsur: (unsur: string) => string
  signed: string
  walkIn: string
  timeZone: TimeZoneCode
}

/** One day's daftar hadir as XLSX bytes: No, Nama, L/P, Unsur, Instansi/Jabatan, HP, NIP, time. */
export async function attendanceXlsx(
  day: ForumDay,
  attendance: Attendance[],
  byParticipant: Map<string, ParticipantEntry>,
  labels: ExportLabels,
): Promise<Uint8Array<ArrayBuffer>> {
  const header = labels.columns.map((value) => ({ value, fontWeight: 'bold' as const }))
  const rows = attendance.flatMap((row, index) => {
    const entry = byParticipant.get(row.participantId)
    if (!entry) return []
    const { person, participant } = entry
    return [
      [
        { value: index + 1, type: Number },
        { value: person.name, type: String },
        { value: person.gender, type: String },
        { value: labels.unsur(participant.unsur), type: String },
        { value: [person.institution, person.position].filter(Boolean).join(' / '), type: String },
        // Text, so Excel keeps the leading 0.
        { value: person.phone, type: String },
        { value: person.nip ? formatNip(person.nip) : '', type: String },
        {
          value: formatInstantId(row.checkedInAt, labels.timeZone, 'time-with-zone'),
          type: String,
        },
        { value: row.signaturePng ? labels.signed : '', type: String },
        { value: row.walkIn ? labels.walkIn : '', type: String },
      ],
    ]
  })
  const blob = await writeXlsxFile([header, ...rows] as never, {
    sheet: `${labels.sheet} ${day.date}`.slice(0, 31),
    columns: [6, 36, 5, 26, 36, 16, 24, 9, 12, 14].map((width) => ({ width })),
  }).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}
