import type { ActionItem, Attachment, ForumKind, ProgressUpdate } from '@shared/domain'
import type { MonitoringEntry, MonitoringReportInput } from '@shared/documents/monitoring'
import type { ActionRow } from '@shared/follow-up/rows'

/**
 * What the Laporan Monitoring is built from: each selected item with its realisasi and the evidence
 * filed up to the period's end, and the kinds of the forums the items come from, so a report on
 * workshops does not speak of "Hasil Forum Konsultasi Publik".
 */
export function monitoringInput(args: {
  base: Pick<MonitoringReportInput, 'profile' | 'scope' | 'reportDate'>
  selected: readonly ActionRow[]
  items: readonly ActionItem[]
  evidence: { updates: readonly ProgressUpdate[]; files: readonly Attachment[] }
}): MonitoringReportInput {
  const { base, selected, items, evidence } = args
  const byId = new Map(items.map((item) => [item.id, item]))
  const updatesById = new Map(evidence.updates.map((update) => [update.id, update]))
  const entries: MonitoringEntry[] = selected.map((row) => ({
    row,
    realisasi: byId.get(row.id)?.realisasi ?? '',
    statusReason: byId.get(row.id)?.statusReason ?? '',
    evidence: evidence.files
      .map((file) => ({ file, update: updatesById.get(file.ownerId) }))
      .filter(({ update }) => update?.actionItemId === row.id && update.date <= base.scope.to)
      .map(({ file, update }) => ({
        name: file.name,
        date: update!.date,
        bytes: file.mime.startsWith('image/') ? file.bytes : null,
      })),
  }))
  const kinds = [
    ...new Set(selected.map((row) => row.forumKind).filter((k): k is ForumKind => k !== null)),
  ]
  return { ...base, entries, kinds }
}
