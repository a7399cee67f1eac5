import { z } from 'zod'
import type { Gender } from '../domain/common'
import type { Unsur } from '../domain/enums'
import { collapseSpaces } from '../format/names'
import { headerKey } from './columns'

/** Trims and collapses every run of spaces, tabs, NBSP and line breaks a cell may hold. */
export function cleanCell(value: string | undefined | null): string {
  return collapseSpaces(value ?? '')
}

/**
 * Phone numbers kept as text. Excel turns 081234567890 into the number 81234567890, so a number of
 * 9–13 digits starting with 8 gets its 0 back; "62…" and "+62…" are kept as typed. Spaces, dots,
 * dashes and brackets between groups are dropped. Returns null when what is left is not a number.
 */
export function normalizePhone(value: string): string | null {
  const text = cleanCell(value)
  if (!text) return ''
  // A number cell read back as "8.1234567890E10" or "81234567890.0".
  let plain = text.replace(/[\s.\-()/]/g, '')
  if (/^\d+(\.0+)?$/.test(text)) plain = text.replace(/\.0+$/, '')
  if (/^\d(\.\d+)?e\+?\d+$/i.test(text)) plain = Number(text).toFixed(0)
  if (!/^\+?\d{6,15}$/.test(plain)) return null
  if (/^8\d{8,12}$/.test(plain)) return `0${plain}`
  return plain
}

const GENDER_WORDS: Record<string, Gender> = {
  l: 'L',
  lk: 'L',
  laki: 'L',
  'laki laki': 'L',
  lakilaki: 'L',
  pria: 'L',
  male: 'L',
  m: 'L',
  p: 'P',
  pr: 'P',
  perempuan: 'P',
  wanita: 'P',
  female: 'P',
  f: 'P',
  w: 'P',
}

/** L/P, Laki-laki/Perempuan, Pria/Wanita in any case; '' for an empty cell, null if unreadable. */
export function parseGender(value: string): Gender | '' | null {
  const key = headerKey(value)
  if (!key) return ''
  return GENDER_WORDS[key] ?? null
}

// Labels and the words secretariats use for each unsur, normalised. Sub-categories map onto the five
// as common practice does (tokoh masyarakat and tokoh agama with civil society, dunia usaha with
// service users); the organisation may correct a row afterwards.
const UNSUR_WORDS: Record<string, Unsur> = {
  'pengguna layanan': 'pengguna_layanan',
  pengguna: 'pengguna_layanan',
  'penerima layanan': 'pengguna_layanan',
  masyarakat: 'pengguna_layanan',
  'masyarakat umum': 'pengguna_layanan',
  pemohon: 'pengguna_layanan',
  'dunia usaha': 'pengguna_layanan',
  'pelaku usaha': 'pengguna_layanan',
  pengusaha: 'pengguna_layanan',
  umkm: 'pengguna_layanan',
  'ahli praktisi akademisi': 'ahli_praktisi_akademisi',
  ahli: 'ahli_praktisi_akademisi',
  praktisi: 'ahli_praktisi_akademisi',
  akademisi: 'ahli_praktisi_akademisi',
  'perguruan tinggi': 'ahli_praktisi_akademisi',
  pakar: 'ahli_praktisi_akademisi',
  'instansi terkait': 'instansi_terkait',
  instansi: 'instansi_terkait',
  opd: 'instansi_terkait',
  'opd terkait': 'instansi_terkait',
  'perangkat daerah': 'instansi_terkait',
  pemerintah: 'instansi_terkait',
  'perangkat desa': 'instansi_terkait',
  'organisasi masyarakat sipil': 'organisasi_masyarakat_sipil',
  oms: 'organisasi_masyarakat_sipil',
  lsm: 'organisasi_masyarakat_sipil',
  ngo: 'organisasi_masyarakat_sipil',
  ormas: 'organisasi_masyarakat_sipil',
  'tokoh masyarakat': 'organisasi_masyarakat_sipil',
  'tokoh agama': 'organisasi_masyarakat_sipil',
  pemuda: 'organisasi_masyarakat_sipil',
  pkk: 'organisasi_masyarakat_sipil',
  'kelompok rentan': 'organisasi_masyarakat_sipil',
  'penyandang disabilitas': 'organisasi_masyarakat_sipil',
  'media massa': 'media_massa',
  media: 'media_massa',
  pers: 'media_massa',
  wartawan: 'media_massa',
  jurnalis: 'media_massa',
  penyelenggara: 'penyelenggara',
  panitia: 'penyelenggara',
  'unit penyelenggara': 'penyelenggara',
  upp: 'penyelenggara',
}

/** The unsur a cell names; '' for an empty cell, null when it names none. */
export function parseUnsur(value: string): Unsur | '' | null {
  const key = headerKey(value)
  if (!key) return ''
  const direct = UNSUR_WORDS[key]
  if (direct) return direct
  // "Unsur Media Massa", "1. Pengguna Layanan": try without a leading word or number.
  const stripped = key.replace(/^(unsur|\d+)\s+/, '')
  return UNSUR_WORDS[stripped] ?? null
}

/** Disability flag: ya/y/v/✓/1/true, or the name of a disability; empty, tidak, -, 0 mean no. */
export function parseDisability(value: string): boolean {
  const key = headerKey(value)
  if (!key) return value.trim() === '✓' || value.trim() === '√'
  return !['tidak', 't', 'no', 'n', '0', 'false', 'bukan', 'non', 'tidak ada'].includes(key)
}

// The same check the person record applies, so a row the preview accepts is one the database takes.
const emailSchema = z.email()

export function isValidEmail(value: string): boolean {
  return emailSchema.safeParse(value).success
}
