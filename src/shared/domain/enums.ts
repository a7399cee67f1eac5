import { z } from 'zod'

/** The five unsur masyarakat of PEKPPP plus the organising unit's own staff, who do not count. */
export const UNSUR_MASYARAKAT = [
  'pengguna_layanan',
  'ahli_praktisi_akademisi',
  'instansi_terkait',
  'organisasi_masyarakat_sipil',
  'media_massa',
] as const
export const unsurSchema = z.enum([...UNSUR_MASYARAKAT, 'penyelenggara'])
export type Unsur = z.infer<typeof unsurSchema>

export const forumKindSchema = z.enum([
  'fkp',
  'fgd',
  'workshop',
  'sosialisasi',
  'bimtek',
  'coaching_clinic',
  'rapat',
  'sarasehan',
  'public_hearing',
])
export type ForumKind = z.infer<typeof forumKindSchema>

export const forumMethodSchema = z.enum(['tatap_muka', 'daring', 'hybrid'])
export type ForumMethod = z.infer<typeof forumMethodSchema>

export const topicCategorySchema = z.enum([
  'standar_pelayanan',
  'maklumat_pelayanan',
  'hasil_skm',
  'pengaduan',
  'inovasi',
  'kebijakan_lain',
])
export type TopicCategory = z.infer<typeof topicCategorySchema>

export const forumStatusSchema = z.enum(['rencana', 'berlangsung', 'selesai', 'dilaporkan'])
export type ForumStatus = z.infer<typeof forumStatusSchema>

export const timeZoneSchema = z.enum(['WIB', 'WITA', 'WIT'])
export const paperSchema = z.enum(['A4', 'F4'])
export type Paper = z.infer<typeof paperSchema>
export const fontSchema = z.enum(['Arial', 'Times New Roman', 'Bookman Old Style'])
export type DocumentFont = z.infer<typeof fontSchema>

/** SE MenPANRB 56/2017 and SP4N-LAPOR! kinds of input. */
export const issueTypeSchema = z.enum([
  'masukan',
  'pengaduan',
  'permintaan_informasi',
  'tanggapan',
  'apresiasi',
])
export type IssueType = z.infer<typeof issueTypeSchema>

/** The nine SKM unsur (PermenPANRB 14/2017), in their official order U1–U9. */
export const SKM_UNSUR = [
  'persyaratan',
  'prosedur',
  'waktu',
  'biaya',
  'produk',
  'kompetensi',
  'perilaku',
  'sarana',
  'pengaduan',
] as const
export const skmUnsurSchema = z.enum(SKM_UNSUR)
export type SkmUnsur = z.infer<typeof skmUnsurSchema>

export const triageSchema = z.enum([
  'belum',
  'dijawab_langsung',
  'ditindaklanjuti',
  'diteruskan',
  'di_luar_kewenangan',
])
export type Triage = z.infer<typeof triageSchema>

export const ACTION_STATUSES = [
  'belum_dimulai',
  'dalam_proses',
  'selesai',
  'tidak_dapat_dilaksanakan',
] as const
export const actionStatusSchema = z.enum(ACTION_STATUSES)
export type ActionStatus = z.infer<typeof actionStatusSchema>
/** What the screens show: the stored status, or 'terlambat', derived and never stored. */
export type DerivedActionStatus = ActionStatus | 'terlambat'

export const prioritySchema = z.enum(['tinggi', 'sedang', 'rendah'])
export type Priority = z.infer<typeof prioritySchema>

export const agendaKindSchema = z.enum([
  'registrasi',
  'pembukaan',
  'paparan',
  'diskusi',
  'perumusan',
  'penandatanganan',
  'istirahat',
  'penutupan',
])
export type AgendaKind = z.infer<typeof agendaKindSchema>

export const signatoryRoleSchema = z.enum([
  'penyelenggara',
  'perwakilan_peserta',
  'mengetahui',
  'pihak_pertama',
  'pihak_kedua',
  'pimpinan_rapat',
  'notulis',
])
export type SignatoryRole = z.infer<typeof signatoryRoleSchema>

export const signaturePrefixSchema = z.enum(['', 'a.n.', 'Plt.', 'Plh.', 'u.b.'])

export const documentKindSchema = z.enum([
  'berita_acara',
  'nota_kesepakatan',
  'daftar_hadir',
  'notulen',
  'rtl',
  'laporan',
  'undangan',
  'monitoring',
])
export type DocumentKind = z.infer<typeof documentKindSchema>

export const participantRoleSchema = z.enum([
  'peserta',
  'narasumber',
  'moderator',
  'notulis',
  'pimpinan',
  'panitia',
])
export type ParticipantRole = z.infer<typeof participantRoleSchema>
