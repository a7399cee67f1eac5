import { beforeAll, describe, expect, it } from 'vitest'
import type { i18n, TFunction } from 'i18next'
import { BackupRefusal, PackageRefusal } from '@shared/backup'
import { forumFieldsSchema, issueSchema } from '@shared/domain'
import { ValidationError } from '@renderer/db/validation'
import { ImmutableRecordError } from '@renderer/db/audit'
import { initI18n } from '@renderer/i18n'
import { PlatformError } from '@renderer/platform/errors'
import { errorText, problemText } from '@renderer/ui/errors'
import { openTestRepositories } from '../db/test-db'

let i18next: i18n
let id: TFunction
let en: TFunction
beforeAll(async () => {
  i18next = await initI18n('id')
  id = i18next.getFixedT('id')
  en = i18next.getFixedT('en')
})

describe('errorText', () => {
  it('names the field, the limit and the length of a refused text', () => {
    const error = new ValidationError('issue', [
      { path: 'text', code: 'too_long', params: { max: 5000, actual: 10_000 } },
    ])
    expect(errorText(id, 'id', error)).toBe(
      'Masukan terlalu panjang: 10.000 karakter, paling banyak 5.000.',
    )
    expect(errorText(en, 'en', error)).toBe('Issue is too long: 10,000 characters, at most 5,000.')
  })

  it('names the size and the limit of an oversized photo, like every other refusal', async () => {
    const env = openTestRepositories(new Date('2026-03-09T01:00:00Z'))
    try {
      const refusal = await env.repositories.photos
        .add(crypto.randomUUID(), {
          name: 'panggung.jpg',
          mime: 'image/jpeg',
          bytes: new Uint8Array(12 * 1024 * 1024 + 300_000),
          takenOn: '2026-03-09',
          caption: '',
        })
        .then(
          () => null,
          (error: unknown) => error,
        )
      expect(refusal).toBeInstanceOf(ValidationError)
      expect(errorText(id, 'id', refusal)).toBe(
        'Ukuran berkas terlalu besar: 12,3 MB, paling banyak 10 MB.',
      )
      expect(errorText(en, 'en', refusal)).toBe('File size is too large: 12.3 MB, at most 10 MB.')
    } finally {
      env.dispose()
    }
  })

  it('turns a repository path into the field name a person knows', () => {
    const error = new ValidationError('forum', [{ path: 'days.1.end', code: 'end_before_start' }])
    const text = errorText(id, 'id', error)
    expect(text).toBe('Jam selesai hari ke-2: Jam selesai harus sesudah jam mulai.')
    expect(text).not.toContain('days.1.end')
    expect(text).not.toContain('end_before_start')
  })

  it('reads a zod error, the numbers of its message included', () => {
    const result = issueSchema.shape.text.safeParse('x'.repeat(5001))
    expect(errorText(id, 'id', result.error)).toBe(
      'Terlalu panjang: 5.001 karakter, paling banyak 5.000.',
    )
    const forum = forumFieldsSchema.safeParse({})
    expect(errorText(id, 'id', forum.error, { entity: 'forum' })).toContain(
      'Judul forum: Wajib diisi.',
    )
  })

  it('says the disk is full, nothing was written and the input stays', () => {
    const full = new DOMException('quota', 'QuotaExceededError')
    expect(errorText(id, 'id', full)).toMatch(
      /^Penyimpanan laptop penuh: tidak ada yang ditulis.*Kosongkan ruang disk lalu coba lagi\.$/,
    )
    // Dexie reports a failed transaction as an AbortError whose inner error is the quota.
    const aborted = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: full,
    })
    expect(errorText(id, 'id', aborted)).toBe(errorText(id, 'id', full))
    // A bulk write (restore, package import) lists the quota among its failures.
    const bulk = Object.assign(new Error('2 of 40 operations failed'), {
      name: 'BulkError',
      failures: [new Error('constraint'), full],
    })
    expect(errorText(id, 'id', bulk)).toBe(errorText(id, 'id', full))
    expect(errorText(id, 'id', bulk, { refusalContext: 'restore' })).toBe(
      'Penyimpanan laptop penuh: cadangan tidak dipulihkan dan data saat ini tetap utuh. Kosongkan ruang disk lalu coba lagi.',
    )
    expect(errorText(id, 'id', aborted, { refusalContext: 'exchange' })).toMatch(
      /^Penyimpanan laptop penuh: paket tidak diimpor/,
    )
    expect(errorText(en, 'en', full)).toMatch(/^The laptop's storage is full: nothing was written/)
    expect(errorText(id, 'id', new Error('constraint'))).not.toMatch(/penuh/)
  })

  it('names the record and its id when a forum package leaves its forum', () => {
    const error = new PackageRefusal({ code: 'other_forum', table: 'issues', id: 'abc-123' })
    expect(errorText(id, 'id', error, { refusalContext: 'exchange' })).toBe(
      'Paket ditolak: Masukan abc-123 milik forum lain, bukan forum paket ini. Tidak ada yang diubah.',
    )
    const edited = new PackageRefusal({ code: 'document_hash', table: 'documents', id: 'doc-9' })
    expect(errorText(en, 'en', edited)).toMatch(/^Package refused: finalised document doc-9/)
  })

  it('explains a refused backup file for the action that opened it', () => {
    const wrongKind = new BackupRefusal({ reason: 'wrong_kind' })
    expect(errorText(id, 'id', wrongKind, { refusalContext: 'restore' })).toContain(
      'paket satu forum',
    )
    expect(errorText(id, 'id', wrongKind, { refusalContext: 'exchange' })).toContain(
      'cadangan lengkap',
    )
    const invalid = new BackupRefusal({
      reason: 'invalid_record',
      table: 'issues',
      index: 2,
      field: 'text',
      code: 'too_long|max=5000|actual=6000',
    })
    expect(errorText(id, 'id', invalid)).toContain(
      'baris 3, kolom text — Terlalu panjang: 6.000 karakter, paling banyak 5.000.',
    )
  })

  it('names the table and both counts of a backup that holds other records than it lists', () => {
    const mismatch = new BackupRefusal({
      reason: 'count_mismatch',
      table: 'people',
      expected: 1200,
      actual: 1199,
    })
    expect(errorText(id, 'id', mismatch)).toBe(
      'Isi cadangan tidak sesuai dengan daftarnya: tabel Orang seharusnya berisi 1.200 data, tetapi berisi 1.199. Data saat ini tidak diubah.',
    )
    const costly = new BackupRefusal({ reason: 'too_many_iterations', iterations: 90_000_000 })
    expect(errorText(id, 'id', costly)).toContain('90.000.000 putaran PBKDF2')
    expect(errorText(en, 'en', costly)).toContain('90,000,000 PBKDF2 iterations')
  })

  it('gives platform failures, finalised records and cancellations their own sentence', () => {
    expect(errorText(id, 'id', new PlatformError('file_too_large', 'dev text'))).toBe(
      'Berkas terlalu besar.',
    )
    expect(errorText(id, 'id', new ImmutableRecordError('documents', 'x'))).toContain(
      'dokumen final',
    )
    expect(errorText(id, 'id', new DOMException('stop', 'AbortError'))).toBe('Dibatalkan.')
  })

  it('keeps the detail of an unexpected error behind a sentence for the user', () => {
    expect(errorText(id, 'id', new Error('boom'))).toBe(
      'Terjadi kesalahan tak terduga; isian Anda tetap di layar. Coba lagi. Rincian: boom',
    )
    expect(errorText(id, 'id', new Error('boom'), { refusalContext: 'restore' })).toBe(
      'Berkas tidak dapat dibaca: boom',
    )
  })

  it('looks up a feature’s own codes before the shared ones', () => {
    const error = new ValidationError('participant', [{ path: 'personId', code: 'already_listed' }])
    expect(errorText(id, 'id', error, { namespaces: ['participants'] })).toBe(
      'Orang ini sudah ada di daftar forum.',
    )
  })
})

describe('problemText', () => {
  it('uses the visible label for a limit and leaves other problems under their label', () => {
    expect(
      problemText(
        id,
        'id',
        { code: 'too_long|max=300|actual=600' },
        { field: 'Judul forum', labelled: true },
      ),
    ).toBe('Judul forum terlalu panjang: 600 karakter, paling banyak 300.')
    expect(problemText(id, 'id', { code: 'required' }, { field: 'Judul', labelled: true })).toBe(
      'Wajib diisi.',
    )
    expect(problemText(id, 'id', { code: 'required' }, { field: 'Judul' })).toBe(
      'Judul: Wajib diisi.',
    )
    expect(problemText(id, 'id', { code: 'no_such_key' })).toBe('Isian tidak sah.')
  })
})
