import { describe, expect, it } from 'vitest'
import {
  actionItemSchema,
  agendaItemSchema,
  agreementSchema,
  attendanceSchema,
  forumSchema,
  issueSchema,
  organisationProfileSchema,
  participantSchema,
  personSchema,
  progressUpdateSchema,
  signatorySchema,
  UNSUR_MASYARAKAT,
} from '@shared/domain'
import { counterIds, expectParses } from '../generated-records'
import { normalizeForSearch } from '@shared/format/names'
import { validateNip } from '@shared/format/nip'
import { deriveActionStatus, distinctUnsurMasyarakat } from '@shared/rules'
import { buildSampleForum, datasetToChunk, type SampleDataset } from '@shared/sample'

const NOW = new Date('2026-11-23T02:00:00Z')
const TODAY = '2026-11-23'

function allIds(dataset: SampleDataset): string[] {
  return [
    dataset.forum.id,
    ...dataset.forum.days.map((d) => d.id),
    ...dataset.people.map((r) => r.id),
    ...dataset.participants.map((r) => r.id),
    ...dataset.attendance.map((r) => r.id),
    ...dataset.agendaItems.map((r) => r.id),
    ...dataset.issues.map((r) => r.id),
    ...dataset.agreements.map((r) => r.id),
    ...dataset.actionItems.map((r) => r.id),
    ...dataset.progressUpdates.map((r) => r.id),
    ...dataset.signatories.map((r) => r.id),
  ]
}

describe('buildSampleForum (FKP Perizinan Berusaha, DPMPTSP Kota Kupang)', () => {
  const sample = buildSampleForum({ newId: () => crypto.randomUUID(), now: NOW })

  it('passes every schema exactly', () => {
    expect(organisationProfileSchema.parse(sample.organisation)).toEqual(sample.organisation)
    expect(forumSchema.parse(sample.forum)).toEqual(sample.forum)
    expectParses(personSchema, sample.people)
    expectParses(participantSchema, sample.participants)
    expectParses(attendanceSchema, sample.attendance)
    expectParses(agendaItemSchema, sample.agendaItems)
    expectParses(issueSchema, sample.issues)
    expectParses(agreementSchema, sample.agreements)
    expectParses(actionItemSchema, sample.actionItems)
    expectParses(progressUpdateSchema, sample.progressUpdates)
    expectParses(signatorySchema, sample.signatories)
  })

  it('has the size of a real forum', () => {
    expect(sample.people.length).toBeGreaterThanOrEqual(30)
    expect(sample.people.length).toBeLessThanOrEqual(34)
    expect(sample.participants).toHaveLength(sample.people.length)
    expect(sample.attendance.length).toBeGreaterThanOrEqual(28)
    expect(sample.attendance.length).toBeLessThan(sample.participants.length)
    expect(sample.agendaItems).toHaveLength(8)
    expect(sample.issues.length).toBeGreaterThanOrEqual(10)
    expect(sample.agreements.length).toBeGreaterThanOrEqual(4)
    expect(sample.agreements.length).toBeLessThanOrEqual(5)
    expect(sample.actionItems.length).toBeGreaterThanOrEqual(5)
    expect(sample.actionItems.length).toBeLessThanOrEqual(6)
    expect(sample.progressUpdates.length).toBeGreaterThanOrEqual(3)
    expect(sample.progressUpdates.length).toBeLessThanOrEqual(5)
  })

  it('is the forum of domain brief §8', () => {
    const { forum, organisation } = sample
    expect(forum).toMatchObject({
      kind: 'fkp',
      method: 'tatap_muka',
      topicCategory: 'standar_pelayanan',
      startDate: '2026-03-09',
      endDate: '2026-03-09',
      status: 'selesai',
      agreementsRevision: 1,
      skm: { period: 'Semester II 2025', index: 78.4, lowestUnsur: 'waktu' },
    })
    expect(forum.title).toContain('Standar Pelayanan Perizinan Berusaha')
    expect(forum.days).toEqual([
      expect.objectContaining({
        start: '09:00',
        end: '13:00',
        place: 'Aula Kantor Wali Kota Kupang',
      }),
    ])
    expect(forum.agreementsFrozenAt).toMatch(/^2026-03-09T12:\d\d:00\+08:00$/)
    expect(forum.legalBasis.join('\n')).toMatch(/Nomor 25 Tahun 2009/)
    expect(forum.legalBasis.join('\n')).toMatch(/Nomor 15 Tahun 2014/)
    expect(forum.legalBasis.join('\n')).toMatch(/Nomor 16 Tahun 2017/)
    expect(forum.narasumber.map((n) => n.institution)).toContain('Universitas Nusa Cendana')
    expect(forum.moderator.position).toMatch(/Bagian Organisasi/)
    expect(forum.pimpinan).toEqual(organisation.head)

    expect(organisation).toMatchObject({
      kopLines: [
        'PEMERINTAH KOTA KUPANG',
        'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU',
      ],
      city: 'Kupang',
      timeZone: 'WITA',
      paper: 'F4',
      font: 'Arial',
      fontSizePt: 12,
      marginsCm: { top: 2, bottom: 2.5, left: 3, right: 2 },
      nomorPattern: '{kode}/{urut}/{unit}/{tahun}',
      classificationCode: '000.1.2',
      unitCode: 'DPMPTSP',
    })
    expect(organisation.head.rank).toBe('Pembina Utama Muda (IV/c)')
    expect(validateNip(organisation.head.nip).ok).toBe(true)
    expect(organisation.createdAt).toBe(NOW.toISOString())
  })

  it('brings all five unsur masyarakat, present on the daftar hadir', () => {
    expect(distinctUnsurMasyarakat(sample.participants.map((p) => p.unsur))).toEqual([
      ...UNSUR_MASYARAKAT,
    ])
    const byId = new Map(sample.participants.map((p) => [p.id, p]))
    const present = sample.attendance.map(
      (a) => byId.get(a.participantId)?.unsur ?? 'penyelenggara',
    )
    expect(distinctUnsurMasyarakat(present)).toHaveLength(5)
    const staff = sample.participants.filter((p) => p.unsur === 'penyelenggara')
    expect(staff.length).toBeGreaterThanOrEqual(5)
    expect(staff.length).toBeLessThanOrEqual(7)
    expect(sample.people.some((p) => p.disability)).toBe(true)
    expect(new Set(sample.people.map((p) => p.gender))).toEqual(new Set(['L', 'P']))
    expect(sample.people.every((p) => p.consent && p.consentAt !== null)).toBe(true)
  })

  it('gives every record a unique id', () => {
    const ids = allIds(sample)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('resolves every reference', () => {
    const forumId = sample.forum.id
    const dayIds = new Set(sample.forum.days.map((d) => d.id))
    const personIds = new Set(sample.people.map((p) => p.id))
    const participants = new Map(sample.participants.map((p) => [p.id, p]))
    const agendaIds = new Set(sample.agendaItems.map((a) => a.id))
    const issueIds = new Set(sample.issues.map((i) => i.id))
    const agreementIds = new Set(sample.agreements.map((a) => a.id))
    const actionIds = new Set(sample.actionItems.map((a) => a.id))

    for (const p of sample.participants) {
      expect(p.forumId).toBe(forumId)
      expect(personIds.has(p.personId)).toBe(true)
    }
    for (const a of sample.attendance) {
      expect(a.forumId).toBe(forumId)
      expect(dayIds.has(a.dayId)).toBe(true)
      expect(participants.get(a.participantId)?.personId).toBe(a.personId)
    }
    for (const item of sample.agendaItems) {
      expect(item.forumId).toBe(forumId)
      expect(dayIds.has(item.dayId)).toBe(true)
      for (const id of item.speakerIds) expect(participants.has(id)).toBe(true)
      if (item.moderatorId !== null) expect(participants.has(item.moderatorId)).toBe(true)
    }
    const diskusi = sample.agendaItems.find((a) => a.kind === 'diskusi')
    for (const issue of sample.issues) {
      expect(issue.forumId).toBe(forumId)
      expect(issue.dayId !== null && dayIds.has(issue.dayId)).toBe(true)
      expect(issue.agendaItemId).toBe(diskusi?.id)
      expect(issue.agendaItemId !== null && agendaIds.has(issue.agendaItemId)).toBe(true)
      if (issue.raiserParticipantId === null) {
        expect(issue.raiserUnsur).toBeNull()
      } else {
        expect(participants.get(issue.raiserParticipantId)?.unsur).toBe(issue.raiserUnsur)
      }
    }
    for (const agreement of sample.agreements) {
      expect(agreement.forumId).toBe(forumId)
      for (const id of agreement.issueIds) expect(issueIds.has(id)).toBe(true)
    }
    for (const item of sample.actionItems) {
      expect(item.forumId).toBe(forumId)
      expect(item.agreementId !== null && agreementIds.has(item.agreementId)).toBe(true)
      for (const id of item.issueIds) expect(issueIds.has(id)).toBe(true)
    }
    for (const update of sample.progressUpdates) {
      expect(update.forumId).toBe(forumId)
      expect(actionIds.has(update.actionItemId)).toBe(true)
    }
    for (const s of sample.signatories) expect(s.forumId).toBe(forumId)
  })

  it('keeps names with their titles exactly and searches them without', () => {
    const names = sample.people.map((p) => p.name)
    expect(names).toContain('Dr. Ir. H. Yohanes Ndolu, M.Si')
    expect(names).toContain('Maria Goreti Bria, S.Sos., M.AP')
    const ndolu = sample.people.find((p) => p.name === 'Dr. Ir. H. Yohanes Ndolu, M.Si')
    expect(ndolu?.searchName).toBe('yohanes ndolu')
    for (const person of sample.people) {
      expect(person.searchName).toBe(normalizeForSearch(person.name))
      const participant = sample.participants.find((p) => p.personId === person.id)
      expect(participant?.searchName).toBe(person.searchName)
      expect(participant?.unsur).toBe(person.unsur)
    }
  })

  it('gives civil servants valid NIPs that match their sex, and no one else a NIP', () => {
    const withNip = sample.people.filter((p) => p.nip !== '')
    expect(withNip.length).toBeGreaterThanOrEqual(8)
    for (const person of withNip) {
      const result = validateNip(person.nip)
      expect(result.ok, person.name).toBe(true)
      if (result.ok) expect(result.sex).toBe(person.gender)
    }
    const business = sample.people.filter((p) => p.unsur === 'pengguna_layanan')
    expect(business.every((p) => p.nip === '')).toBe(true)
    for (const s of sample.signatories.filter((x) => x.nip !== '')) {
      expect(validateNip(s.nip).ok).toBe(true)
    }
  })

  it('checks ~30 people in between 08.30 and 09.10 WITA, one or two of them walk-ins', () => {
    for (const a of sample.attendance) {
      expect(a.checkedInAt).toMatch(/^2026-03-09T(08:[3-5]\d|09:0\d|09:10):\d\d\+08:00$/)
      expect(a.signaturePng).toBeNull()
    }
    const walkIns = sample.attendance.filter((a) => a.walkIn)
    expect(walkIns.length).toBeGreaterThanOrEqual(1)
    expect(walkIns.length).toBeLessThanOrEqual(2)
    for (const a of walkIns) {
      expect(sample.participants.find((p) => p.id === a.participantId)?.invited).toBe(false)
    }
  })

  it('runs the agenda of the day from registration at 08.30 to closing at 13.00', () => {
    const agenda = [...sample.agendaItems].sort((a, b) => a.order - b.order)
    expect(agenda.map((a) => a.kind)).toEqual([
      'registrasi',
      'pembukaan',
      'paparan',
      'paparan',
      'diskusi',
      'perumusan',
      'penandatanganan',
      'penutupan',
    ])
    expect(agenda[0]?.plannedStart).toBe('08:30')
    expect(agenda[1]?.plannedStart).toBe('09:00')
    expect(agenda.at(-1)?.actualEnd).toBe('2026-03-09T13:00:00+08:00')
    expect(agenda.map((a) => a.notes).join(' ')).toContain('78,40')
    for (const item of agenda) expect(item.notes.length).toBeGreaterThan(0)
  })

  it('records the issues of §8 with a mix of triage decisions', () => {
    const has = (type: string, unsur: string | null) =>
      sample.issues.some((i) => i.type === type && i.skmUnsur === unsur)
    expect(has('pengaduan', 'waktu')).toBe(true)
    expect(has('permintaan_informasi', 'biaya')).toBe(true)
    expect(has('masukan', 'sarana')).toBe(true)
    expect(has('pengaduan', 'pengaduan')).toBe(true)
    expect(has('apresiasi', 'prosedur')).toBe(true)
    const ramp = sample.issues.find((i) => i.skmUnsur === 'sarana')
    const raiser = sample.participants.find((p) => p.id === ramp?.raiserParticipantId)
    expect(raiser?.subCategory).toBe('penyandang disabilitas')

    expect(sample.issues.map((i) => i.seq)).toEqual(sample.issues.map((_, index) => index + 1))
    const triage = new Set(sample.issues.map((i) => i.triage))
    for (const t of ['dijawab_langsung', 'ditindaklanjuti', 'diteruskan', 'di_luar_kewenangan']) {
      expect(triage.has(t as never)).toBe(true)
    }
    for (const issue of sample.issues) {
      if (issue.triage === 'ditindaklanjuti') expect(issue.unit).not.toBe('')
      if (issue.triage === 'diteruskan') {
        expect(issue.forwardedTo).not.toBe('')
        expect(issue.laporTicket).not.toBe('')
      }
    }
    expect(sample.issues.some((i) => i.raiserParticipantId === null)).toBe(true)
  })

  it('numbers the agreements and ties every one to its issues', () => {
    expect(sample.agreements.map((a) => a.order)).toEqual(
      sample.agreements.map((_, index) => index + 1),
    )
    for (const agreement of sample.agreements) {
      expect(agreement.revision).toBe(1)
      expect(agreement.issueIds.length).toBeGreaterThan(0)
    }
  })

  it('sets the action items and deadlines of §8', () => {
    const find = (unit: RegExp) => sample.actionItems.find((a) => unit.test(a.responsibleUnit))
    expect(find(/^Bagian Organisasi/)).toMatchObject({ deadline: '2026-04-30' })
    expect(sample.actionItems.find((a) => /14 hari kerja menjadi 7/.test(a.plan))).toMatchObject({
      responsibleUnit: expect.stringMatching(/^Bidang Pelayanan Perizinan/),
      deadline: '2026-09-30',
      deadlineLabel: 'Triwulan III 2026',
    })
    expect(sample.actionItems.find((a) => /ramp/.test(a.plan))).toMatchObject({
      responsibleUnit: expect.stringMatching(/^Sekretariat/),
      deadline: '2026-06-30',
    })
    expect(find(/^Bidang Pengaduan/)).toMatchObject({
      deadline: '2026-04-01',
      deadlineLabel: 'mulai 1 April 2026',
    })
    for (const item of sample.actionItems) {
      expect(item.target).not.toBe('')
      expect(item.responsiblePerson).not.toBe('')
      expect(item.involvedParties.length).toBeGreaterThan(0)
    }
  })

  it('shows every status in monitoring as of late 2026', () => {
    const derived = sample.actionItems.map((a) => deriveActionStatus(a, TODAY))
    expect(derived).toContain('selesai')
    expect(derived).toContain('dalam_proses')
    expect(derived).toContain('terlambat')
    expect(sample.actionItems.some((a) => a.status === 'dalam_proses' && a.progress === 60)).toBe(
      true,
    )
    expect(
      sample.actionItems.some(
        (a) => a.status === 'belum_dimulai' && deriveActionStatus(a, TODAY) === 'terlambat',
      ),
    ).toBe(true)
    for (const item of sample.actionItems.filter((a) => a.status === 'selesai')) {
      expect(item.completedDate).not.toBeNull()
      expect(item.progress).toBe(100)
    }
    for (const update of sample.progressUpdates) expect(update.date <= TODAY).toBe(true)
  })

  it('has the signatories of the berita acara and the notulen', () => {
    const roles = sample.signatories.map((s) => s.role)
    expect(roles.filter((r) => r === 'penyelenggara')).toHaveLength(1)
    expect(roles.filter((r) => r === 'perwakilan_peserta')).toHaveLength(3)
    expect(roles).toContain('mengetahui')
    expect(roles).toContain('pimpinan_rapat')
    expect(roles).toContain('notulis')
    const head = sample.signatories.find((s) => s.role === 'penyelenggara')
    expect(head).toMatchObject({
      name: sample.organisation.head.name,
      nip: sample.organisation.head.nip,
    })
    const known = sample.signatories.find((s) => s.role === 'mengetahui')
    expect(known).toMatchObject({
      prefix: '',
      position: 'Asisten Pemerintahan Sekretariat Daerah Kota Kupang',
    })
    for (const rep of sample.signatories.filter((s) => s.role === 'perwakilan_peserta')) {
      expect(rep.unsur).not.toBeNull()
      expect(rep.unsur).not.toBe('penyelenggara')
      expect(rep.institution).not.toBe('')
      expect(rep.wet).toBe(false)
      expect(rep.signaturePng).toBeNull()
    }
  })

  it('never dates an update before its creation', () => {
    const records = [
      sample.organisation,
      sample.forum,
      ...sample.people,
      ...sample.participants,
      ...sample.attendance,
      ...sample.agendaItems,
      ...sample.issues,
      ...sample.agreements,
      ...sample.actionItems,
      ...sample.progressUpdates,
      ...sample.signatories,
    ]
    for (const r of records)
      expect(Date.parse(r.updatedAt)).toBeGreaterThanOrEqual(Date.parse(r.createdAt))
  })

  it('is the same forum on every build, apart from the ids it is given', () => {
    const a = buildSampleForum({ newId: counterIds(), now: NOW })
    const b = buildSampleForum({ newId: counterIds(), now: NOW })
    expect(a).toEqual(b)
  })

  it('converts to a loadable chunk without losing the forum', () => {
    const chunk = datasetToChunk(sample)
    expect(chunk.forums).toEqual([sample.forum])
    expect(chunk.organisation).toBe(sample.organisation)
    expect(datasetToChunk(sample, { withOrganisation: false }).organisation).toBeUndefined()
  })
})
