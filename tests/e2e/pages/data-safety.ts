import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'
import { expect, type Download, type Locator, type Page } from '@playwright/test'

const EXCHANGE = 'Paket forum (pindah antarlaptop)'

/** Every object store of the app's IndexedDB, with bytes as base64 so that tables compare. */
export type DatabaseDump = Record<string, Record<string, unknown>[]>

/** Pengaturan → Cadangan & keamanan data. */
export class DataSafetyPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('./#/settings/data-safety')
    await expect(this.page.getByTestId('data-safety')).toBeVisible()
  }

  /** One section of the screen, by its heading. */
  section(title: string): Locator {
    return this.page.getByRole('region', { name: title })
  }

  /** Creates a backup (optionally encrypted) and returns the downloaded file's bytes. */
  async backup(passphrase = ''): Promise<{ bytes: Buffer; download: Download }> {
    await this.fillBackupPassphrase(passphrase)
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: 'Buat cadangan' }).click()
    await expect(this.page.getByTestId('backup-message')).toContainText('Cadangan tersimpan')
    const file = await download
    return { bytes: readFileSync(await file.path()), download: file }
  }

  async fillBackupPassphrase(passphrase: string, repeated = passphrase) {
    await this.page.getByLabel('Frasa sandi (opsional)').fill(passphrase)
    await this.page.getByLabel('Ketik lagi frasa sandinya').fill(repeated)
  }

  async chooseRestoreFile(bytes: Buffer, name = 'cadangan.mufakat') {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Pilih berkas cadangan…' }).click()
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: bytes })
  }

  /** A file on disk, as a large one is chosen (not held in the test's memory). */
  async chooseRestorePath(path: string) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Pilih berkas cadangan…' }).click()
    await (await chooser).setFiles(path)
  }

  /** Adds `count` photos of `bytes` each (random, so nothing compresses), straight into the store. */
  async addGeneratedPhotos(count: number, bytes: number): Promise<void> {
    await this.page.evaluate(
      async ({ count, bytes }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('mufakat')
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        const forum = await new Promise<{ id: string }>((resolve) => {
          const request = db.transaction('forums').objectStore('forums').getAll()
          request.onsuccess = () => resolve((request.result as { id: string }[])[0]!)
        })
        let seed = 0x9e3779b9
        for (let n = 0; n < count; n++) {
          const words = new Uint32Array(Math.ceil(bytes / 4))
          for (let i = 0; i < words.length; i++) {
            seed ^= seed << 13
            seed ^= seed >>> 17
            seed ^= seed << 5
            words[i] = seed >>> 0
          }
          const now = new Date().toISOString()
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction('attachments', 'readwrite')
            tx.objectStore('attachments').put({
              id: crypto.randomUUID(),
              ownerType: 'forum_photo',
              ownerId: forum.id,
              forumId: forum.id,
              name: `foto-${n + 1}.jpg`,
              mime: 'image/jpeg',
              size: bytes,
              bytes: new Uint8Array(words.buffer, 0, bytes),
              takenOn: null,
              caption: '',
              createdAt: now,
              updatedAt: now,
            })
            tx.oncomplete = () => resolve()
            tx.onerror = () => reject(tx.error)
          })
        }
        db.close()
      },
      { count, bytes },
    )
  }

  /** Every attachment's SHA-256 by id, read straight from the store. */
  async attachmentDigests(): Promise<Record<string, string>> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('mufakat')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const keys = await new Promise<IDBValidKey[]>((resolve) => {
        const request = db.transaction('attachments').objectStore('attachments').getAllKeys()
        request.onsuccess = () => resolve(request.result)
      })
      const digests: Record<string, string> = {}
      for (const key of keys) {
        const record = await new Promise<{ id: string; bytes: Uint8Array<ArrayBuffer> }>(
          (resolve) => {
            const request = db.transaction('attachments').objectStore('attachments').get(key)
            request.onsuccess = () => resolve(request.result as never)
          },
        )
        const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', record.bytes))
        digests[record.id] = Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')
      }
      db.close()
      return digests
    })
  }

  preview(): Locator {
    return this.page.getByTestId('restore-preview')
  }

  restoreError(): Locator {
    return this.page.getByTestId('restore-error')
  }

  async confirmRestore(passphrase?: string) {
    if (passphrase !== undefined) {
      await this.page.getByLabel('Frasa sandi cadangan').fill(passphrase)
    }
    await this.page.getByRole('button', { name: 'Pulihkan data ini…' }).click()
    await this.page.getByRole('button', { name: 'Ya, ganti semua data' }).click()
  }

  async restore(bytes: Buffer, passphrase?: string) {
    await this.chooseRestoreFile(bytes)
    await expect(this.preview()).toBeVisible()
    await this.confirmRestore(passphrase)
    await expect(this.page.getByTestId('restore-message')).toContainText('Data dipulihkan')
  }

  async exportForum(title: RegExp | string): Promise<Buffer> {
    const exchange = this.section(EXCHANGE)
    await exchange.getByLabel('Forum', { exact: true }).selectOption({ label: String(title) })
    const download = this.page.waitForEvent('download')
    await exchange.getByRole('button', { name: 'Ekspor paket forum' }).click()
    await expect(this.page.getByTestId('exchange-message')).toContainText('Paket forum tersimpan')
    return readFileSync(await (await download).path())
  }

  /** Picks a package file; a refused one shows its message and no preview. */
  async chooseForumPackage(bytes: Buffer) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.section(EXCHANGE).getByRole('button', { name: 'Impor paket forum…' }).click()
    await (
      await chooser
    ).setFiles({
      name: 'forum.mufakat',
      mimeType: 'application/octet-stream',
      buffer: bytes,
    })
  }

  async importForum(bytes: Buffer) {
    await this.chooseForumPackage(bytes)
    await expect(this.page.getByTestId('exchange-preview')).toBeVisible()
  }

  conflicts(): Locator {
    return this.page.getByTestId('conflict')
  }

  async applyMerge() {
    await this.section(EXCHANGE).getByRole('button', { name: 'Gabungkan' }).click()
    await expect(this.page.getByTestId('exchange-message')).toContainText('Penggabungan selesai')
  }

  async enableLock(passphrase: string, idleMinutes: number) {
    await this.page.getByLabel('Frasa sandi baru').fill(passphrase)
    await this.page.getByLabel('Ulangi frasa sandi').fill(passphrase)
    await this.page.getByLabel('Kunci setelah tidak dipakai (menit)').fill(String(idleMinutes))
    await this.page.getByRole('button', { name: 'Aktifkan kunci' }).click()
    await expect(this.page.getByTestId('lock-message')).toHaveText('Kunci aplikasi diaktifkan.')
  }

  lockScreen(): Locator {
    return this.page.getByTestId('lock-screen')
  }

  async unlock(passphrase: string) {
    const screen = this.lockScreen()
    await screen.getByLabel('Frasa sandi', { exact: true }).fill(passphrase)
    await screen.getByRole('button', { name: 'Buka' }).click()
  }

  /** Reads every table straight from IndexedDB, as the browser stores it. */
  async dump(): Promise<DatabaseDump> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('mufakat')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const names = Array.from(db.objectStoreNames)
      const tx = db.transaction(names, 'readonly')
      const tables: Record<string, unknown[]> = {}
      await Promise.all(
        names.map(
          (name) =>
            new Promise<void>((resolve, reject) => {
              const request = tx.objectStore(name).getAll()
              request.onsuccess = () => {
                tables[name] = request.result
                resolve()
              }
              request.onerror = () => reject(request.error)
            }),
        ),
      )
      db.close()
      const json = JSON.stringify(tables, (_key, value: unknown) => {
        if (!(value instanceof Uint8Array)) return value
        let binary = ''
        for (const byte of value) binary += String.fromCharCode(byte)
        return { $bytes: btoa(binary) }
      })
      return JSON.parse(json) as Record<string, Record<string, unknown>[]>
    })
  }
}

/** Rewrites a backup's manifest (magic, length, JSON, payload) as a newer app would write it. */
export function withManifest(file: Buffer, change: (manifest: Record<string, unknown>) => void) {
  const length = file.readUInt32BE(8)
  const manifest = JSON.parse(file.subarray(12, 12 + length).toString('utf8')) as Record<
    string,
    unknown
  >
  change(manifest)
  const head = Buffer.from(JSON.stringify(manifest), 'utf8')
  const size = Buffer.alloc(4)
  size.writeUInt32BE(head.length)
  return Buffer.concat([file.subarray(0, 8), size, head, file.subarray(12 + length)])
}

/**
 * Rewrites the records inside an unencrypted package or backup, and the manifest's counts and
 * checksum with them, as someone tampering with a file on the way would.
 */
export function withTables(
  file: Buffer,
  change: (tables: Record<string, Record<string, unknown>[]>) => void,
): Buffer {
  const length = file.readUInt32BE(8)
  const { tables } = JSON.parse(strFromU8(inflateSync(file.subarray(12 + length)))) as {
    tables: Record<string, Record<string, unknown>[]>
  }
  change(tables)
  const packed = Buffer.from(deflateSync(strToU8(JSON.stringify({ tables }))))
  const rewritten = withManifest(file, (manifest) => {
    manifest.counts = Object.fromEntries(
      Object.entries(tables).map(([t, rows]) => [t, rows.length]),
    )
    manifest.payload = {
      ...(manifest.payload as object),
      bytes: packed.length,
      sha256: createHash('sha256').update(packed).digest('hex'),
    }
  })
  const head = 12 + rewritten.readUInt32BE(8)
  return Buffer.concat([rewritten.subarray(0, head), packed])
}
