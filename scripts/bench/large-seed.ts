import type { Gender } from '@shared/domain/common'
import {
  SKM_UNSUR,
  type ActionStatus,
  type ForumKind,
  type ForumMethod,
  type ForumStatus,
  type IssueType,
  type ParticipantRole,
  type SkmUnsur,
  type TopicCategory,
  type Triage,
  type Unsur,
} from '@shared/domain/enums'
import type { Forum, ForumDay } from '@shared/domain/forum'
import type { ActionItem, Agreement, Issue, ProgressUpdate } from '@shared/domain/live'
import type { Official } from '@shared/domain/organisation'
import type { Attendance, Participant, Person } from '@shared/domain/people'
import { addDaysIso, diffDaysIso, lastDayOfMonthIso, todayIso } from '@shared/format/dates'
import { normalizeForSearch, normalizeText } from '@shared/format/names'
import type { SampleChunk } from '@shared/sample'
import { mulberry32 } from './prng'

// The bench's large database: forums of a whole city government over 2024–2026. Generated
// forum by forum and yielded in chunks so that even 100 000 action items never sit in memory at
// once. Everything random comes from generators seeded by `seed`, so a seed always gives the same
// data.

export interface LargeDatasetOptions {
  newId: () => string
  now: Date
  forums: number
  /** People in the registry; each is on exactly one forum's list. */
  participants: number
  actionItems: number
  seed?: number
  /** How many forums (with everything attached to them) go into one chunk. */
  forumsPerChunk?: number
}

class Rng {
  private readonly next: () => number

  constructor(seed: number) {
    this.next = mulberry32(seed)
  }

  float(): number {
    return this.next()
  }

  /** Inclusive on both ends. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)]
    if (item === undefined) throw new RangeError('pick from an empty list')
    return item
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0)
    let r = this.next() * total
    for (const [value, weight] of entries) {
      r -= weight
      if (r < 0) return value
    }
    const last = entries[entries.length - 1]
    if (last === undefined) throw new RangeError('weighted pick from an empty list')
    return last[0]
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const MALE_GIVEN = [
  'Yohanes',
  'Yosef',
  'Fransiskus',
  'Agustinus',
  'Paulus',
  'Petrus',
  'Markus',
  'Yakobus',
  'Dominggus',
  'Hendrikus',
  'Aloysius',
  'Kornelis',
  'Melkianus',
  'Semuel',
  'Daniel',
  'Yeremias',
  'Marthen',
  'Obed',
  'Jefri',
  'Ricky',
  'Stefanus',
  'Benediktus',
  'Gregorius',
  'Ignasius',
  'Kristofel',
  'Lodowik',
  'Nikolaus',
  'Alfons',
  'Simon',
  'Matheus',
  'Wilhelmus',
  'Arnoldus',
  'Godlief',
  'Zakarias',
  'Imanuel',
  'Muhammad',
  'Abdul',
  'Ahmad',
  'Yusuf',
  'I Made',
  'I Ketut',
  'Rudi',
  'Andreas',
  'Antonius',
  'Bernardus',
  'Fabianus',
  'Rofinus',
  'Thomas',
] as const

const FEMALE_GIVEN = [
  'Maria',
  'Yuliana',
  'Veronika',
  'Elisabeth',
  'Margaretha',
  'Agnes',
  'Yasinta',
  'Imelda',
  'Dorkas',
  'Sarlince',
  'Welhelmina',
  'Anastasia',
  'Theresia',
  'Fransiska',
  'Katarina',
  'Magdalena',
  'Martha',
  'Selfina',
  'Naomi',
  'Ruth',
  'Debora',
  'Ester',
  'Yohana',
  'Lusia',
  'Christina',
  'Helena',
  'Agustina',
  'Emilia',
  'Florentina',
  'Kristina',
  'Oktaviana',
  'Paulina',
  'Rosalia',
  'Susana',
  'Siti',
  'Nurhayati',
  'Fatimah',
  'Ni Made',
  'Ni Ketut',
  'Rambu',
  'Novita',
  'Meliana',
  'Yunita',
  'Sisilia',
  'Bernadeta',
] as const

const FAMILY_NAMES = [
  'Ndolu',
  'Bria',
  'Manafe',
  'Fanggidae',
  'Tefa',
  'Nahak',
  'Seran',
  'Kase',
  'Benu',
  'Lay',
  'Tanu',
  'Bolla',
  'Pellokila',
  'Ratu',
  'Kefi',
  'Ledo',
  'Ully',
  'Radja',
  'Lomi',
  'Ndun',
  'Messakh',
  'Sinlae',
  'Hapu',
  'Mau',
  'Nenobais',
  'Lake',
  'Dima',
  'Nuban',
  'Tome',
  'Lerik',
  'Adoe',
  'Foenay',
  'Nalle',
  'Dethan',
  'Mooy',
  'Amalo',
  'Toelle',
  'Haning',
  'Kana',
  'Bessie',
  'Nope',
  'Lado',
  'Lewar',
  'Kolo',
  'Bunga',
  'Wato',
  'Hurek',
  'Making',
  'Lamahoda',
  'Keraf',
  'Boli',
  'Tukan',
  'Seda',
  'Riwu',
  'Kaka',
  'Sogen',
  'Neonufa',
  'Taolin',
  'Sabneno',
  'Bana',
  'Selan',
  'Tallo',
  'Pandie',
  'Rohi',
  'Djami',
  'Fobia',
  'Koroh',
  'Nafie',
  'Missa',
  'Oematan',
  'Banunaek',
  'Sanam',
  'Tamonob',
] as const

const BACHELOR = ['S.Sos', 'S.E.', 'S.H.', 'S.Pd', 'S.T.', 'S.Kom', 'S.AP', 'S.IP', 'A.Md'] as const
const MASTER = ['M.Si', 'M.AP', 'M.M', 'M.H', 'M.T', 'M.Pd', 'M.Kes'] as const

/** Forty units of a city government: who follows up, and who is involved. */
const UNITS = [
  'Bidang Pelayanan Perizinan DPMPTSP',
  'Bidang Pengaduan, Kebijakan dan Pelaporan Layanan DPMPTSP',
  'Sekretariat DPMPTSP',
  'Bagian Organisasi Setda Kota Kupang',
  'Bagian Hukum Setda Kota Kupang',
  'Bagian Umum Setda Kota Kupang',
  'Dinas Kependudukan dan Pencatatan Sipil Kota Kupang',
  'Dinas Komunikasi dan Informatika Kota Kupang',
  'Badan Pendapatan Daerah Kota Kupang',
  'Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang',
  'Dinas Kesehatan Kota Kupang',
  'RSUD S.K. Lerik',
  'Puskesmas Oesapa',
  'Puskesmas Sikumana',
  'Dinas Pendidikan dan Kebudayaan Kota Kupang',
  'Dinas Sosial Kota Kupang',
  'Dinas Perhubungan Kota Kupang',
  'Dinas Lingkungan Hidup dan Kebersihan Kota Kupang',
  'Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Kupang',
  'Dinas Koperasi dan Usaha Kecil Menengah Kota Kupang',
  'Dinas Perindustrian dan Perdagangan Kota Kupang',
  'Dinas Tenaga Kerja Kota Kupang',
  'Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Kupang',
  'Dinas Pengendalian Penduduk dan Keluarga Berencana Kota Kupang',
  'Dinas Ketahanan Pangan Kota Kupang',
  'Dinas Pertanian Kota Kupang',
  'Dinas Kelautan dan Perikanan Kota Kupang',
  'Dinas Pariwisata Kota Kupang',
  'Dinas Pemuda dan Olahraga Kota Kupang',
  'Dinas Perpustakaan dan Kearsipan Kota Kupang',
  'Satuan Polisi Pamong Praja Kota Kupang',
  'Badan Penanggulangan Bencana Daerah Kota Kupang',
  'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Kupang',
  'Badan Perencanaan Pembangunan Daerah Kota Kupang',
  'Badan Pengelolaan Keuangan dan Aset Daerah Kota Kupang',
  'Inspektorat Daerah Kota Kupang',
  'Kecamatan Oebobo',
  'Kecamatan Kelapa Lima',
  'Kecamatan Maulafa',
  'Kecamatan Alak',
] as const

interface Service {
  name: string
  organiser: string
  /** Indexes into UNITS of the units that usually follow up on this service. */
  units: number[]
}

const DPMPTSP = 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang'

const SERVICES: Service[] = [
  { name: 'Perizinan Berusaha', organiser: DPMPTSP, units: [0, 1, 2, 3] },
  { name: 'Persetujuan Bangunan Gedung', organiser: DPMPTSP, units: [0, 9, 2] },
  {
    name: 'Administrasi Kependudukan',
    organiser: 'Dinas Kependudukan dan Pencatatan Sipil Kota Kupang',
    units: [6, 7, 3],
  },
  {
    name: 'Akta Kelahiran dan Akta Kematian',
    organiser: 'Dinas Kependudukan dan Pencatatan Sipil Kota Kupang',
    units: [6, 36, 37],
  },
  { name: 'Pelayanan Rawat Jalan', organiser: 'RSUD S.K. Lerik', units: [11, 10, 3] },
  { name: 'Pelayanan Kesehatan Dasar', organiser: 'Puskesmas Oesapa', units: [12, 13, 10] },
  {
    name: 'Penerimaan Peserta Didik Baru',
    organiser: 'Dinas Pendidikan dan Kebudayaan Kota Kupang',
    units: [14, 7, 6],
  },
  {
    name: 'Pajak Bumi dan Bangunan Perdesaan dan Perkotaan',
    organiser: 'Badan Pendapatan Daerah Kota Kupang',
    units: [8, 34, 7],
  },
  {
    name: 'Pengujian Kendaraan Bermotor',
    organiser: 'Dinas Perhubungan Kota Kupang',
    units: [16, 8],
  },
  {
    name: 'Pengangkutan Sampah Rumah Tangga',
    organiser: 'Dinas Lingkungan Hidup dan Kebersihan Kota Kupang',
    units: [17, 36, 37, 38, 39],
  },
  {
    name: 'Tera dan Tera Ulang',
    organiser: 'Dinas Perindustrian dan Perdagangan Kota Kupang',
    units: [20, 19],
  },
  {
    name: 'Kartu Tanda Pencari Kerja',
    organiser: 'Dinas Tenaga Kerja Kota Kupang',
    units: [21, 7],
  },
  { name: 'Rekomendasi Bantuan Sosial', organiser: 'Dinas Sosial Kota Kupang', units: [15, 6] },
  {
    name: 'Perlindungan Perempuan dan Anak',
    organiser: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Kupang',
    units: [22, 15, 10],
  },
  {
    name: 'Layanan Perpustakaan Keliling',
    organiser: 'Dinas Perpustakaan dan Kearsipan Kota Kupang',
    units: [29, 14],
  },
  {
    name: 'Pelayanan Informasi Publik',
    organiser: 'Dinas Komunikasi dan Informatika Kota Kupang',
    units: [7, 4, 3],
  },
  {
    name: 'Izin Usaha Perikanan',
    organiser: 'Dinas Kelautan dan Perikanan Kota Kupang',
    units: [26, 0],
  },
  {
    name: 'Pendaftaran Koperasi dan UMKM',
    organiser: 'Dinas Koperasi dan Usaha Kecil Menengah Kota Kupang',
    units: [19, 0, 20],
  },
  {
    name: 'Surat Keterangan dan Legalisasi',
    organiser: 'Kecamatan Oebobo',
    units: [36, 37, 38, 39],
  },
  {
    name: 'Penanganan Kedaruratan Bencana',
    organiser: 'Badan Penanggulangan Bencana Daerah Kota Kupang',
    units: [31, 15, 30],
  },
]

const PLACES = [
  'Aula Kantor Wali Kota Kupang',
  'Aula Garuda Kantor Wali Kota Kupang',
  'Ruang Rapat Sasando Kantor Wali Kota Kupang',
  'Aula Kantor Camat Oebobo',
  'Aula Kantor Camat Maulafa',
  'Ruang Pertemuan Hotel Sotis Kupang',
  'Aula Universitas Nusa Cendana',
  'Aula RSUD S.K. Lerik',
] as const

const UNIVERSITIES = [
  'Universitas Nusa Cendana',
  'Universitas Katolik Widya Mandira',
  'Universitas Kristen Artha Wacana',
  'Universitas Muhammadiyah Kupang',
  'Politeknik Negeri Kupang',
  'Universitas PGRI NTT',
] as const

const BUSINESSES = [
  'UD Berkat Jaya',
  'CV Flobamora Mandiri',
  'Toko Sinar Kasih',
  'Koperasi Serba Usaha Sehati',
  'UMKM Tenun Ikat Sumba',
  'Rumah Makan Se’i Baun',
  'Bengkel Motor Oebobo',
  'Apotek Kasih Ibu',
  'CV Timor Karya Teknik',
  'Percetakan Sinar Kupang',
] as const

const CIVIL_SOCIETY: readonly (readonly [string, string])[] = [
  ['Lembaga Advokasi Pelayanan Publik Flobamora', 'LSM'],
  ['Persatuan Penyandang Disabilitas Indonesia (PPDI) Kota Kupang', 'penyandang disabilitas'],
  ['Tim Penggerak PKK Kota Kupang', 'PKK'],
  ['Karang Taruna Kota Kupang', 'pemuda'],
  ['Lembaga Pemberdayaan Masyarakat Kelurahan Oebufu', 'tokoh masyarakat'],
  ['Majelis Jemaat GMIT Kota Kupang', 'tokoh agama'],
  ['Forum Anak Kota Kupang', 'pemuda'],
  ['Perkumpulan Perempuan Peduli Pelayanan NTT', 'LSM'],
]

const MEDIA: readonly (readonly [string, string])[] = [
  ['Harian Timor Raya', 'media cetak'],
  ['Radio Suara Flobamora 98,6 FM', 'radio'],
  ['KupangKini.id', 'media daring'],
  ['TVRI Stasiun NTT', 'televisi'],
  ['Flobamora Pos', 'media cetak'],
]

const STAFF_POSITIONS = [
  'Kepala Bidang Pelayanan',
  'Kepala Seksi Standardisasi Pelayanan',
  'Analis Kebijakan Ahli Muda',
  'Penelaah Teknis Kebijakan',
  'Pranata Komputer Ahli Pertama',
  'Pengadministrasi Perkantoran',
] as const

const RANKS = [
  'Pembina Utama Muda (IV/c)',
  'Pembina Tingkat I (IV/b)',
  'Pembina (IV/a)',
  'Penata Tingkat I (III/d)',
  'Penata (III/c)',
  'Penata Muda Tingkat I (III/b)',
  'Penata Muda (III/a)',
] as const

const FORWARD_TO = [
  'Ombudsman Republik Indonesia Perwakilan Nusa Tenggara Timur',
  'Pemerintah Provinsi Nusa Tenggara Timur',
  'BPJS Kesehatan Cabang Kupang',
  'PT PLN (Persero) UP3 Kupang',
  'Perumda Air Minum Kota Kupang',
  'Kantor Pertanahan Kota Kupang',
] as const

const ISSUE_TEXT: Readonly<Record<SkmUnsur, readonly string[]>> = {
  persyaratan: [
    'Persyaratan {service} di website berbeda dengan yang diminta petugas di loket.',
    'Pemohon diminta melampirkan fotokopi dokumen yang datanya sudah ada di sistem.',
  ],
  prosedur: [
    'Alur {service} belum dipasang di ruang tunggu sehingga pemohon bingung harus ke meja mana.',
    'Pendaftaran daring {service} sering gagal pada tahap unggah berkas.',
  ],
  waktu: [
    'Penyelesaian {service} melebihi waktu yang diumumkan tanpa pemberitahuan kepada pemohon.',
    'Antrean {service} pada pagi hari sangat panjang; loket baru buka pukul 08.30.',
  ],
  biaya: [
    'Rincian biaya {service} tidak diumumkan sehingga warga tidak tahu mana yang resmi.',
    'Ada pungutan fotokopi dan map di loket {service} yang tidak jelas dasarnya.',
  ],
  produk: ['Produk layanan {service} sering salah ketik dan harus diurus ulang.'],
  kompetensi: ['Petugas {service} belum menguasai aplikasi yang baru sehingga pelayanan lambat.'],
  perilaku: [
    'Ada petugas yang kurang ramah dan sering meninggalkan loket pada jam pelayanan.',
    'Ada oknum yang menawarkan jasa percepatan {service} dengan imbalan.',
  ],
  sarana: [
    'Ruang tunggu {service} panas dan kursinya kurang; belum ada akses bagi kursi roda.',
    'Toilet dan ruang laktasi di kantor layanan belum tersedia atau tidak terawat.',
  ],
  pengaduan: [
    'Pengaduan melalui WhatsApp dan kotak saran tidak pernah mendapat jawaban.',
    'Nomor pengaduan {service} tidak diumumkan di ruang pelayanan.',
  ],
}

const PLANS: readonly (readonly [string, string])[] = [
  [
    'Menetapkan dan mempublikasikan standar pelayanan {service} yang telah diperbaiki',
    '1 (satu) keputusan ditetapkan dan dipublikasikan di 3 (tiga) kanal informasi',
  ],
  [
    'Memangkas waktu penyelesaian {service} melalui batas waktu per tahap',
    '90% permohonan selesai sesuai waktu baku dalam standar pelayanan',
  ],
  [
    'Memasang papan alur dan rincian biaya {service} di ruang pelayanan',
    '2 (dua) papan informasi terpasang dan diperbarui setiap perubahan tarif',
  ],
  [
    'Menyediakan ramp, kursi roda, dan loket prioritas di ruang pelayanan',
    '1 (satu) ramp dan 1 (satu) loket prioritas berfungsi',
  ],
  [
    'Membentuk register pengaduan dan menjawab pengaduan paling lambat 5 hari kerja',
    '100% pengaduan tercatat dan dijawab ≤ 5 (lima) hari kerja',
  ],
  [
    'Menyelenggarakan bimbingan teknis bagi petugas {service}',
    'Seluruh petugas loket mengikuti bimtek dengan nilai post-test ≥ 75',
  ],
  [
    'Mengintegrasikan aplikasi {service} dengan data kependudukan',
    'Verifikasi NIK elektronik pada 100% permohonan',
  ],
  [
    'Menambah jam layanan {service} pada hari Sabtu',
    'Layanan dibuka setiap Sabtu pukul 08.00–12.00 selama 6 (enam) bulan percobaan',
  ],
  [
    'Memperbaiki ruang tunggu, toilet, dan ruang laktasi kantor layanan',
    '1 (satu) ruang laktasi dan 2 (dua) toilet layak pakai',
  ],
  [
    'Menyusun maklumat pelayanan {service} dan menandatanganinya bersama seluruh petugas',
    '1 (satu) maklumat pelayanan dipasang di ruang pelayanan dan website',
  ],
  [
    'Melaksanakan survei kepuasan masyarakat {service} secara elektronik setiap semester',
    '2 (dua) laporan SKM per tahun dengan minimal 400 responden',
  ],
  [
    'Menyosialisasikan standar pelayanan {service} di kelurahan melalui radio dan media sosial',
    'Sosialisasi di 51 (lima puluh satu) kelurahan dan 4 (empat) siaran radio',
  ],
]

const CANNOT_DO_REASONS = [
  'Anggaran tidak tersedia dalam APBD Perubahan; diusulkan kembali pada tahun anggaran berikutnya.',
  'Menunggu perubahan peraturan daerah yang menjadi kewenangan DPRD.',
  'Aplikasi dikelola kementerian; pemerintah kota tidak memiliki akses pengembangan.',
  'Lokasi gedung berstatus sewa sehingga pemilik tidak mengizinkan perubahan fisik.',
] as const

const ROMAN = ['I', 'II', 'III', 'IV'] as const

// ---------------------------------------------------------------------------------------------
// Helpers

const START_DATE = '2024-01-08'
const END_DATE = '2026-12-18'

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

function minutesToClock(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
}

function clockToMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** Kupang wall-clock time (WITA) as an ISO instant with its offset. */
function wita(date: string, time: string): string {
  return `${date}T${time.length === 5 ? `${time}:00` : time}+08:00`
}

function stamp(date: string, time: string): string {
  return new Date(wita(date, time)).toISOString()
}

function weekday(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay()
}

function minIso(a: string, b: string): string {
  return a < b ? a : b
}

/** "Kepala Dinas …", but "Camat …", "Direktur RSUD …", "Sekretaris …" where that is the title. */
function headOf(unit: string): string {
  if (unit.startsWith('Kecamatan ')) return `Camat ${unit.slice('Kecamatan '.length)}`
  if (unit.startsWith('RSUD')) return `Direktur ${unit}`
  if (unit.startsWith('Sekretariat ')) return `Sekretaris ${unit.slice('Sekretariat '.length)}`
  return `Kepala ${unit}`
}

function quarterOf(isoDate: string): { end: string; label: string } {
  const year = Number(isoDate.slice(0, 4))
  const quarter = Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1
  return {
    end: lastDayOfMonthIso(year, quarter * 3),
    label: `Triwulan ${ROMAN[quarter - 1] ?? 'I'} ${year}`,
  }
}

/** Splits `total` over `buckets` as evenly as integers allow; the remainder goes to later ones. */
function share(total: number, buckets: number, index: number): [number, number] {
  return [Math.floor((index * total) / buckets), Math.floor(((index + 1) * total) / buckets)]
}

// ---------------------------------------------------------------------------------------------
// The plan: small facts about every forum, decided up front so that action items can be spread
// over the forums that actually reached an agreement.

interface ForumPlan {
  startDate: string
  dayCount: number
  kind: ForumKind
  method: ForumMethod
  category: TopicCategory
  status: ForumStatus
  service: Service
  startTime: string
  hours: number
}

const KIND_WEIGHTS: readonly (readonly [ForumKind, number])[] = [
  ['fkp', 40],
  ['fgd', 12],
  ['workshop', 8],
  ['sosialisasi', 14],
  ['bimtek', 8],
  ['coaching_clinic', 4],
  ['rapat', 8],
  ['sarasehan', 3],
  ['public_hearing', 3],
]

const CATEGORY_WEIGHTS: readonly (readonly [TopicCategory, number])[] = [
  ['standar_pelayanan', 40],
  ['maklumat_pelayanan', 10],
  ['hasil_skm', 22],
  ['pengaduan', 12],
  ['inovasi', 8],
  ['kebijakan_lain', 8],
]

function planForums(count: number, seed: number, today: string): ForumPlan[] {
  const rng = new Rng(seed ^ 0x9e3779b9)
  const span = diffDaysIso(START_DATE, END_DATE)
  const plans: ForumPlan[] = []
  for (let i = 0; i < count; i++) {
    let startDate = addDaysIso(START_DATE, Math.floor(((i + rng.float()) * span) / count))
    // Forums are held on working days.
    const day = weekday(startDate)
    if (day === 6) startDate = addDaysIso(startDate, 2)
    if (day === 0) startDate = addDaysIso(startDate, 1)
    const dayCount = rng.weighted([
      [1, 85],
      [2, 12],
      [3, 3],
    ] as const)
    const endDate = addDaysIso(startDate, dayCount - 1)
    let status: ForumStatus
    if (startDate > today) status = 'rencana'
    else if (endDate >= today) status = 'berlangsung'
    else if (diffDaysIso(endDate, today) > 120) status = rng.chance(0.7) ? 'dilaporkan' : 'selesai'
    else status = rng.chance(0.7) ? 'selesai' : 'dilaporkan'
    plans.push({
      startDate,
      dayCount,
      kind: rng.weighted(KIND_WEIGHTS),
      method: rng.weighted([
        ['tatap_muka', 70],
        ['daring', 15],
        ['hybrid', 15],
      ] as const),
      category: rng.weighted(CATEGORY_WEIGHTS),
      status,
      service: rng.pick(SERVICES),
      startTime: rng.pick(['08:00', '08:30', '09:00', '09:00', '13:00']),
      hours: rng.int(3, 5),
    })
  }
  return plans
}

function fkpTitle(category: TopicCategory, service: string, year: number, rng: Rng): string {
  switch (category) {
    case 'standar_pelayanan':
      return `Forum Konsultasi Publik ${rng.pick(['Penyusunan', 'Perubahan', 'Peninjauan Ulang'])} Standar Pelayanan ${service}`
    case 'maklumat_pelayanan':
      return `Forum Konsultasi Publik Maklumat Pelayanan ${service}`
    case 'hasil_skm':
      return `Forum Konsultasi Publik Hasil Survei Kepuasan Masyarakat ${service} Tahun ${year}`
    case 'pengaduan':
      return `Forum Konsultasi Publik Penanganan Pengaduan ${service}`
    case 'inovasi':
      return `Forum Konsultasi Publik Inovasi Pelayanan ${service}`
    case 'kebijakan_lain':
      return `Forum Konsultasi Publik Rancangan Kebijakan ${service}`
  }
}

function forumTitle(plan: ForumPlan, year: number, rng: Rng): string {
  const s = plan.service.name
  switch (plan.kind) {
    case 'fkp':
      return fkpTitle(plan.category, s, year, rng)
    case 'fgd':
      return `Focus Group Discussion Perbaikan Pelayanan ${s}`
    case 'workshop':
      return `Lokakarya Penyusunan Rencana Tindak Lanjut ${s}`
    case 'sosialisasi':
      return `Sosialisasi Standar Pelayanan ${s}`
    case 'bimtek':
      return `Bimbingan Teknis Petugas Pelayanan ${s}`
    case 'coaching_clinic':
      return `Coaching Clinic Survei Kepuasan Masyarakat ${s}`
    case 'rapat':
      return `Rapat Koordinasi Tindak Lanjut Pengaduan ${s}`
    case 'sarasehan':
      return `Sarasehan Pelayanan Publik ${s}`
    case 'public_hearing':
      return `Public Hearing Rancangan Kebijakan ${s}`
  }
}

// ---------------------------------------------------------------------------------------------
// People

function nip(rng: Rng, gender: Gender): string {
  const birthYear = rng.int(1966, 1998)
  const appointmentYear = Math.min(birthYear + rng.int(22, 32), 2024)
  const sex = gender === 'L' ? '1' : '2'
  return `${birthYear}${pad2(rng.int(1, 12))}${pad2(rng.int(1, 28))}${appointmentYear}${pad2(rng.int(1, 12))}${sex}${String(rng.int(1, 15)).padStart(3, '0')}`
}

function personName(rng: Rng, gender: Gender, titled: boolean, doctorate: boolean): string {
  const given = gender === 'L' ? MALE_GIVEN : FEMALE_GIVEN
  const first = rng.pick(given)
  const second = rng.chance(0.45) ? ` ${rng.pick(given)}` : ''
  const core = `${first}${second === ` ${first}` ? '' : second} ${rng.pick(FAMILY_NAMES)}`
  let front = ''
  if (doctorate) front = 'Dr. '
  else if (rng.chance(0.06)) front = gender === 'L' ? rng.pick(['Drs. ', 'Ir. ', 'H. ']) : 'Dra. '
  if (!titled) return `${front}${core}`
  const bachelor: string = rng.pick(BACHELOR)
  // A diploma (A.Md) is not followed by a master's degree.
  if (bachelor !== 'A.Md' && (doctorate || rng.chance(0.35))) {
    const withDot = bachelor.endsWith('.') ? bachelor : `${bachelor}.`
    return `${front}${core}, ${withDot}, ${rng.pick(MASTER)}`
  }
  return `${front}${core}, ${bachelor}`
}

function phone(rng: Rng): string {
  const prefix = rng.pick(['0812', '0813', '0852', '0853', '0821', '0822', '0878', '0895'])
  return `${prefix}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`
}

function emailFor(name: string, official: boolean, rng: Rng): string {
  const local = normalizeForSearch(name)
    .replace(/[^a-z ]/g, '')
    .trim()
    .split(' ')
    .join('.')
  // Only the city's own staff have a kupangkota.go.id mailbox.
  const domain =
    official && rng.chance(0.5) ? 'kupangkota.go.id' : rng.pick(['gmail.com', 'yahoo.co.id'])
  return `${local}${rng.int(1, 99)}@${domain}`
}

const PESERTA_UNSUR: readonly (readonly [Unsur, number])[] = [
  ['pengguna_layanan', 40],
  ['ahli_praktisi_akademisi', 8],
  ['instansi_terkait', 20],
  ['organisasi_masyarakat_sipil', 18],
  ['media_massa', 8],
  ['penyelenggara', 6],
]

interface Role {
  role: ParticipantRole
  unsur: Unsur
}

/** The first places on every list are the forum's officials, then its committee. */
function roleAt(index: number, rng: Rng): Role {
  switch (index) {
    case 0:
      return { role: 'pimpinan', unsur: 'penyelenggara' }
    case 1:
      return { role: 'moderator', unsur: 'penyelenggara' }
    case 2:
      return { role: 'notulis', unsur: 'penyelenggara' }
    case 3:
      return { role: 'narasumber', unsur: 'penyelenggara' }
    case 4:
      return { role: 'narasumber', unsur: 'ahli_praktisi_akademisi' }
    case 5:
    case 6:
      return { role: 'panitia', unsur: 'penyelenggara' }
    default:
      return { role: 'peserta', unsur: rng.weighted(PESERTA_UNSUR) }
  }
}

interface Profile {
  institution: string
  position: string
  subCategory: string
  civilServant: boolean
}

function profileFor(role: Role, organiser: string, rng: Rng): Profile {
  switch (role.unsur) {
    case 'penyelenggara':
      return {
        institution: organiser,
        position:
          role.role === 'pimpinan'
            ? headOf(organiser)
            : role.role === 'notulis'
              ? 'Penelaah Teknis Kebijakan'
              : rng.pick(STAFF_POSITIONS),
        subCategory: '',
        civilServant: true,
      }
    case 'pengguna_layanan': {
      const business = rng.chance(0.55)
      return {
        institution: business
          ? rng.pick(BUSINESSES)
          : `Warga Kelurahan ${rng.pick(['Oebufu', 'Oesapa', 'Sikumana', 'Naikoten', 'Fatululi', 'Alak', 'Kayu Putih', 'Liliba'])}`,
        position: business ? rng.pick(['Pemilik', 'Direktur', 'Staf Administrasi']) : 'Warga',
        subCategory: business ? 'dunia usaha' : rng.pick(['pemohon', 'warga', 'kelompok rentan']),
        civilServant: false,
      }
    }
    case 'ahli_praktisi_akademisi': {
      const academic = rng.chance(0.75)
      return {
        institution: academic ? rng.pick(UNIVERSITIES) : 'Praktisi',
        position: academic
          ? rng.pick(['Dosen', 'Lektor Kepala', 'Ketua Program Studi'])
          : rng.pick(['Notaris', 'Konsultan Pelayanan Publik']),
        subCategory: academic ? 'akademisi' : 'praktisi',
        civilServant: academic && rng.chance(0.6),
      }
    }
    case 'instansi_terkait':
      return {
        institution: rng.pick(UNITS),
        position: rng.pick(['Kepala Bidang', 'Kepala Seksi', 'Analis Kebijakan', 'Lurah']),
        subCategory: 'perangkat daerah',
        civilServant: true,
      }
    case 'organisasi_masyarakat_sipil': {
      const [institution, subCategory] = rng.pick(CIVIL_SOCIETY)
      return {
        institution,
        position: rng.pick(['Ketua', 'Sekretaris', 'Anggota', 'Koordinator Program']),
        subCategory,
        civilServant: false,
      }
    }
    case 'media_massa': {
      const [institution, subCategory] = rng.pick(MEDIA)
      return {
        institution,
        position: rng.pick(['Wartawan', 'Reporter', 'Redaktur']),
        subCategory,
        civilServant: false,
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The generator

/**
 * Yields the bench's large database in chunks of `forumsPerChunk` forums, each with its people,
 * participants, attendance, issues, agreements, action items and progress updates. Totals of
 * forums, people/participants and action items are exactly the requested numbers.
 */
export function* buildLargeDataset(options: LargeDatasetOptions): Generator<SampleChunk> {
  const { newId, now, forums: forumCount, participants: participantCount } = options
  const actionCount = options.actionItems
  const seed = options.seed ?? 20260309
  const perChunk = Math.max(1, Math.floor(options.forumsPerChunk ?? 50))
  for (const [name, value] of [
    ['forums', forumCount],
    ['participants', participantCount],
    ['actionItems', actionCount],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`buildLargeDataset: ${name} must be a whole number ≥ 0`)
    }
  }
  if (forumCount === 0) {
    if (participantCount > 0 || actionCount > 0) {
      throw new RangeError('buildLargeDataset: participants and action items need forums')
    }
    return
  }

  const nowIso = now.toISOString()
  const today = todayIso(now, 'WITA')
  const plans = planForums(forumCount, seed, today)
  // Action items only follow forums that reached an agreement; if none has yet (a clock set
  // before 2024), every forum takes a share so the requested total still holds.
  const agreed = plans.map((p) => p.status === 'selesai' || p.status === 'dilaporkan')
  const eligible = agreed.some(Boolean) ? agreed : plans.map(() => true)
  const eligibleRank: number[] = []
  let eligibleCount = 0
  for (const isEligible of eligible) eligibleRank.push(isEligible ? eligibleCount++ : -1)

  const rng = new Rng(seed)
  const clamp = (iso: string): string => minIso(iso, nowIso)

  let chunk: Required<Omit<SampleChunk, 'organisation'>> = emptyChunk()

  for (let f = 0; f < forumCount; f++) {
    const plan = plans[f]
    if (plan === undefined) continue
    const forumId = newId()
    const year = Number(plan.startDate.slice(0, 4))
    const endDate = addDaysIso(plan.startDate, plan.dayCount - 1)
    const startMin = clockToMinutes(plan.startTime)
    const endTime = minutesToClock(startMin + plan.hours * 60)
    const place = plan.method === 'daring' ? 'Daring melalui Zoom Meeting' : rng.pick(PLACES)
    const days: ForumDay[] = Array.from({ length: plan.dayCount }, (_, d) => ({
      id: newId(),
      date: addDaysIso(plan.startDate, d),
      start: plan.startTime,
      end: endTime,
      place,
    }))
    const createdAt = clamp(stamp(addDaysIso(plan.startDate, -rng.int(14, 40)), '09:00'))
    const organiser = plan.service.organiser

    // People and participants.
    const [pStart, pEnd] = share(participantCount, forumCount, f)
    const forumPeople: { person: Person; participant: Participant }[] = []
    for (let j = 0; j < pEnd - pStart; j++) {
      const role = roleAt(j, rng)
      const profile = profileFor(role, organiser, rng)
      const gender: Gender = rng.chance(0.5) ? 'L' : 'P'
      const titled = profile.civilServant ? rng.chance(0.8) : rng.chance(0.25)
      const doctorate = role.unsur === 'ahli_praktisi_akademisi' && rng.chance(0.4)
      const name = personName(rng, gender, titled || doctorate, doctorate)
      const searchName = normalizeForSearch(name)
      const consent = rng.chance(0.97)
      const walkIn = role.role === 'peserta' && rng.chance(0.03)
      const person: Person = {
        id: newId(),
        name,
        gender,
        unsur: role.unsur,
        subCategory: profile.subCategory,
        institution: profile.institution,
        position: profile.position,
        phone: rng.chance(0.9) ? phone(rng) : '',
        email: rng.chance(0.15) ? emailFor(name, role.unsur === 'penyelenggara', rng) : '',
        address: '',
        nip: profile.civilServant && rng.chance(0.85) ? nip(rng, gender) : '',
        disability:
          profile.subCategory === 'penyandang disabilitas' ? rng.chance(0.7) : rng.chance(0.01),
        consent,
        consentAt: consent ? createdAt : null,
        searchName,
        mergedInto: null,
        erasedAt: null,
        createdAt,
        updatedAt: createdAt,
      }
      forumPeople.push({
        person,
        participant: {
          id: newId(),
          forumId,
          personId: person.id,
          unsur: role.unsur,
          subCategory: profile.subCategory,
          role: role.role,
          invited: !walkIn,
          searchName,
          createdAt,
          updatedAt: createdAt,
        },
      })
    }

    // Attendance, for the days that have happened.
    const attendance: Attendance[] = []
    if (plan.status !== 'rencana') {
      forumPeople.forEach(({ person, participant }, j) => {
        const day = days[j % days.length]
        if (day === undefined || day.date > today) return
        if (participant.invited && !rng.chance(0.9)) return
        const seconds = startMin * 60 - 30 * 60 + rng.int(0, 45 * 60)
        const time = `${minutesToClock(Math.floor(seconds / 60))}:${pad2(seconds % 60)}`
        const checkedInAt = wita(day.date, time)
        const at = new Date(checkedInAt).toISOString()
        attendance.push({
          id: newId(),
          forumId,
          dayId: day.id,
          participantId: participant.id,
          personId: person.id,
          checkedInAt,
          signaturePng: null,
          walkIn: !participant.invited,
          createdAt: at,
          updatedAt: at,
        })
      })
    }

    // Issues raised in the forum.
    const issues: Issue[] = []
    const firstDay = days[0]
    if (plan.status !== 'rencana' && firstDay !== undefined) {
      const raisers = forumPeople.filter(({ participant }) => participant.role === 'peserta')
      const count = rng.int(2, 5)
      for (let k = 0; k < count; k++) {
        const skmUnsur: SkmUnsur | null = rng.chance(0.9) ? rng.pick(SKM_UNSUR) : null
        const text = rng
          .pick(skmUnsur === null ? ISSUE_TEXT.prosedur : ISSUE_TEXT[skmUnsur])
          .replace('{service}', plan.service.name)
        const raiser = raisers.length > 0 && rng.chance(0.9) ? rng.pick(raisers) : null
        const triage: Triage =
          plan.status === 'berlangsung'
            ? 'belum'
            : rng.weighted([
                ['dijawab_langsung', 35],
                ['ditindaklanjuti', 40],
                ['diteruskan', 8],
                ['di_luar_kewenangan', 10],
                ['belum', 7],
              ] as const)
        const type: IssueType = rng.weighted([
          ['masukan', 40],
          ['pengaduan', 25],
          ['permintaan_informasi', 15],
          ['tanggapan', 10],
          ['apresiasi', 10],
        ] as const)
        const at = stamp(firstDay.date, minutesToClock(startMin + 60 + k * 7))
        issues.push({
          id: newId(),
          forumId,
          dayId: firstDay.id,
          agendaItemId: null,
          seq: k + 1,
          text,
          type,
          skmUnsur,
          tag: '',
          raiserParticipantId: raiser?.participant.id ?? null,
          raiserUnsur: raiser?.participant.unsur ?? null,
          answer:
            triage === 'belum'
              ? ''
              : 'Penyelenggara menjelaskan ketentuan yang berlaku dan mencatat masukan untuk perbaikan.',
          triage,
          unit: triage === 'ditindaklanjuti' ? rng.pick(plan.service.units.map(unitName)) : '',
          forwardedTo: triage === 'diteruskan' ? rng.pick(FORWARD_TO) : '',
          laporTicket:
            triage === 'diteruskan' && rng.chance(0.6) ? String(rng.int(1_000_000, 9_999_999)) : '',
          theme: '',
          votes: rng.int(0, 20),
          mergedIntoId: null,
          createdAt: at,
          updatedAt: at,
        })
      }
    }

    // Agreements and action items.
    const agreements: Agreement[] = []
    const actionItems: ActionItem[] = []
    const progressUpdates: ProgressUpdate[] = []
    const rank = eligibleRank[f] ?? -1
    const lastDay = days[days.length - 1]
    const frozen =
      agreed[f] === true && lastDay !== undefined
        ? wita(lastDay.date, minutesToClock(clockToMinutes(endTime) - 30))
        : null
    if (rank >= 0 && lastDay !== undefined) {
      const [aStart, aEnd] = share(actionCount, eligibleCount, rank)
      const itemCount = aEnd - aStart
      const agreementCount = itemCount === 0 ? rng.int(1, 2) : Math.min(itemCount, rng.int(1, 3))
      const agreedAt = frozen
        ? new Date(frozen).toISOString()
        : stamp(lastDay.date, minutesToClock(clockToMinutes(endTime) - 30))
      const followUps = issues.filter((issue) => issue.triage === 'ditindaklanjuti')
      const planPicks = Array.from({ length: agreementCount }, () => rng.pick(PLANS))
      planPicks.forEach(([planText], a) => {
        const linked = followUps[a]
        agreements.push({
          id: newId(),
          forumId,
          order: a + 1,
          text: `Peserta dan penyelenggara sepakat ${lowerFirst(planText.replace('{service}', plan.service.name))}`,
          issueIds: linked ? [linked.id] : [],
          revision: frozen ? 1 : 0,
          createdAt: agreedAt,
          updatedAt: agreedAt,
        })
      })

      for (let k = 0; k < itemCount; k++) {
        const agreement = agreements[k % agreements.length]
        const [planText, target] = planPicks[k % planPicks.length] ?? rng.pick(PLANS)
        const unit = rng.chance(0.6) ? unitName(rng.pick(plan.service.units)) : rng.pick(UNITS)
        const involved = new Set<string>()
        for (let n = rng.int(0, 3); n > 0; n--) {
          const other = rng.pick(UNITS)
          if (other !== unit) involved.add(other)
        }
        let deadline = addDaysIso(endDate, rng.int(30, 330))
        let deadlineLabel = ''
        if (rng.chance(0.25)) {
          const quarter = quarterOf(deadline)
          deadline = quarter.end
          deadlineLabel = quarter.label
        }
        const status = actionStatus(rng, endDate, deadline, today)
        const elapsed = Math.max(0, diffDaysIso(endDate, today))
        let completedDate: string | null = null
        let progress = 0
        let realisasi = ''
        let statusReason = ''
        const updates: { date: string; progress: number; status: ActionStatus; text: string }[] = []
        if (status === 'selesai') {
          const upper = Math.min(diffDaysIso(endDate, deadline) + 45, elapsed)
          completedDate = addDaysIso(endDate, rng.int(Math.min(7, upper), upper))
          progress = 100
          realisasi = `Telah dilaksanakan: ${lowerFirst(planText.replace('{service}', plan.service.name))}. Bukti dukung terlampir.`
          const midway = diffDaysIso(endDate, completedDate)
          if (midway > 20 && rng.chance(0.5)) {
            updates.push({
              date: addDaysIso(endDate, rng.int(7, midway - 7)),
              progress: rng.int(3, 7) * 10,
              status: 'dalam_proses',
              text: 'Pelaksanaan berjalan sesuai rencana.',
            })
          }
          updates.push({ date: completedDate, progress: 100, status, text: realisasi })
        } else if (status === 'dalam_proses') {
          progress = rng.int(2, 18) * 5
          realisasi = rng.chance(0.7)
            ? `Progres ${progress}%: sebagian kegiatan telah dilaksanakan.`
            : ''
          if (elapsed >= 7) {
            updates.push({
              date: addDaysIso(endDate, rng.int(7, elapsed)),
              progress,
              status,
              text: realisasi,
            })
          }
        } else if (status === 'tidak_dapat_dilaksanakan') {
          progress = rng.int(0, 8) * 5
          statusReason = rng.pick(CANNOT_DO_REASONS)
          if (elapsed >= 7) {
            updates.push({
              date: addDaysIso(endDate, rng.int(7, elapsed)),
              progress,
              status,
              text: '',
            })
          }
        }
        const itemId = newId()
        const linked = issues.filter((issue) => issue.triage === 'ditindaklanjuti')
        for (const update of updates) {
          const at = clamp(stamp(update.date, '15:00'))
          progressUpdates.push({
            id: newId(),
            actionItemId: itemId,
            forumId,
            date: update.date,
            progress: update.progress,
            realisasi: update.text,
            status: update.status,
            reason: update.status === 'tidak_dapat_dilaksanakan' ? statusReason : '',
            attachmentIds: [],
            author: headOf(unit),
            createdAt: at,
            updatedAt: at,
          })
        }
        const lastUpdate = updates[updates.length - 1]
        actionItems.push({
          id: itemId,
          forumId,
          agreementId: agreement?.id ?? null,
          order: k + 1,
          plan: planText.replace('{service}', plan.service.name),
          target,
          responsibleUnit: unit,
          responsiblePerson: headOf(unit),
          involvedParties: [...involved],
          deadline,
          deadlineLabel,
          priority: rng.weighted([
            ['tinggi', 30],
            ['sedang', 50],
            ['rendah', 20],
          ] as const),
          issueIds: linked.length > 0 && rng.chance(0.5) ? [rng.pick(linked).id] : [],
          status,
          statusReason,
          progress,
          realisasi,
          completedDate,
          createdAt: agreedAt,
          updatedAt: lastUpdate ? clamp(stamp(lastUpdate.date, '15:00')) : agreedAt,
        })
      }
    }

    const pimpinan = forumPeople.find(({ participant }) => participant.role === 'pimpinan')
    const moderator = forumPeople.find(({ participant }) => participant.role === 'moderator')
    const notulis = forumPeople.find(({ participant }) => participant.role === 'notulis')
    const title = forumTitle(plan, year, rng)
    const topic = `${plan.service.name} pada ${organiser}`
    const forum: Forum = {
      id: forumId,
      kind: plan.kind,
      method: plan.method,
      title,
      topic,
      topicCategory: plan.category,
      purpose: `Menghimpun masukan masyarakat dan menyepakati perbaikan ${plan.service.name}.`,
      legalBasis:
        plan.kind === 'fkp'
          ? [
              'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
              'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 16 Tahun 2017 tentang Pedoman Penyelenggaraan Forum Konsultasi Publik di Lingkungan Unit Penyelenggara Pelayanan Publik',
            ]
          : [],
      startDate: plan.startDate,
      endDate,
      days,
      organiser,
      coOrganisers: rng.chance(0.3) ? ['Bagian Organisasi Sekretariat Daerah Kota Kupang'] : [],
      partners: rng.chance(0.2) ? [rng.pick(UNIVERSITIES)] : [],
      pimpinan: officialOf(pimpinan?.person, rng),
      moderator: officialOf(moderator?.person, rng),
      narasumber: forumPeople
        .filter(({ participant }) => participant.role === 'narasumber')
        .map(({ person }) => ({
          name: person.name,
          position: person.position,
          institution: person.institution,
        })),
      notulis: officialOf(notulis?.person, rng),
      ...(plan.category === 'hasil_skm'
        ? {
            skm: {
              period: `Semester ${rng.pick(['I', 'II'])} ${year - 1}`,
              index: rng.int(6500, 9200) / 100,
              lowestUnsur: rng.pick(SKM_UNSUR),
            },
          }
        : {}),
      documentTitle: plan.kind === 'workshop' ? 'Nota Kesepakatan' : '',
      status: plan.status,
      archived: year === 2024 && rng.chance(0.1),
      searchText: normalizeText(`${title} ${topic}`),
      agreementsFrozenAt: frozen,
      agreementsRevision: frozen ? 1 : 0,
      createdAt,
      updatedAt: plan.status === 'rencana' ? createdAt : clamp(stamp(endDate, '16:00')),
    }

    chunk.forums.push(forum)
    for (const { person, participant } of forumPeople) {
      chunk.people.push(person)
      chunk.participants.push(participant)
    }
    chunk.attendance.push(...attendance)
    chunk.issues.push(...issues)
    chunk.agreements.push(...agreements)
    chunk.actionItems.push(...actionItems)
    chunk.progressUpdates.push(...progressUpdates)

    if (chunk.forums.length >= perChunk || f === forumCount - 1) {
      yield chunk
      chunk = emptyChunk()
    }
  }
}

function emptyChunk(): Required<Omit<SampleChunk, 'organisation'>> {
  return {
    forums: [],
    people: [],
    participants: [],
    attendance: [],
    agendaItems: [],
    issues: [],
    agreements: [],
    actionItems: [],
    progressUpdates: [],
    signatories: [],
  }
}

function unitName(index: number): string {
  return UNITS[index] ?? UNITS[0]
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1)
}

function officialOf(person: Person | undefined, rng: Rng): Official {
  if (person === undefined) return { prefix: '', position: '', name: '', rank: '', nip: '' }
  return {
    prefix: '',
    position: person.position,
    name: person.name,
    rank: person.nip === '' ? '' : rng.pick(RANKS),
    nip: person.nip,
  }
}

/** As seen on `today`: most overdue work got done, some stalled, a little was never possible. */
function actionStatus(rng: Rng, forumEnd: string, deadline: string, today: string): ActionStatus {
  const elapsed = diffDaysIso(forumEnd, today)
  if (elapsed < 0) return 'belum_dimulai'
  const status: ActionStatus =
    deadline < today
      ? rng.weighted([
          ['selesai', 60],
          ['tidak_dapat_dilaksanakan', 6],
          ['dalam_proses', 18],
          ['belum_dimulai', 16],
        ] as const)
      : rng.weighted([
          ['selesai', 20],
          ['dalam_proses', 45],
          ['belum_dimulai', 35],
        ] as const)
  // Nothing is finished within two weeks of the forum.
  if (elapsed < 14 && status !== 'belum_dimulai') return 'belum_dimulai'
  return status
}
