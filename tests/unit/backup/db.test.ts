import { afterEach, describe, expect, it, vi } from 'vitest'
import { BackupRefusal, conflictKey, TABLE_NAMES } from '@shared/backup'
import { bytesEqual } from '@shared/bytes'
import { buildSampleForum } from '@shared/sample'
import { ImmutableRecordError } from '@renderer/db/audit'
import Dexie from 'dexie'
import { backupBeforeMigration, backupFileName, memoryTarget } from '@renderer/db/backup'
import { openTestRepositories } from '../db/test-db'

const opened: ReturnType<typeof openTestRepositories>[] = []
afterEach(async () => {
  for (const t of opened.splice(0)) await t.dispose()
})

async function withSample() {
  const t = openTestRepositories()
  opened.push(t)
  const sample = buildSampleForum({
    newId: () => crypto.randomUUID(),
    now: new Date('2026-03-01T02:00:00Z'),
  })
  await t.repositories.datasets.loadSample(sample, { keepOrganisation: false })
  return { ...t, sample }
}

function photo(forumId: string, bytes = new Uint8Array([137, 80, 78, 71, 1, 2, 3])) {
  return {
    id: crypto.randomUUID(),
    ownerType: 'forum_photo' as const,
    ownerId: forumId,
    forumId,
    name: 'foto.png',
    mime: 'image/png',
    size: bytes.length,
    bytes,
    takenOn: '2026-03-09',
    caption: '',
    createdAt: '2026-03-09T01:00:00.000Z',
    updatedAt: '2026-03-09T01:00:00.000Z',
  }
}

describe('backup and restore on the database', () => {
  it('restores every table exactly, attachments byte-equal, in a fresh database', async () => {
    const source = await withSample()
    await source.db.attachments.add(photo(source.sample.forum.id))
    const before = await source.repositories.backup.readAll()
    const file = await source.repositories.backup.create({
      appVersion: '0.1.0',
      passphrase: 'p',
      iterations: 1000,
    })

    const target = openTestRepositories()
    opened.push(target)
    await target.repositories.backup.restore(file, { appVersion: '0.1.0', passphrase: 'p' })
    const after = await target.repositories.backup.readAll()
    for (const table of TABLE_NAMES) {
      if (table === 'audit') continue
      expect(after[table], table).toEqual(before[table])
    }
    expect(after.audit.filter((e) => e.action !== 'restore')).toEqual(before.audit)
    expect(bytesEqual(after.attachments[0]!.bytes, before.attachments[0]!.bytes)).toBe(true)

    // The audit trail, paused for the replace, notes writes again afterwards.
    await target.repositories.forums.setStatus(source.sample.forum.id, 'berlangsung')
    const log = await target.repositories.audit.list({ forumId: source.sample.forum.id })
    expect(log.filter((e) => e.action === 'update').map((e) => e.summary)).toEqual(['status'])
  })

  it('leaves the current data as it was when a file is refused', async () => {
    const t = await withSample()
    const before = await t.repositories.backup.readAll()
    const file = await t.repositories.backup.create({ appVersion: '0.1.0' })
    const other = openTestRepositories()
    opened.push(other)
    let kept = 0
    for (const bad of [file.slice(0, file.length - 5), new Uint8Array([1, 2, 3])]) {
      await expect(
        other.repositories.backup.restore(bad, {
          appVersion: '0.1.0',
          keepCurrent: async () => void (kept += 1),
        }),
      ).rejects.toBeInstanceOf(BackupRefusal)
    }
    expect(kept).toBe(0)
    expect(await other.repositories.backup.readAll()).toEqual(
      Object.fromEntries(TABLE_NAMES.map((n) => [n, []])),
    )
    expect(await t.repositories.backup.readAll()).toEqual(before)
  })

  it('opens a new encrypted backup with its passphrase before handing it over', async () => {
    const t = await withSample()
    const steps: string[] = []
    const file = await t.repositories.backup.create({
      appVersion: '0.1.0',
      passphrase: 'Kupang 2026 aman',
      iterations: 1000,
      onProgress: (_, step) => steps.push(step),
    })
    expect(steps.at(-1)).toBe('verify')
    expect((await t.repositories.backup.inspect(file)).encryption).not.toBeNull()

    // A file that does not decrypt again (here the platform's AES-GCM fails) is never returned.
    vi.spyOn(crypto.subtle, 'decrypt').mockRejectedValueOnce(new DOMException('', 'OperationError'))
    const refused = t.repositories.backup.create({
      appVersion: '0.1.0',
      passphrase: 'Kupang 2026 aman',
      iterations: 1000,
    })
    await expect(refused).rejects.toMatchObject({ refusal: { reason: 'unverified' } })
    vi.restoreAllMocks()
  })

  it('keeps a copy of the current data before replacing it', async () => {
    const t = await withSample()
    const file = await t.repositories.backup.create({ appVersion: '0.1.0' })
    const copies: Uint8Array[] = []
    await t.repositories.backup.restore(file, {
      appVersion: '0.1.0',
      keepCurrent: async (write) => {
        const target = memoryTarget()
        await write(target)
        copies.push(target.bytes())
      },
    })
    expect(copies).toHaveLength(1)
    expect((await t.repositories.backup.inspect(copies[0]!)).counts.forums).toBe(1)
  })

  it('copies a database of an older schema version before it is upgraded', async () => {
    const t = openTestRepositories()
    opened.push(t)
    await t.db.open()
    const asked: string[] = []
    const open = async (zone: string) => {
      asked.push(zone)
      return memoryTarget()
    }
    // The database is already current: nothing to keep.
    expect(await backupBeforeMigration(t.db.name, '0.1.0', open)).toBe(false)
    expect(await backupBeforeMigration('does-not-exist', '0.1.0', open)).toBe(false)
    expect(asked).toHaveLength(0)
  })
})

describe('backup file names', () => {
  it('stamps a saved backup with the organisation clock, not the laptop one', () => {
    const at = new Date('2026-03-08T16:30:05.000Z')
    expect(backupFileName('cadangan', at, 'WIB')).toBe('mufakat-cadangan-2026-03-08-233005.mufakat')
    expect(backupFileName('forum', at, 'WIT', '-2')).toBe(
      'mufakat-forum-2026-03-09-013005-2.mufakat',
    )
  })

  it('names the copy before an upgrade on the zone of the stored profile', async () => {
    const name = `mufakat-old-${crypto.randomUUID()}`
    const old = new Dexie(name)
    // Version 1 is the only one released yet; a fractional Dexie version stands for an older one.
    old.version(0.5).stores({ organisation: 'id', forums: 'id' })
    await old.table('organisation').put({ id: 'organisation', timeZone: 'WIT' })
    old.close()
    const zones: string[] = []
    try {
      const target = memoryTarget()
      expect(
        await backupBeforeMigration(name, '0.1.0', async (zone) => {
          zones.push(zone)
          return target
        }),
      ).toBe(true)
      expect(zones).toEqual(['WIT'])
      const head = new TextDecoder().decode(target.bytes().subarray(12, 400))
      expect(head).toContain('"formatVersion":2')
      expect(head).toContain('"organisation":1')
    } finally {
      await Dexie.delete(name)
    }
  })
})

describe('audit log', () => {
  it('notes who changed what and when, per forum', async () => {
    const t = await withSample()
    await t.repositories.settings.set('userName', 'Maria Goreti Bria')
    const forum = t.sample.forum
    await t.repositories.forums.setStatus(forum.id, 'berlangsung')
    const entries = await t.repositories.audit.list({ forumId: forum.id })
    expect(entries[0]).toMatchObject({
      actor: 'Maria Goreti Bria',
      entity: 'forums',
      entityId: forum.id,
      action: 'update',
      summary: 'status',
      at: '2026-03-01T02:00:00.000Z',
    })
  })

  it('notes writes per action item, and nothing for a write that rolled back', async () => {
    const t = await withSample()
    const item = t.sample.actionItems[0]!
    await t.db.actionItems.update(item.id, { progress: 40 })
    await t.db
      .transaction('rw', t.db.actionItems, async () => {
        await t.db.actionItems.update(item.id, { progress: 90 })
        throw new Error('batal')
      })
      .catch(() => undefined)
    const entries = await t.repositories.audit.list({ actionItemId: item.id })
    expect(entries.map((e) => [e.action, e.summary])).toEqual([['update', 'progress']])
  })

  it('refuses to change a finalised document or a signature of its forum', async () => {
    const t = await withSample()
    const forumId = t.sample.forum.id
    const signatory = t.sample.signatories[0]!
    const doc = {
      id: crypto.randomUUID(),
      forumId,
      kind: 'berita_acara' as const,
      nomor: '',
      revision: 1,
      hash: 'a'.repeat(64),
      code: 'MFK-1',
      canonical: 'BERITA ACARA',
      fileName: 'ba.docx',
      finalisedAt: '2026-03-09T05:00:00.000Z',
      createdAt: '2026-03-09T05:00:00.000Z',
      updatedAt: '2026-03-09T05:00:00.000Z',
    }
    await t.db.documents.add(doc)
    await expect(t.db.documents.update(doc.id, { canonical: 'lain' })).rejects.toThrow(
      ImmutableRecordError,
    )
    await expect(t.db.documents.delete(doc.id)).rejects.toThrow(ImmutableRecordError)
    await expect(
      t.db.signatories.update(signatory.id, { signaturePng: 'data:image/png;base64,AAAA' }),
    ).rejects.toThrow(ImmutableRecordError)
    await t.db.signatories.update(signatory.id, { position: 'Kepala Dinas,' })
    expect((await t.db.documents.get(doc.id))?.canonical).toBe('BERITA ACARA')
  })
})

describe('forum exchange package', () => {
  it('merges: adds what is new, skips what is identical, lets the user settle a conflict', async () => {
    const source = await withSample()
    await source.db.attachments.add(photo(source.sample.forum.id))
    const pkg = await source.repositories.exchange.exportForum(source.sample.forum.id, {
      appVersion: '0.1.0',
    })

    const target = openTestRepositories()
    opened.push(target)
    const first = await target.repositories.exchange.open(pkg)
    expect(first.plan.conflicts).toHaveLength(0)
    const added = await target.repositories.exchange.apply(first, {})
    expect(added).toBeGreaterThan(30)
    expect((await target.db.attachments.toArray())[0]!.bytes).toEqual(
      new Uint8Array([137, 80, 78, 71, 1, 2, 3]),
    )

    const issue = source.sample.issues[0]!
    await target.db.issues.update(issue.id, { answer: 'Dijawab di laptop sekretariat' })
    const again = await target.repositories.exchange.open(pkg)
    expect(again.plan.conflicts.map((c) => [c.table, c.id, c.fields])).toEqual([
      ['issues', issue.id, ['answer', 'updatedAt'].filter((f) => f === 'answer')],
    ])
    expect(again.plan.add.forums).toHaveLength(0)
    await target.repositories.exchange.apply(again, {
      [conflictKey(again.plan.conflicts[0]!)]: 'incoming',
    })
    expect((await target.db.issues.get(issue.id))?.answer).toBe(issue.answer)
  })

  it('never replaces a signature of a finalised forum; the whole merge is refused', async () => {
    const source = await withSample()
    const pkg = await source.repositories.exchange.exportForum(source.sample.forum.id, {
      appVersion: '0.1.0',
    })
    const target = openTestRepositories()
    opened.push(target)
    await target.repositories.exchange.apply(await target.repositories.exchange.open(pkg), {})
    const signatory = source.sample.signatories[0]!
    await target.db.signatories.update(signatory.id, {
      signaturePng: 'data:image/png;base64,QUJD',
    })
    await target.db.documents.add({
      id: crypto.randomUUID(),
      forumId: source.sample.forum.id,
      kind: 'berita_acara',
      nomor: '',
      revision: 1,
      hash: 'b'.repeat(64),
      code: 'MFK-2',
      canonical: 'BA',
      fileName: 'ba.docx',
      finalisedAt: '2026-03-09T05:00:00.000Z',
      createdAt: '2026-03-09T05:00:00.000Z',
      updatedAt: '2026-03-09T05:00:00.000Z',
    })
    const again = await target.repositories.exchange.open(pkg)
    const conflict = again.plan.conflicts.find((c) => c.table === 'signatories')!
    await expect(
      target.repositories.exchange.apply(again, { [conflictKey(conflict)]: 'incoming' }),
    ).rejects.toThrow(ImmutableRecordError)
    expect((await target.db.signatories.get(signatory.id))?.signaturePng).toBe(
      'data:image/png;base64,QUJD',
    )
  })

  it('refuses a full backup offered as a forum package', async () => {
    const t = await withSample()
    const full = await t.repositories.backup.create({ appVersion: '0.1.0' })
    await expect(t.repositories.exchange.open(full)).rejects.toMatchObject({
      refusal: { reason: 'wrong_kind' },
    })
  })
})

describe('personal data erasure', () => {
  it('shows what changes, then clears contacts and NIP and keeps the name', async () => {
    const t = await withSample()
    const person =
      t.sample.people.find((p) => p.phone !== '' && p.nip !== '') ??
      t.sample.people.find((p) => p.phone !== '')!
    const preview = await t.repositories.personalData.preview(person.id)
    expect(preview.changes.map((c) => c.field)).toContain('phone')
    expect(preview.forums).toBe(1)
    const erased = await t.repositories.personalData.erase(person.id)
    expect(erased).toMatchObject({ name: person.name, phone: '', email: '', address: '', nip: '' })
    expect(erased.erasedAt).not.toBeNull()
    const log = await t.repositories.audit.list()
    expect(log.filter((e) => e.entityId === person.id)).toMatchObject([
      { action: 'erase', entity: 'people', summary: 'phone, email, address, nip' },
    ])
  })
})
