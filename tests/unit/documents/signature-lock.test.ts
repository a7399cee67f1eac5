import { describe, expect, it } from 'vitest'
import type { DocumentSignatory, Signatory } from '@shared/domain'
import {
  lockedSignatoryIds,
  signatoryLocked,
  withSignatoryIds,
  type FinalisedSignatures,
} from '@shared/documents/signature-lock'

const AT = '2026-03-09T05:00:00.000Z'

function signatory(id: string, fields: Partial<Signatory>): Signatory {
  return {
    id,
    forumId: '00000000-0000-4000-8000-000000000001',
    role: 'perwakilan_peserta',
    order: 0,
    prefix: '',
    position: '',
    name: 'Anselmus Kefi',
    rank: '',
    nip: '',
    institution: '',
    unsur: null,
    signaturePng: null,
    wet: false,
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  }
}

const head = signatory('00000000-0000-4000-8000-00000000000a', {
  role: 'penyelenggara',
  position: 'Kepala Dinas Penanaman Modal dan PTSP Kota Kupang',
  name: 'Drs. Yusuf Leo, M.Si',
})
const chair: Signatory = {
  ...head,
  id: '00000000-0000-4000-8000-00000000000b',
  role: 'pimpinan_rapat',
  order: 5,
}
const representative = signatory('00000000-0000-4000-8000-00000000000c', {
  position: 'Ketua',
  institution: 'Forum Disabilitas Kota Kupang',
})
const addedLater = signatory('00000000-0000-4000-8000-00000000000d', { name: 'Maria Bria' })
const all = [head, chair, representative, addedLater]

const headBlock: DocumentSignatory = {
  heading: '',
  position: 'Kepala Dinas Penanaman Modal dan PTSP Kota Kupang,',
  name: 'Drs. Yusuf Leo, M.Si',
  signed: false,
}

describe('signatures lock by the finalised documents that contain them', () => {
  it('a finalised Daftar Hadir locks only the head who signs it; the others stay open', () => {
    const daftarHadir: FinalisedSignatures = {
      kind: 'daftar_hadir',
      // Read in any order (by id): the chair, the same person, may come first.
      signatories: withSignatoryIds([headBlock], [chair, ...all]),
    }
    expect(daftarHadir.signatories?.[0]?.signatoryId).toBe(head.id)
    expect([...lockedSignatoryIds(all, [daftarHadir])]).toEqual([head.id])
    // The same person as chair of the meeting is another block, not in this document.
    expect(signatoryLocked(chair, [daftarHadir])).toBe(false)
    expect(signatoryLocked(addedLater, [daftarHadir])).toBe(false)
  })

  it('the chair of the meeting is told apart from the head by its heading', () => {
    const notulen = withSignatoryIds(
      [{ ...headBlock, heading: 'Mengetahui, Pimpinan Rapat,' }],
      [head, chair],
    )
    expect(notulen[0]?.signatoryId).toBe(chair.id)
  })

  it('an id kept at finalisation holds the lock even after the record is edited', () => {
    const ba: FinalisedSignatures = {
      kind: 'berita_acara',
      signatories: withSignatoryIds(
        [
          {
            heading: 'Perwakilan Peserta',
            position: 'Ketua Forum Disabilitas Kota Kupang,',
            name: 'Anselmus Kefi',
            signed: true,
          },
        ],
        all,
      ),
    }
    const renamed = { ...representative, name: 'Anselmus Kefi, S.Pd', position: 'Sekretaris' }
    expect(signatoryLocked(renamed, [ba])).toBe(true)
    expect(signatoryLocked(addedLater, [ba])).toBe(false)
  })

  it('without kept ids a block is matched by name and position', () => {
    const stored: FinalisedSignatures = { kind: 'notulen', signatories: [headBlock] }
    expect(signatoryLocked(head, [stored])).toBe(true)
    expect(signatoryLocked(chair, [stored])).toBe(true)
    expect(signatoryLocked({ ...head, position: 'Sekretaris' }, [stored])).toBe(false)
  })

  it('documents finalised before signatories were stored lock as they did: a signed agreement locks all', () => {
    expect(lockedSignatoryIds(all, [{ kind: 'berita_acara' }]).size).toBe(all.length)
    expect(lockedSignatoryIds(all, [{ kind: 'daftar_hadir' }]).size).toBe(0)
    expect(lockedSignatoryIds(all, []).size).toBe(0)
  })
})
