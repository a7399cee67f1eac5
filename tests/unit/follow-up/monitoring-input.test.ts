import { describe, expect, it } from 'vitest'
import type { Attachment, ProgressUpdate } from '@shared/domain'
import { modelCanonical } from '@shared/documents/canonical'
import { demoContext } from '@shared/documents/demo'
import { monitoringModel } from '@shared/documents/monitoring'
import { monitoringInput } from '../../../src/renderer/src/features/follow-up/monitoring-input'
import { row } from './fixtures'

const ctx = demoContext()
const scope = { unit: 'Sekretariat', from: '2026-01-01', to: '2026-06-30' }
const base = { profile: ctx.organisation, scope, reportDate: '2026-07-01' }
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }

function update(id: string, actionItemId: string, date: string): ProgressUpdate {
  return {
    id,
    actionItemId,
    forumId: 'forum-1',
    date,
    progress: 50,
    realisasi: '',
    status: 'dalam_proses',
    reason: '',
    attachmentIds: [],
    author: '',
    ...stamp,
  }
}

function file(name: string, ownerId: string): Attachment {
  return {
    id: `file-${name}`,
    forumId: 'forum-1',
    ownerType: 'progress',
    ownerId,
    name,
    mime: 'application/pdf',
    size: 3,
    bytes: new Uint8Array([1, 2, 3]),
    takenOn: null,
    caption: '',
    ...stamp,
  }
}

describe('the Laporan Monitoring the export panel asks for', () => {
  it('names the kinds of the forums its items come from, not Forum Konsultasi Publik', () => {
    const selected = [
      row({ unit: 'Sekretariat', forumKind: 'workshop' }),
      row({ unit: 'Sekretariat', forumKind: 'workshop' }),
      row({ unit: 'Sekretariat', forumKind: null }),
    ]
    const input = monitoringInput({
      base,
      selected,
      items: [],
      evidence: { updates: [], files: [] },
    })
    expect(input.kinds).toEqual(['workshop'])
    const text = modelCanonical(monitoringModel(input))
    expect(text).toContain('HASIL WORKSHOP')
    expect(text).not.toMatch(/Forum Konsultasi Publik/i)
  })

  it('keeps the evidence of each item filed by the end of the period', () => {
    const item = row({ unit: 'Sekretariat', forumKind: 'fgd' })
    const updates = [update('u1', item.id, '2026-05-02'), update('u2', item.id, '2026-07-15')]
    const input = monitoringInput({
      base,
      selected: [item],
      items: [],
      evidence: { updates, files: [file('mei.pdf', 'u1'), file('juli.pdf', 'u2')] },
    })
    expect(input.entries[0]!.evidence).toEqual([
      { name: 'mei.pdf', date: '2026-05-02', bytes: null },
    ])
  })
})
