import type { IssueType, Unsur } from '../domain/enums'

// Documents are always written in Indonesian, whatever language the screens use.

export const UNSUR_LABEL: Record<Unsur, string> = {
  pengguna_layanan: 'Pengguna Layanan',
  ahli_praktisi_akademisi: 'Ahli/Praktisi/Akademisi',
  instansi_terkait: 'Instansi Terkait',
  organisasi_masyarakat_sipil: 'Organisasi Masyarakat Sipil',
  media_massa: 'Media Massa',
  penyelenggara: 'Penyelenggara',
}

export const UNSUR_ORDER: Unsur[] = [
  'pengguna_layanan',
  'ahli_praktisi_akademisi',
  'instansi_terkait',
  'organisasi_masyarakat_sipil',
  'media_massa',
  'penyelenggara',
]

export const ISSUE_TYPE_LABEL: Record<IssueType, string> = {
  masukan: 'Masukan/Aspirasi',
  pengaduan: 'Pengaduan',
  permintaan_informasi: 'Permintaan Informasi',
  tanggapan: 'Tanggapan',
  apresiasi: 'Apresiasi',
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']

export function romanLampiran(index: number): string {
  return ROMAN[index] ?? String(index + 1)
}
