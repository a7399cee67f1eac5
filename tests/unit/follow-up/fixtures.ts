import type { ActionRow } from '@shared/follow-up/rows'

let counter = 0

/** A dashboard row with sensible defaults; each test states only what it is about. */
export function row(fields: Partial<ActionRow> = {}): ActionRow {
  counter += 1
  return {
    id: `item-${counter}`,
    forumId: 'forum-1',
    forumTitle: 'FKP Standar Pelayanan Perizinan',
    forumKind: 'fkp',
    forumDate: '2026-03-09',
    plan: `Rencana aksi ${counter}`,
    unit: 'Sekretariat DPMPTSP',
    person: 'Sekretaris Dinas',
    deadline: '2026-06-30',
    deadlineLabel: '',
    priority: 'sedang',
    status: 'belum_dimulai',
    progress: 0,
    completedDate: null,
    ...fields,
  }
}
