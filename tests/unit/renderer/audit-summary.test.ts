import { describe, expect, it } from 'vitest'
import { describeAuditSummary } from '../../../src/renderer/src/features/data-safety/audit-summary'

const label = (field: string) => `<${field}>`
const entry = (
  summary: string,
  action: 'update' | 'import' | 'finalise' | 'create' = 'update',
) => ({
  entityId: 'x',
  action,
  summary,
})

describe('the log detail column', () => {
  it('reads the app lock codes as sentences', () => {
    expect(describeAuditSummary(entry('app_lock_on'), label)).toEqual({
      key: 'audit.summaries.appLockOn',
      values: {},
    })
    expect(describeAuditSummary(entry('app_lock_off'), label)).toEqual({
      key: 'audit.summaries.appLockOff',
      values: {},
    })
  })

  it('reads counted codes with their number', () => {
    expect(describeAuditSummary(entry('signed_on_paper:4'), label)).toEqual({
      key: 'audit.summaries.signedOnPaper',
      values: { count: 4 },
    })
    expect(
      describeAuditSummary({ entityId: '*', action: 'import', summary: 'generated:120' }, label),
    ).toEqual({ key: 'audit.summaries.generated', values: { count: 120 } })
    expect(describeAuditSummary(entry('revision:2', 'finalise'), label)).toEqual({
      key: 'audit.summaries.revisionLocked',
      values: { revision: 2 },
    })
    expect(describeAuditSummary(entry('revision:3'), label)).toEqual({
      key: 'audit.summaries.revisionOpened',
      values: { revision: 3 },
    })
  })

  it('counts a bulk import only when its summary is a number', () => {
    expect(describeAuditSummary({ entityId: '*', action: 'import', summary: '57' }, label)).toEqual(
      { key: 'audit.bulk', values: { count: 57 } },
    )
  })

  it('labels each changed field of an update', () => {
    expect(describeAuditSummary(entry('title, startDate'), label)).toEqual({
      key: 'audit.summaries.fields',
      values: { fields: '<title>, <startDate>' },
    })
  })

  it('shows any other text as it was written: a name is not a field list', () => {
    expect(describeAuditSummary(entry('Budi Santoso', 'create'), label)).toEqual({
      text: 'Budi Santoso',
    })
    expect(describeAuditSummary(entry('Musrenbang 2026, tahap 1'), label)).toEqual({
      text: 'Musrenbang 2026, tahap 1',
    })
  })
})
