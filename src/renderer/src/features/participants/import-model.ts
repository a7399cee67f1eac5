import type { Unsur } from '@shared/domain'
import {
  buildImportPreview,
  DuplicateIndex,
  nameKey,
  type ColumnMapping,
  type ImportPreview,
  type PreviewContext,
} from '@shared/participants'
import type { Repositories } from '../../db'
import type { ParticipantEntry } from './hooks'

/**
 * The preview with duplicates checked against the forum's list and the registry. Only the
 * registry records whose name matches a name in the file are read, through the index. The context
 * comes back too: a corrected row is checked against the same indexes.
 */
export async function previewWithDuplicates(
  rows: string[][],
  headerRow: number,
  mapping: ColumnMapping,
  defaultUnsur: Unsur,
  listed: ParticipantEntry[],
  people: Repositories['people'],
): Promise<{ preview: ImportPreview; context: PreviewContext }> {
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
  const context = { forum, registry, defaultUnsur }
  return { preview: buildImportPreview(rows, headerRow, mapping, context), context }
}

/** Adds the registry people a corrected name matches to the preview's registry index. */
export async function addRegistryMatches(
  name: string,
  context: PreviewContext,
  people: Repositories['people'],
): Promise<void> {
  for (const person of await people.findBySearchNames([nameKey(name)])) {
    context.registry.add(person, person.id)
  }
}
