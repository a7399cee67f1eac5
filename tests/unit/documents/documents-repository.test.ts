import { afterEach, describe, expect, it } from 'vitest'
import { readForVerification } from '@shared/documents/verification'
import { buildSampleForum } from '@shared/sample'
import { lockedSignatoryIds } from '@shared/documents'
import { ImmutableRecordError } from '@renderer/db/audit'
import { openTestRepositories } from '../db/test-db'

describe('documents repository', () => {
  let env: ReturnType<typeof openTestRepositories>
  afterEach(async () => env.dispose())

  async function loadSample() {
    env = openTestRepositories(new Date('2026-03-09T05:00:00Z'))
    const { repositories } = env
    await repositories.datasets.loadSample(
      buildSampleForum({ newId: () => crypto.randomUUID(), now: new Date('2026-03-09T05:00:00Z') }),
      { keepOrganisation: false },
    )
    const [forum] = await repositories.forums.list()
    return { repositories, forumId: forum!.id }
  }

  it('finalises: nomor from the counter, hash of the file, frozen agreements; a change makes a new revision', async () => {
    const { repositories, forumId } = await loadSample()
    const first = await repositories.documents.finalise(forumId, 'berita_acara')
    expect(first.document.nomor).toBe('000.1.2/003/DPMPTSP/2026')
    expect(first.document.revision).toBe(1)
    expect((await repositories.organisation.get())?.nomorCounter).toEqual({ year: 2026, last: 3 })
    const reading = await readForVerification(first.bytes)
    expect(reading.hash).toBe(first.document.hash)
    expect(await repositories.documents.findByCode(first.document.code)).toMatchObject({
      id: first.document.id,
    })

    const [agreement] = await repositories.agreements.listByForum(forumId)
    await repositories.agreements.update(agreement!.id, {
      text: `${agreement!.text} dan diumumkan di kelurahan`,
    })
    const context = await repositories.documents.loadDocumentContext(forumId)
    expect(context.forum.agreementsFrozenAt).toBeNull()

    const second = await repositories.documents.finalise(forumId, 'berita_acara')
    expect(second.document.revision).toBe(2)
    expect(second.document.nomor).toBe(first.document.nomor)
    expect(second.document.hash).not.toBe(first.document.hash)
    expect(second.document.canonical).toContain('Revisi 2')
    expect((await repositories.organisation.get())?.nomorCounter.last).toBe(3)
    expect((await repositories.forums.get(forumId))?.agreementsFrozenAt).not.toBeNull()
    expect(await repositories.documents.listByForum(forumId)).toHaveLength(2)
  })

  it('finalises with a typed nomor: the counter stays; a nomor another document carries is refused', async () => {
    const { repositories, forumId } = await loadSample()
    expect(await repositories.documents.suggestNomor(forumId, 'daftar_hadir_1')).toBeNull()
    const suggestion = await repositories.documents.suggestNomor(forumId, 'berita_acara')
    expect(suggestion).toMatchObject({ source: 'counter', nomor: '000.1.2/003/DPMPTSP/2026' })

    // From the agenda book: typed, so the app's counter does not move.
    const typed = '000.1.2/117/DPMPTSP/2026'
    const ba = await repositories.documents.finalise(forumId, 'berita_acara', {
      nomor: ` ${typed} `,
    })
    expect(ba.document.nomor).toBe(typed)
    expect(ba.document.canonical).toContain(`Nomor: ${typed}`)
    expect((await repositories.organisation.get())?.nomorCounter).toEqual({ year: 2026, last: 2 })

    // Another document may not carry it, not even written in other case or spacing; nothing is
    // written, and the refusal names the field.
    const refusal = { entity: 'document', problems: [{ path: 'nomor', code: 'nomor_taken' }] }
    await expect(
      repositories.documents.finalise(forumId, 'laporan', {
        nomor: '000.1.2 / 117 / dpmptsp/2026',
      }),
    ).rejects.toMatchObject(refusal)
    await expect(
      repositories.documents.finalise(forumId, 'undangan', { nomor: '   ' }),
    ).rejects.toMatchObject({ problems: [{ path: 'nomor', code: 'required' }] })
    expect(await repositories.documents.listByForum(forumId)).toHaveLength(1)

    // The suggestion used: the counter advances to it.
    const next = await repositories.documents.suggestNomor(forumId, 'laporan')
    expect(next?.nomor).toBe('000.1.2/003/DPMPTSP/2026')
    const laporan = await repositories.documents.finalise(forumId, 'laporan', {
      nomor: next!.nomor,
    })
    expect(laporan.document.nomor).toBe(next!.nomor)
    expect((await repositories.organisation.get())?.nomorCounter.last).toBe(3)

    // A revision of the same document keeps its nomor; the suggestion is the kept one.
    expect(await repositories.documents.suggestNomor(forumId, 'berita_acara')).toEqual({
      source: 'kept',
      nomor: typed,
    })
    const again = await repositories.documents.finalise(forumId, 'berita_acara', { nomor: typed })
    expect(again.document.nomor).toBe(typed)
    expect((await repositories.organisation.get())?.nomorCounter.last).toBe(3)
  })

  it('skips a number typed by hand when it suggests the next from the counter', async () => {
    const { repositories, forumId } = await loadSample()
    await repositories.documents.finalise(forumId, 'berita_acara', {
      nomor: '000.1.2/003/DPMPTSP/2026',
    })
    const suggestion = await repositories.documents.suggestNomor(forumId, 'laporan')
    expect(suggestion).toMatchObject({
      source: 'counter',
      nomor: '000.1.2/004/DPMPTSP/2026',
      counter: { year: 2026, last: 4 },
    })
    await repositories.documents.finalise(forumId, 'laporan')
    expect((await repositories.organisation.get())?.nomorCounter.last).toBe(4)
  })

  it('after finalising only the Daftar Hadir, only the head it holds is locked', async () => {
    const { repositories, forumId } = await loadSample()
    await repositories.documents.finalise(forumId, 'daftar_hadir_1')
    const context = await repositories.documents.loadDocumentContext(forumId)
    const byRole = (role: string) => context.signatories.find((s) => s.role === role)!
    const finalised = await repositories.documents.listByForum(forumId)
    const locked = lockedSignatoryIds(context.signatories, finalised)
    expect([...locked]).toEqual([byRole('penyelenggara').id])

    const png = 'data:image/png;base64,iVBORw0KGgo='
    expect((await repositories.signatories.sign(byRole('perwakilan_peserta').id, png)).wet).toBe(
      false,
    )
    expect((await repositories.signatories.sign(byRole('pimpinan_rapat').id, png)).wet).toBe(false)
    const later = await repositories.signatories.add(forumId, {
      ...byRole('mengetahui'),
      name: 'Dr. Maria Bria',
      signaturePng: null,
      wet: false,
    })
    await repositories.signatories.sign(later.id, png)
    await expect(repositories.signatories.sign(byRole('penyelenggara').id, png)).rejects.toThrow(
      ImmutableRecordError,
    )
    await expect(repositories.signatories.remove(byRole('penyelenggara').id)).rejects.toThrow(
      ImmutableRecordError,
    )
  })

  it('keeps signatories and photos of a forum', async () => {
    const { repositories, forumId } = await loadSample()
    const [first] = await repositories.signatories.listByForum(forumId)
    const signed = await repositories.signatories.sign(
      first!.id,
      'data:image/png;base64,iVBORw0KGgo=',
    )
    expect(signed.wet).toBe(false)
    await expect(
      repositories.signatories.update(first!.id, { nip: '12345' }),
    ).rejects.toMatchObject({ problems: [{ path: 'nip', code: 'nip_digits' }] })
    const photo = await repositories.photos.add(forumId, {
      name: 'pembukaan.png',
      mime: 'image/png',
      bytes: new Uint8Array([137, 80, 78, 71]),
      takenOn: '2026-03-09',
      caption: 'Pembukaan',
    })
    await expect(
      repositories.photos.add(forumId, { ...photo, bytes: new Uint8Array(1), mime: 'text/plain' }),
    ).rejects.toMatchObject({ problems: [{ path: 'mime', code: 'image' }] })
    const context = await repositories.documents.loadDocumentContext(forumId)
    expect(context.photos.map((p) => p.caption)).toEqual(['Pembukaan'])
    expect(context.participants.length).toBe(32)
    expect(context.people.length).toBe(32)
  })
})
