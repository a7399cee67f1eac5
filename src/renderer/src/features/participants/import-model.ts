import type { Unsur } from '@shared/domain'
import {
  buildImportPreview,
  DuplicateIndex,
  nameKey,
  type ColumnMapping,
  type ImportPreview,
} from '@shared/participants'
import type { Repositories } from '../../db'
import type { ParticipantEntry } from './hooks'

/**
 * The preview with duplicates checked against the forum's list and the registry. Only the
 * registry records whose name matches a name in the file are read, through the index.
 */
export async function previewWithDuplicates(
  rows: string[][],
  headerRow: number,
  mapping: ColumnMapping,
  defaultUnsur: Unsur,
  listed: ParticipantEntry[],
  people: Repositories['people'],
): Promise<ImportPreview> {
  const nameColumn = mapping.name
  const keys =
    nameColumn === null
      ? []
      : rows.slice(headerRow + 1).map((row) => nameKey(row[nameColumn] ?? ''))
  const registryMatches = await people.findBySearchNames(keys)
  const forum = DuplicateIndex.of(
    listed,
    (e) => e.person,
    (e) => e.person.id,
  )
  const registry = DuplicateIndex.of(
    registryMatches,
    (p) => p,
    (p) => p.id,
  )
  return buildImportPreview(rows, headerRow, mapping, { forum, registry, defaultUnsur })
}
