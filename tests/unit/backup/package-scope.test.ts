import { afterEach, describe, expect, it } from 'vitest'
import {
  checkPackageScope,
  isPackageRefusal,
  scopeProblem,
  writeBackupFile,
  type ExchangeData,
} from '@shared/backup'
import { sha256Hex } from '@shared/bytes'
import { buildSampleForum } from '@shared/sample'
import { CURRENT_DB_VERSION } from '@renderer/db/schema'
import { openTestRepositories } from '../db/test-db'

const opened: ReturnType<typeof openTestRepositories>[] = []
afterEach(async () => {
  for (const t of opened.splice(0)) await t.dispose()
})

async function laptop() {
  const t = openTestRepositories()
  opened.push(t)
  const sample = buildSampleForum({
    newId: () => crypto.randomUUID(),
    now: new Date('2026-03-01T02:00:00Z'),
  })
  await t.repositories.datasets.loadSample(sample, { keepOrganisation: false })
  return { ...t, sample, forumId: sample.forum.id }
}

async function finalised(forumId: string, canonical = 'BERITA ACARA KESEPAKATAN') {
  return {
    id: crypto.randomUUID(),
    forumId,
    kind: 'berita_acara' as const,
    nomor: '',
    revision: 1,
    hash: await sha256Hex(canonical),
    code: 'MFK-7Q2X',
    canonical,
    fileName: 'Berita Acara Kesepakatan.docx',
    finalisedAt: '2026-03-09T05:00:00.000Z',
    createdAt: '2026-03-09T05:00:00.000Z',
    updatedAt: '2026-03-09T05:00:00.000Z',
  }
}

async function refusal(forumId: string, data: ExchangeData) {
  const error: unknown = await checkPackageScope(forumId, data).then(
    () => null,
    (e: unknown) => e,
  )
  return isPackageRefusal(error) ? error.problem : error
}

describe('forum package scoping', () => {
  it('takes a package of one forum with the people it names and its files', async () => {
    const source = await laptop()
    const data = await source.repositories.exchange.collect(source.forumId)
    expect(data.people.length).toBeGreaterThan(0)
    expect(await refusal(source.forumId, data)).toBeNull()
  })

  it('names the first record that reaches into another forum', async () => {
    const source = await laptop()
    const data = await source.repositories.exchange.collect(source.forumId)
    const issue = data.issues[1]!
    data.issues[1] = { ...issue, forumId: crypto.randomUUID() }
    expect(scopeProblem(source.forumId, data)).toEqual({
      code: 'other_forum',
      table: 'issues',
      id: issue.id,
    })
  })

  it('refuses a second forum, a person nobody in the package names, and a stray file', async () => {
    const source = await laptop()
    const base = await source.repositories.exchange.collect(source.forumId)
    const forum = { ...base.forums[0]!, id: crypto.randomUUID() }
    expect(scopeProblem(source.forumId, { ...base, forums: [...base.forums, forum] })).toEqual({
      code: 'not_the_forum',
      table: 'forums',
      id: forum.id,
    })
    expect(scopeProblem(source.forumId, { ...base, forums: [] })).toEqual({
      code: 'forum_missing',
      table: 'forums',
      id: source.forumId,
    })
    const stranger = { ...base.people[0]!, id: crypto.randomUUID() }
    expect(scopeProblem(source.forumId, { ...base, people: [...base.people, stranger] })).toEqual({
      code: 'person_unreferenced',
      table: 'people',
      id: stranger.id,
    })
    const file = {
      id: crypto.randomUUID(),
      ownerType: 'progress' as const,
      ownerId: crypto.randomUUID(),
      forumId: null,
      name: 'bukti.pdf',
      mime: 'application/pdf',
      size: 4,
      bytes: new Uint8Array([37, 80, 68, 70]),
      takenOn: null,
      caption: '',
      createdAt: '2026-03-09T05:00:00.000Z',
      updatedAt: '2026-03-09T05:00:00.000Z',
    }
    expect(
      scopeProblem(source.forumId, { ...base, attachments: [...base.attachments, file] }),
    ).toEqual({ code: 'attachment_unlinked', table: 'attachments', id: file.id })
  })

  it('takes a finalised document only when its hash matches its canonical text', async () => {
    const source = await laptop()
    const data = await source.repositories.exchange.collect(source.forumId)
    const document = await finalised(source.forumId)
    expect(await refusal(source.forumId, { ...data, documents: [document] })).toBeNull()
    const edited = { ...document, canonical: 'BERITA ACARA KESEPAKATAN (diubah)' }
    expect(await refusal(source.forumId, { ...data, documents: [edited] })).toEqual({
      code: 'document_hash',
      table: 'documents',
      id: document.id,
    })
  })
})

describe('forum package import', () => {
  it('marks an imported finalised document with the laptop it came from', async () => {
    const source = await laptop()
    await source.repositories.settings.set('userName', 'Notulis Bagian Organisasi')
    await source.db.documents.add(await finalised(source.forumId))
    const pkg = await source.repositories.exchange.exportForum(source.forumId, {
      appVersion: '0.1.0',
    })
    const target = openTestRepositories()
    opened.push(target)
    await target.repositories.exchange.apply(await target.repositories.exchange.open(pkg), {})
    const [document] = await target.db.documents.toArray()
    expect(document?.receivedFrom?.label).toMatch(/^Notulis Bagian Organisasi — /)
    // The same package again changes nothing: the mark is not a difference.
    const again = await target.repositories.exchange.open(pkg)
    expect(again.plan.conflicts).toEqual([])
    // Sent back home, the document is the one the source laptop already has.
    const back = await target.repositories.exchange.exportForum(source.forumId, {
      appVersion: '0.1.0',
    })
    const home = await source.repositories.exchange.open(back)
    expect(home.plan.conflicts).toEqual([])
    expect(home.plan.add.documents).toEqual([])
  })

  it('refuses a whole package that writes into another forum of this laptop; nothing is written', async () => {
    const target = await laptop()
    const victim = target.sample.issues[0]!
    const source = await laptop()
    const data = await source.repositories.exchange.collect(source.forumId)
    // The tampered package carries an issue with the id and forum of one on the target laptop.
    data.issues.push({ ...victim, text: 'Teks yang disusupkan' })
    const pkg = await writeBackupFile(data, {
      kind: 'forum',
      appVersion: '0.1.0',
      dbVersion: CURRENT_DB_VERSION,
      createdAt: '2026-03-09T05:00:00.000Z',
      forum: { id: source.forumId, title: data.forums[0]!.title },
    })
    const before = await target.db.issues.count()
    await expect(target.repositories.exchange.open(pkg)).rejects.toMatchObject({
      problem: { code: 'other_forum', table: 'issues', id: victim.id },
    })
    expect(await target.db.issues.count()).toBe(before)
    expect((await target.db.issues.get(victim.id))?.text).toBe(victim.text)
  })
})
