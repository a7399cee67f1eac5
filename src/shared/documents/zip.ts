import { zipSync } from 'fflate'
import type { Attachment } from '../domain/records'
import type { BuiltDocument } from './documents'
import type { Bytes } from '../bytes'

// The evidence pack for the PEKPPP evaluation: every document of a forum plus its photos, named as
// evaluators file them ("01 Berita Acara Kesepakatan.docx", "Foto/2026-03-09 Pembukaan.jpg").

export interface PackFile {
  name: string
  bytes: Uint8Array
}

// Characters Windows refuses in file names, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g

function safeName(name: string): string {
  return name.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 150)
}

export function documentFileName(index: number, title: string): string {
  return `${String(index + 1).padStart(2, '0')} ${safeName(title)}.docx`
}

export function photoFileName(photo: Attachment, index: number): string {
  const extension = /\.(\w+)$/.exec(photo.name)?.[1] ?? (photo.mime === 'image/png' ? 'png' : 'jpg')
  const base = safeName((photo.caption || photo.name).replace(/\.\w+$/, '')) || `Foto ${index + 1}`
  const date = photo.takenOn ?? 'tanpa-tanggal'
  return `Foto/${date} ${String(index + 1).padStart(2, '0')} ${base}.${extension}`
}

export function evidencePackFiles(
  documents: { built: BuiltDocument; bytes: Uint8Array }[],
  photos: Attachment[],
): PackFile[] {
  return [
    ...documents.map(({ built, bytes }, index) => ({
      name: documentFileName(index, built.model.title),
      bytes,
    })),
    ...photos.map((photo, index) => ({ name: photoFileName(photo, index), bytes: photo.bytes })),
  ]
}

export function zipFiles(files: PackFile[]): Bytes {
  const tree: Record<string, Uint8Array> = {}
  for (const file of files) tree[file.name] = file.bytes
  // DOCX and JPEG are compressed already: storing them keeps the pack fast to build.
  // zipSync allocates a fresh, unshared buffer.
  return zipSync(tree, { level: 0 }) as Bytes
}
