import { describe, expect, it } from 'vitest'
import {
  actionItemFlags,
  actionItemNumber,
  agendaOverrunMin,
  chainStarts,
  changeAgreements,
  checkDeadline,
  countdownState,
  currentAgendaIndex,
  draftNotulen,
  draftRevision,
  formatClock,
  freezeAgreements,
  groupByTheme,
  moveInList,
  nextOrder,
  nextPlannedStart,
  planMerge,
  renumber,
  scheduleAgenda,
  sortByVotes,
  speakingTimeByUnsur,
} from '@shared/live'

describe('agenda times', () => {
  const items = [
    { plannedStart: '09:00', durationMin: 30 },
    { plannedStart: '09:30', durationMin: 90 },
    { plannedStart: '11:00', durationMin: 150 },
  ]

  it('computes end times and flags what runs past the day end', () => {
    const slots = scheduleAgenda(items, '13:00')
    expect(slots.map((s) => s.end)).toEqual(['09:30', '11:00', '13:30'])
    expect(slots.map((s) => s.pastDayEndMin)).toEqual([0, 0, 30])
    expect(agendaOverrunMin(items, '13:00')).toBe(30)
    expect(agendaOverrunMin(items, '14:00')).toBe(0)
  })

  it('chains starts after a reorder and places a new item after the last', () => {
    expect(chainStarts([90, 30, 15], '09:00')).toEqual(['09:00', '10:30', '11:00'])
    expect(nextPlannedStart(items, '08:00')).toBe('13:30')
    expect(nextPlannedStart([], '08:00')).toBe('08:00')
  })
})

describe('countdown', () => {
  const start = '2026-03-09T01:00:00.000Z'
  const item = { durationMin: 10, actualStart: start, actualEnd: null }
  const at = (sec: number) => new Date(Date.parse(start) + sec * 1000)

  it('runs, warns near the end, then shows the overrun', () => {
    expect(countdownState(item, at(60))).toEqual({
      phase: 'running',
      elapsedSec: 60,
      remainingSec: 540,
    })
    expect(countdownState(item, at(540)).phase).toBe('ending')
    const over = countdownState(item, at(725))
    expect(over.phase).toBe('overrun')
    expect(formatClock(over.remainingSec)).toBe('-02:05')
  })

  it('is idle before the start and done after the end', () => {
    expect(countdownState({ ...item, actualStart: null }, at(0)).phase).toBe('idle')
    const done = countdownState({ ...item, actualEnd: at(300).toISOString() }, at(9999))
    expect(done).toMatchObject({ phase: 'done', elapsedSec: 300 })
    expect(formatClock(3723)).toBe('1:02:03')
  })

  it('finds the running item, or the next one to start', () => {
    const a = { order: 1, actualStart: start, actualEnd: start }
    const b = { order: 2, actualStart: start, actualEnd: null }
    const c = { order: 3, actualStart: null, actualEnd: null }
    expect(currentAgendaIndex([a, b, c])).toBe(1)
    expect(currentAgendaIndex([a, c])).toBe(1)
    expect(currentAgendaIndex([a])).toBe(-1)
  })
})

describe('speaking time per unsur', () => {
  it('totals finished and running turns by unsur', () => {
    const t0 = Date.parse('2026-03-09T02:00:00.000Z')
    const iso = (sec: number) => new Date(t0 + sec * 1000).toISOString()
    const turns = [
      { unsur: 'pengguna_layanan' as const, startedAt: iso(0), endedAt: iso(90) },
      { unsur: 'media_massa' as const, startedAt: iso(100), endedAt: iso(160) },
      { unsur: 'pengguna_layanan' as const, startedAt: iso(200), endedAt: null },
      { unsur: null, startedAt: null, endedAt: null },
    ]
    expect(speakingTimeByUnsur(turns, new Date(t0 + 230_000))).toEqual({
      pengguna_layanan: 120,
      media_massa: 60,
      tanpa_unsur: 0,
    })
  })
})

describe('numbering', () => {
  it('moves and renumbers from 1', () => {
    const list = [{ order: 1 }, { order: 2 }, { order: 5 }].map((x, i) => ({ ...x, id: i }))
    const moved = renumber(moveInList(list, 2, 0))
    expect(moved.map((x) => [x.id, x.order])).toEqual([
      [2, 1],
      [0, 2],
      [1, 3],
    ])
    expect(moveInList(list, 0, 9)).toEqual(list)
    expect(nextOrder(list)).toBe(6)
    expect(actionItemNumber(2, 0)).toBe('2.1')
    expect(actionItemNumber(null, 3)).toBe('4')
  })
})

describe('revision rules', () => {
  const draft = { agreementsFrozenAt: null, agreementsRevision: 0 }

  it('drafts at revision 0, mufakat freezes at revision 1', () => {
    expect(draftRevision(draft)).toBe(0)
    expect(changeAgreements(draft)).toEqual({ state: draft, openedRevision: null })
    const frozen = freezeAgreements(draft, '2026-03-09T04:30:00.000Z')
    expect(frozen).toEqual({
      agreementsFrozenAt: '2026-03-09T04:30:00.000Z',
      agreementsRevision: 1,
    })
    expect(freezeAgreements(frozen, 'later')).toBe(frozen)
  })

  it('a change after freezing opens revision 2, confirmed by the next mufakat', () => {
    const frozen = { agreementsFrozenAt: '2026-03-09T04:30:00.000Z', agreementsRevision: 1 }
    const changed = changeAgreements(frozen)
    expect(changed.openedRevision).toBe(2)
    expect(changed.state.agreementsFrozenAt).toBeNull()
    expect(draftRevision(changed.state)).toBe(2)
    expect(changeAgreements(changed.state).openedRevision).toBeNull()
    expect(freezeAgreements(changed.state, 'x').agreementsRevision).toBe(2)
  })
})

describe('deadlines', () => {
  it('resolves periods to their last day and refuses a date before the forum', () => {
    expect(checkDeadline('Triwulan III 2026', '2026-03-09')).toEqual({
      ok: true,
      deadline: '2026-09-30',
      deadlineLabel: 'Triwulan III 2026',
    })
    expect(checkDeadline('30 April 2026', '2026-03-09')).toEqual({
      ok: true,
      deadline: '2026-04-30',
      deadlineLabel: '',
    })
    expect(checkDeadline('9 Maret 2026', '2026-03-09').ok).toBe(true)
    expect(checkDeadline('1 Maret 2026', '2026-03-09')).toEqual({
      ok: false,
      reason: 'deadline_before_forum',
    })
    expect(checkDeadline('Triwulan I 2025', '2026-03-09')).toEqual({
      ok: false,
      reason: 'deadline_before_forum',
    })
    expect(checkDeadline('secepatnya', '2026-03-09')).toEqual({
      ok: false,
      reason: 'deadline_unrecognised',
    })
    expect(checkDeadline('  ', '2026-03-09')).toEqual({
      ok: true,
      deadline: null,
      deadlineLabel: '',
    })
  })

  it('flags a missing responsible party or deadline', () => {
    expect(actionItemFlags({ responsibleUnit: '', responsiblePerson: '', deadline: null })).toEqual(
      ['responsible_missing', 'deadline_missing'],
    )
    expect(
      actionItemFlags({
        responsibleUnit: 'Sekretariat',
        responsiblePerson: '',
        deadline: '2026-06-30',
      }),
    ).toEqual([])
  })
})

describe('issues', () => {
  const issue = (seq: number, votes: number, theme = '') => ({
    id: `i${seq}`,
    seq,
    votes,
    theme,
    mergedIntoId: null as string | null,
  })

  it('merges into the earliest, summing votes and keeping its text', () => {
    const plan = planMerge([issue(5, 2), { ...issue(3, 4, 'Biaya'), text: 'asli' }, issue(9, 1)])
    expect(plan?.target).toMatchObject({ id: 'i3', votes: 7, theme: 'Biaya', text: 'asli' })
    expect(plan?.duplicates.map((d) => [d.id, d.mergedIntoId])).toEqual([
      ['i5', 'i3'],
      ['i9', 'i3'],
    ])
    expect(planMerge([issue(1, 1)])).toBeNull()
  })

  it('sorts by votes and groups themes with the most votes first', () => {
    const list = [issue(1, 2, 'Waktu'), issue(2, 5, 'Biaya'), issue(3, 4, 'waktu'), issue(4, 9)]
    expect(sortByVotes(list).map((i) => i.seq)).toEqual([4, 2, 3, 1])
    const groups = groupByTheme(list)
    expect(groups.map((g) => [g.theme, g.votes, g.issues.map((i) => i.seq)])).toEqual([
      ['Waktu', 6, [3, 1]],
      ['Biaya', 5, [2]],
      ['', 9, [4]],
    ])
  })
})

describe('notulen draft', () => {
  it('lists the speakers with unsur and time, then the points with their answers', () => {
    const text = draftNotulen(
      {
        turns: [
          {
            id: crypto.randomUUID(),
            participantId: null,
            name: 'Dominggus Tefa, S.E.',
            unsur: 'pengguna_layanan',
            startedAt: '2026-03-09T02:00:00.000Z',
            endedAt: '2026-03-09T02:02:30.000Z',
          },
        ],
        issues: [
          {
            text: 'Izin lebih lama',
            type: 'pengaduan',
            answer: 'Akan dipangkas.',
            raiserUnsur: null,
          },
        ],
        raiserNames: [null],
        now: new Date('2026-03-09T03:00:00.000Z'),
      },
      {
        speakers: 'Pembicara',
        discussion: 'Pokok-pokok diskusi',
        answer: 'Tanggapan',
        anonymous: 'Anonim',
        unsur: (u) => (u === 'pengguna_layanan' ? 'Pengguna Layanan' : u),
        type: (t) => (t === 'pengaduan' ? 'Pengaduan' : t),
      },
    )
    expect(text).toBe(
      [
        'Pembicara:',
        '1. Dominggus Tefa, S.E. (Pengguna Layanan) — 02:30',
        '',
        'Pokok-pokok diskusi:',
        '1. Anonim (Pengaduan): Izin lebih lama',
        '   Tanggapan: Akan dipangkas.',
      ].join('\n'),
    )
  })
})
