import type { ActionItem, AgendaItem, Agreement, Issue, ProgressUpdate } from '../domain/live'
import type { Forum } from '../domain/forum'
import type { OrganisationProfile } from '../domain/organisation'
import type { Attendance, Participant, Person } from '../domain/people'
import type { Signatory } from '../domain/records'

/** One complete forum with everything around it: the bundled demo, an import, an export. */
export interface SampleDataset {
  organisation: OrganisationProfile
  forum: Forum
  people: Person[]
  participants: Participant[]
  attendance: Attendance[]
  agendaItems: AgendaItem[]
  issues: Issue[]
  agreements: Agreement[]
  actionItems: ActionItem[]
  progressUpdates: ProgressUpdate[]
  signatories: Signatory[]
}

/** A slice of a larger database, written in one transaction; every kind is optional. */
export interface SampleChunk {
  organisation?: OrganisationProfile
  forums?: Forum[]
  people?: Person[]
  participants?: Participant[]
  attendance?: Attendance[]
  agendaItems?: AgendaItem[]
  issues?: Issue[]
  agreements?: Agreement[]
  actionItems?: ActionItem[]
  progressUpdates?: ProgressUpdate[]
  signatories?: Signatory[]
}

/**
 * The chunk shape of a dataset, so one loader writes both. A dataset names its single forum
 * `forum`; spreading it into a chunk would silently drop it, which this conversion prevents.
 */
export function datasetToChunk(
  dataset: SampleDataset,
  options: { withOrganisation: boolean } = { withOrganisation: true },
): SampleChunk {
  const { organisation, forum, ...records } = dataset
  return {
    ...(options.withOrganisation ? { organisation } : {}),
    forums: [forum],
    ...records,
  }
}
