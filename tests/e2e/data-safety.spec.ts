import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { DataSafetyPage, withManifest, withTables, type DatabaseDump } from './pages/data-safety'
import { FollowUpPage } from './pages/follow-up'
import { ForumFormPage } from './pages/forums'
import { LiveRoom } from './pages/live'
import { expect, test } from './support/test'
import { tinyPng } from './support/tiny-png'

const SAMPLE = 'Forum Konsultasi Publik Penyusunan Standar Pelayanan Perizinan Berusaha'
const BIMTEK = 'Menyelenggarakan bimbingan teknis KBLI 2020'
const UNCHANGED = 'Data saat ini tidak diubah.'

/** The sample forum plus one progress update with a photo as evidence (an attachment). */
async function sampleWithAttachment(page: Page) {
  const followUp = new FollowUpPage(page)
  await followUp.loadSample()
  await followUp.open()
  await followUp.openItem(BIMTEK)
  await followUp.fillProgress({ status: 'dalam_proses', percent: '40' })
  await followUp.addEvidence('foto-bimtek.png', 'image/png', tinyPng())
  await followUp.saveProgress()
  await expect(page.getByTestId('progress-message')).toHaveText('Perkembangan tersimpan.')
}

/**
 * Bookkeeping other screens write on their own schedule (the follow-up reminder's last day), and
 * the note of the backup itself, written once its file is saved and so never inside it.
 */
const WATCHER_SETTINGS = new Set(['followUpReminderShownOn', 'lastBackup', 'autoBackupFailedAt'])

/** The user's data: the restore's own log entry and watchers' bookkeeping set aside. */
function userData(dump: DatabaseDump): DatabaseDump {
  return {
    ...dump,
    audit: dump.audit!.filter((entry) => entry.action !== 'restore'),
    settings: dump.settings!.filter((s) => !WATCHER_SETTINGS.has(String(s.key))),
  }
}

test.describe('data safety', () => {
  test('full round trip: backup, restore into an empty profile, every table equal', async ({
    page,
    browser,
    pageErrors,
  }) => {
    await sampleWithAttachment(page)
    const source = new DataSafetyPage(page)
    await source.open()
    const { bytes, download } = await source.backup()
    expect(download.suggestedFilename()).toMatch(/^mufakat-cadangan-.*\.mufakat$/)
    const before = await source.dump()
    expect(before.attachments).toHaveLength(1)
    expect(before.forums).toHaveLength(1)

    const empty = await browser.newContext()
    pageErrors.watch(empty)
    const target = new DataSafetyPage(await empty.newPage())
    await target.open()
    await target.chooseRestoreFile(bytes)
    await expect(target.page.getByTestId('restore-counts')).toContainText(
      `1 forum, ${before.people!.length} orang, ${before.participants!.length} peserta`,
    )
    await expect(target.page.getByTestId('restore-counts')).toContainText('1 lampiran')
    await expect(target.preview()).toContainText('Terenkripsi')
    await target.confirmRestore()
    await expect(target.page.getByTestId('restore-message')).toContainText('Data dipulihkan')

    const after = await target.dump()
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    expect(userData(after)).toEqual(userData(before))
    expect(after.audit!.filter((e) => e.action === 'restore')).toHaveLength(1)
    const photo = (after.attachments![0]!.bytes as { $bytes: string }).$bytes
    expect(Buffer.from(photo, 'base64').equals(tinyPng())).toBe(true)
    await target.page.goto('./#/forums')
    await expect(target.page.getByTestId('forum-row')).toContainText(SAMPLE)
    await empty.close()
  })

  test('a backup with 250 MB of photos streams out and back, every photo byte-equal', async ({
    page,
    browser,
    pageErrors,
  }) => {
    test.setTimeout(180_000)
    await new FollowUpPage(page).loadSample()
    const source = new DataSafetyPage(page)
    await source.open()
    await source.addGeneratedPhotos(25, 10_000_000)
    const before = await source.attachmentDigests()
    expect(Object.keys(before)).toHaveLength(25)

    await source.fillBackupPassphrase('')
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Buat cadangan' }).click()
    await expect(page.getByTestId('backup-message')).toContainText('Cadangan tersimpan', {
      timeout: 90_000,
    })
    const path = await (await downloading).path()

    const empty = await browser.newContext()
    pageErrors.watch(empty)
    const target = new DataSafetyPage(await empty.newPage())
    await target.open()
    await target.chooseRestorePath(path)
    await expect(target.page.getByTestId('restore-counts')).toContainText('25 lampiran')
    await target.confirmRestore()
    await expect(target.page.getByTestId('restore-message')).toContainText('Data dipulihkan', {
      timeout: 90_000,
    })
    expect(await target.attachmentDigests()).toEqual(before)
    await empty.close()
  })

  test('a backup passphrase must be typed twice alike and be strong enough', async ({ page }) => {
    await new FollowUpPage(page).loadSample()
    const safety = new DataSafetyPage(page)
    await safety.open()
    const create = page.getByRole('button', { name: 'Buat cadangan' })
    let downloads = 0
    page.on('download', () => downloads++)

    await safety.fillBackupPassphrase('kupang')
    await create.click()
    await expect(page.getByTestId('backup-message')).toHaveText(
      'Frasa sandi terlalu pendek: minimal 10 karakter, dengan lebih dari satu jenis karakter (huruf kecil, huruf besar, angka, atau spasi/simbol).',
    )
    await safety.fillBackupPassphrase('kupangkupangkupang')
    await create.click()
    await expect(page.getByTestId('backup-message')).toHaveText(
      'Frasa sandi terlalu lemah: gunakan lebih dari satu jenis karakter (huruf kecil, huruf besar, angka, atau spasi/simbol), minimal 10 karakter.',
    )
    await safety.fillBackupPassphrase('Kupang 2026 aman', 'Kupang 2026 amam')
    await create.click()
    await expect(page.getByTestId('backup-message')).toHaveText(
      'Kedua frasa sandi tidak sama. Ketik frasa sandi yang sama di kedua kolom.',
    )
    expect(downloads).toBe(0)

    const { bytes } = await safety.backup('Kupang 2026 aman')
    expect(bytes.subarray(0, 7).toString('latin1')).toBe('MUFAKAT')
  })

  test('the restore screen says the web twin keeps no automatic backups', async ({ page }) => {
    const safety = new DataSafetyPage(page)
    await safety.open()
    const list = page.getByTestId('auto-backups')
    await expect(list.getByRole('heading', { name: 'Cadangan otomatis' })).toBeVisible()
    await expect(list).toContainText(
      'Versi web tidak menyimpan cadangan otomatis, jadi daftar ini kosong.',
    )
    await expect(list.getByRole('button', { name: 'Buka folder cadangan' })).toHaveCount(0)
  })

  test('a failed automatic backup is told to the user with what to do', async ({ page }) => {
    // A desktop shell whose disk is full: every bridge call answers, the backup's writes refuse.
    await page.addInitScript(() => {
      const answers: Record<string, (req?: unknown) => unknown> = {
        appInfo: () => ({
          name: 'Mufakat',
          version: '0.1.0',
          electron: '45.0.0',
          platform: 'linux',
          userDataPath: '/tmp/mufakat',
        }),
        takeOpenedFile: () => ({ file: null }),
        setLanguage: (req) => req,
        listAutoBackups: () => ({ kept: true, backups: [] }),
        notify: () => ({ shown: false }),
        backupStreamOpen: () => ({ handle: crypto.randomUUID() }),
      }
      const bridge = new Proxy(
        {},
        {
          get: (_target, method: string) =>
            method === 'onShellEvent'
              ? () => () => undefined
              : async (req?: unknown) =>
                  method === 'backupStreamAppend'
                    ? {
                        ok: false,
                        error: { code: 'io_error', message: 'ENOSPC: no space left on device' },
                      }
                    : { ok: true, value: answers[method]?.(req) ?? {} },
        },
      )
      Object.defineProperty(window, 'mufakat', { value: bridge })
    })
    await page.clock.install()
    await new FollowUpPage(page).loadSample()
    await expect(page.getByTestId('auto-backup-failed')).toHaveCount(0)

    await page.clock.fastForward('10:00')
    const notice = page.getByTestId('auto-backup-failed')
    await expect(notice).toContainText('Cadangan otomatis gagal')
    await expect(notice).toContainText(
      'Data Anda aman di laptop ini, tetapi belum tercadang. Periksa ruang disk yang tersisa, lalu buat cadangan manual di Pengaturan → Cadangan & keamanan data.',
    )
    await notice.getByRole('link', { name: 'Buat cadangan sekarang' }).click()
    await expect(page.getByTestId('data-safety')).toBeVisible()
    await expect(notice).toHaveCount(0)
  })

  test('encrypted round trip asks for the passphrase and refuses a wrong one', async ({
    page,
    browser,
    pageErrors,
  }) => {
    await new FollowUpPage(page).loadSample()
    const source = new DataSafetyPage(page)
    await source.open()
    const { bytes } = await source.backup('Kupang 2026 aman')
    expect(bytes.toString('latin1')).not.toContain('Perizinan Berusaha')
    const before = await source.dump()

    const empty = await browser.newContext()
    pageErrors.watch(empty)
    const target = new DataSafetyPage(await empty.newPage())
    await target.open()
    await target.chooseRestoreFile(bytes)
    await expect(target.preview()).toContainText('Ya, perlu frasa sandi')
    await target.confirmRestore('')
    await expect(target.restoreError()).toHaveText(
      `Cadangan ini terenkripsi. Masukkan frasa sandinya. ${UNCHANGED}`,
    )
    await target.confirmRestore('kupang 2026 aman')
    await expect(target.restoreError()).toHaveText(`Frasa sandi salah. ${UNCHANGED}`)
    expect((await target.dump()).forums).toEqual([])

    await target.confirmRestore('Kupang 2026 aman')
    await expect(target.page.getByTestId('restore-message')).toContainText('Data dipulihkan')
    expect(userData(await target.dump())).toEqual(userData(before))
    await empty.close()
  })

  test('a truncated file, a newer version, a damaged file and a non-backup are refused; data stays', async ({
    page,
  }) => {
    await new FollowUpPage(page).loadSample()
    const safety = new DataSafetyPage(page)
    await safety.open()
    const { bytes } = await safety.backup()
    const before = await safety.dump()

    const cases: [Buffer, string][] = [
      [
        bytes.subarray(0, Math.floor(bytes.length * 0.6)),
        'Berkas cadangan tidak lengkap (terpotong). Salin ulang berkasnya lalu coba lagi.',
      ],
      [
        withManifest(bytes, (m) => {
          m.schemaVersion = 9
          m.dbVersion = 9
        }),
        'Cadangan ini dibuat oleh versi Mufakat yang lebih baru (versi data 9). Perbarui aplikasi lebih dulu.',
      ],
      [Buffer.from('No,Nama,L/P\n1,Anton,L\n'), 'Berkas ini bukan cadangan Mufakat.'],
      [tinyPng(), 'Berkas ini bukan cadangan Mufakat.'],
    ]
    for (const [file, message] of cases) {
      await safety.chooseRestoreFile(file)
      await expect(safety.restoreError()).toHaveText(`${message} ${UNCHANGED}`)
      await expect(safety.preview()).toBeHidden()
    }

    // A flipped byte in a chunk passes the preview and is caught by that chunk's checksum.
    const damaged = Buffer.from(bytes)
    damaged[damaged.length - 20] = damaged[damaged.length - 20]! ^ 0xff
    await safety.chooseRestoreFile(damaged)
    await safety.confirmRestore()
    await expect(safety.restoreError()).toHaveText(
      new RegExp(
        `^Berkas cadangan rusak atau telah diubah: bagian ke-\\d+ tidak lolos pemeriksaan\\. Gunakan salinan cadangan yang lain\\. ${UNCHANGED}$`,
      ),
    )
    expect(userData(await safety.dump())).toEqual(userData(before))
  })

  test('a forum package merges by id: new added, identical skipped, a conflict chosen', async ({
    page,
    browser,
    pageErrors,
  }) => {
    const room = new LiveRoom(page)
    const forumId = await room.loadSampleForum()
    const laptopA = new DataSafetyPage(page)
    await laptopA.open()
    const first = await laptopA.exportForum(SAMPLE)

    const other = await browser.newContext()
    pageErrors.watch(other)
    const laptopB = new DataSafetyPage(await other.newPage())
    await laptopB.open()
    await laptopB.importForum(first)
    await expect(laptopB.page.getByTestId('exchange-summary')).toContainText('dilewati, 0 berbeda')
    await expect(laptopB.page.getByTestId('exchange-summary')).toContainText(' 0 sama persis')
    await laptopB.applyMerge()

    // The secretariat retitles the forum; the facilitator captures one more issue.
    await laptopB.page.goto(`./#/forums/${forumId}/edit`)
    const form = new ForumFormPage(laptopB.page)
    await form.form().getByLabel('Judul forum').fill(`${SAMPLE} (versi sekretariat)`)
    await form.save()
    await expect(laptopB.page.getByRole('heading', { level: 1 })).toContainText('versi sekretariat')
    await room.openLive(forumId, 'issues')
    await room.captureIssue({ text: 'Loket difabel' })
    await expect(room.captureStatus()).toContainText('tersimpan')
    await laptopA.open()
    const second = await laptopA.exportForum(SAMPLE)

    await laptopB.open()
    await laptopB.importForum(second)
    const summary = laptopB.page.getByTestId('exchange-summary')
    await expect(summary).toContainText('1 data baru ditambahkan')
    await expect(summary).toContainText('1 berbeda')
    await expect(laptopB.conflicts()).toHaveCount(1)
    const conflict = laptopB.conflicts().first()
    const title = conflict.locator('tr[data-field="title"]')
    await expect(title.getByTestId('conflict-local')).toHaveText(`${SAMPLE} (versi sekretariat)`)
    await expect(title.getByTestId('conflict-incoming')).toHaveText(SAMPLE)
    await conflict.getByLabel('Versi dari paket').check()
    await laptopB.applyMerge()

    const merged = await laptopB.dump()
    expect(merged.forums!.map((f) => f.title)).toEqual([SAMPLE])
    expect(merged.issues!.map((i) => i.text)).toContain('Loket difabel')
    expect(merged.issues).toHaveLength((await laptopA.dump()).issues!.length)
    await other.close()
  })

  test('a forum package that writes into another forum is refused whole, naming the record', async ({
    page,
    browser,
    pageErrors,
  }) => {
    await new LiveRoom(page).loadSampleForum()
    const laptopA = new DataSafetyPage(page)
    await laptopA.open()
    const honest = await laptopA.exportForum(SAMPLE)

    const other = await browser.newContext()
    pageErrors.watch(other)
    const laptopB = new DataSafetyPage(await other.newPage())
    const ownForum = await new LiveRoom(laptopB.page).loadSampleForum()
    await laptopB.open()
    const before = await laptopB.dump()
    const victim = before.issues!.find((issue) => issue.forumId === ownForum)!
    // The package carries one of laptop B's own issues, rewritten, under B's own forum.
    const tampered = withTables(honest, (tables) => {
      tables.issues!.push({ ...victim, text: 'Teks yang disusupkan lewat paket' })
    })

    await laptopB.chooseForumPackage(tampered)
    await expect(laptopB.page.getByTestId('exchange-message')).toHaveText(
      `Paket ditolak: Masukan ${String(victim.id)} milik forum lain, bukan forum paket ini. Tidak ada yang diubah.`,
    )
    await expect(laptopB.page.getByTestId('exchange-preview')).toBeHidden()
    expect(userData(await laptopB.dump())).toEqual(userData(before))

    // The same package untouched is taken.
    await laptopB.importForum(honest)
    await expect(laptopB.page.getByTestId('exchange-summary')).toContainText('0 berbeda')
    await other.close()
  })

  test('a full disk refuses a capture and a restore whole, says so, and keeps what was typed', async ({
    page,
  }) => {
    // The laptop's disk fills up on demand: every IndexedDB write then fails as Chromium's does.
    await page.addInitScript(() => {
      const full = (write: (...args: never[]) => IDBRequest) =>
        function (this: IDBObjectStore, ...args: never[]) {
          if ((window as { diskFull?: boolean }).diskFull) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          }
          return write.apply(this, args)
        }
      IDBObjectStore.prototype.add = full(IDBObjectStore.prototype.add)
      IDBObjectStore.prototype.put = full(IDBObjectStore.prototype.put)
    })
    const diskFull = (on: boolean) =>
      page.evaluate((value) => Object.assign(window, { diskFull: value }), on)
    const room = new LiveRoom(page)
    const forumId = await room.loadSampleForum()
    const safety = new DataSafetyPage(page)
    await safety.open()
    const { bytes } = await safety.backup()
    await room.openLive(forumId, 'issues')
    const before = await safety.dump()

    await diskFull(true)
    await room.captureIssue({ text: 'Antrean loket terlalu panjang', fill: true })
    await expect(room.captureStatus()).toHaveText(
      'Penyimpanan laptop penuh: tidak ada yang ditulis, dan isian Anda tetap di layar. Kosongkan ruang disk lalu coba lagi.',
    )
    await expect(room.captureText()).toHaveValue('Antrean loket terlalu panjang')
    expect((await safety.dump()).issues).toEqual(before.issues)
    expect((await safety.dump()).audit).toEqual(before.audit)

    await safety.open()
    await safety.chooseRestoreFile(bytes)
    await safety.confirmRestore()
    await expect(safety.restoreError()).toHaveText(
      'Penyimpanan laptop penuh: cadangan tidak dipulihkan dan data saat ini tetap utuh. Kosongkan ruang disk lalu coba lagi.',
    )
    expect(userData(await safety.dump())).toEqual(userData(before))

    // Space freed: the same text goes in with the next Enter.
    await diskFull(false)
    await room.openLive(forumId, 'issues')
    await room.captureIssue({ text: 'Antrean loket terlalu panjang', fill: true })
    await expect(room.captureStatus()).toContainText('tersimpan')
  })

  test('the app lock asks at start and after the idle time, and keeps what was typed', async ({
    page,
  }) => {
    await page.clock.install()
    const safety = new DataSafetyPage(page)
    await safety.open()
    await safety.enableLock('rahasia forum', 1)
    await page.reload()
    await expect(safety.lockScreen()).toBeVisible()
    await expect(page.getByTestId('data-safety')).toHaveCount(0)
    await safety.unlock('salah')
    await expect(page.getByTestId('lock-error')).toHaveText('Frasa sandi salah.')
    await safety.unlock('rahasia forum')
    await expect(page.getByTestId('data-safety')).toBeVisible()
    await expect(
      page.getByTestId('audit-row').filter({ hasText: 'Kunci aplikasi dinyalakan' }),
    ).toHaveCount(1)

    const search = page.getByLabel('Cari nama')
    await search.fill('Maria')
    await page.clock.fastForward('01:10')
    await expect(safety.lockScreen()).toBeVisible()
    await expect(page.getByTestId('data-safety')).toBeHidden()
    await safety.unlock('rahasia forum')
    await expect(search).toHaveValue('Maria')
    const stored = await safety.dump()
    expect(JSON.stringify(stored.settings)).not.toContain('rahasia forum')
  })

  test('audit log names who changed what; erasing personal data shows the change first', async ({
    page,
  }) => {
    await new FollowUpPage(page).loadSample()
    const safety = new DataSafetyPage(page)
    await safety.open()
    await page.getByLabel('Nama pengguna di laptop ini').fill('Maria Goreti Bria')
    await page.getByRole('button', { name: 'Simpan nama' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: 'Nama pengguna tersimpan.' }),
    ).toBeVisible()

    await sampleProgress(page)
    await safety.open()
    const log = safety.section('Log perubahan')
    await log.getByLabel('Forum', { exact: true }).selectOption({ label: SAMPLE })
    const itemSelect = log.getByLabel('Rencana aksi', { exact: true })
    const item = await itemSelect.locator('option', { hasText: BIMTEK }).getAttribute('value')
    await itemSelect.selectOption(item!)
    const rows = page.getByTestId('audit-row')
    await expect(rows.first()).toContainText('Maria Goreti Bria')
    await expect(rows.filter({ hasText: /Perkembangan/ }).first()).toContainText('Dibuat')
    await expect(rows.filter({ hasText: 'Rencana aksi' }).first()).toContainText(
      'Yang diubah: perkembangan',
    )

    const people = (await safety.dump()).people!
    const person = people.find((p) => p.phone !== '' && p.erasedAt === null)!
    // The surname: the first word may be a title ("Dr."), which search rightly ignores.
    const surname = String(person.name).split(',')[0]!.trim().split(' ').at(-1)!
    await page.getByLabel('Cari nama').fill(surname)
    const row = page.getByTestId('personal-person').filter({ hasText: String(person.name) })
    await expect(row.getByTestId('personal-contact')).toHaveText('Kontak disembunyikan')
    await row.getByRole('button', { name: 'Pilih', exact: true }).click()
    await expect(page.getByTestId('erase-preview')).toContainText(String(person.phone))
    await page.getByRole('button', { name: 'Hapus data pribadi' }).click()
    await expect(page.getByTestId('erase-message')).toContainText('telah dihapus')
    const erased = (await safety.dump()).people!.find((p) => p.id === person.id)!
    expect(erased).toMatchObject({ name: person.name, phone: '', email: '', address: '', nip: '' })
    expect(erased.erasedAt).not.toBeNull()
  })

  test('killing the browser while issues are captured loses no confirmed issue', async ({
    pageErrors,
  }) => {
    const baseURL = String(test.info().project.use.baseURL)
    const userDataDir = mkdtempSync(join(tmpdir(), 'mufakat-kill-'))
    const launch = async () => {
      const context = await chromium.launchPersistentContext(userDataDir, {
        baseURL,
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        locale: 'id-ID',
        timezoneId: 'Asia/Makassar',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
        ],
      })
      pageErrors.watch(context)
      return context
    }
    try {
      const context = await launch()
      const room = new LiveRoom(context.pages()[0] ?? (await context.newPage()))
      const forumId = await room.loadSampleForum()
      await room.openLive(forumId, 'issues')
      const before = await room.issueRows().count()
      // What the screen confirmed ("Masukan #12 tersimpan.") and the row it shows for it.
      const confirmed = new Map<number, string>()
      for (let i = 1; i <= 8; i++) {
        await room.captureIssue({ text: `Antrean ${i}` })
        await expect(room.captureStatus()).toHaveText(`Masukan #${before + i} tersimpan.`)
        await expect(room.captureText()).toHaveValue('')
        const row = room.issueRow(before + i)
        await expect(row).toContainText(`Antrean ${i}`)
        confirmed.set(before + i, (await row.getByTestId('issue-text').textContent()) ?? '')
      }
      // The next one is still being typed when the power goes.
      await room.captureText().fill('Masukan yang belum dikonfirmasi')
      killBrowser(userDataDir)
      await context.close().catch(() => undefined)

      const reopened = await launch()
      const again = new LiveRoom(reopened.pages()[0] ?? (await reopened.newPage()))
      await again.openLive(forumId, 'issues')
      await expect(again.issueRows()).toHaveCount(before + confirmed.size)
      for (const [seq, text] of confirmed) {
        await expect(again.issueRow(seq).getByTestId('issue-text')).toHaveText(text)
      }
      await reopened.close()
    } finally {
      rmSync(userDataDir, { recursive: true, force: true })
    }
  })
})

async function sampleProgress(page: Page) {
  const followUp = new FollowUpPage(page)
  await followUp.open()
  await followUp.openItem(BIMTEK)
  await followUp.fillProgress({ status: 'dalam_proses', percent: '55' })
  await followUp.saveProgress()
  await expect(page.getByTestId('progress-message')).toHaveText('Perkembangan tersimpan.')
}

/** SIGKILL the browser this test launched: its main process is the one using our profile folder. */
function killBrowser(userDataDir: string) {
  const pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))
  for (const pid of pids) {
    let cmdline = ''
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    } catch {
      continue
    }
    const args = cmdline.split('\0')
    if (
      args.includes(`--user-data-dir=${userDataDir}`) &&
      !args.some((a) => a.startsWith('--type='))
    ) {
      process.kill(Number(pid), 'SIGKILL')
      return
    }
  }
  throw new Error(`no browser process for ${userDataDir}`)
}
