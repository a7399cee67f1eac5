import { describe, expect, it } from 'vitest'
import { demoContext } from '@shared/documents/demo'
import { preflight } from '@shared/documents/preflight'
import id from '@shared/i18n/locales/id/documents.json'

// Details a strict secretariat would otherwise correct by hand (issue 10, §2 and §3).

describe('pre-flight names the missing field of an action item', () => {
  it('reports the responsible party and the deadline as separate problems', () => {
    const ctx = demoContext()
    ctx.actionItems = ctx.actionItems.map((a, i) =>
      i === 0
        ? { ...a, responsibleUnit: '' }
        : i === 1
          ? { ...a, deadline: null, deadlineLabel: '' }
          : i === 2
            ? { ...a, responsibleUnit: ' ', deadline: null, deadlineLabel: '' }
            : a,
    )
    const found = preflight(ctx, 'rtl')
      .filter((p) => p.fix === 'actions')
      .map((p) => [p.code, p.targetId])
    expect(found).toEqual([
      ['action_no_responsible', ctx.actionItems[0]!.id],
      ['action_no_deadline', ctx.actionItems[1]!.id],
      ['action_no_responsible', ctx.actionItems[2]!.id],
      ['action_no_deadline', ctx.actionItems[2]!.id],
    ])
    expect(id.preflight.action_no_responsible).toBe(
      'Rencana tindak lanjut {{number}} belum memiliki penanggung jawab (unit pelaksana).',
    )
    expect(id.preflight.action_no_deadline).toBe(
      'Rencana tindak lanjut {{number}} belum memiliki batas waktu.',
    )
  })
})
