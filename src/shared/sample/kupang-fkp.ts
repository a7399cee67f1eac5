import type { Gender } from '../domain/common'
import type { IssueType, ParticipantRole, SkmUnsur, Triage, Unsur } from '../domain/enums'
import type { Forum } from '../domain/forum'
import type { ActionItem, AgendaItem, Agreement, Issue, ProgressUpdate } from '../domain/live'
import { ORGANISATION_PROFILE_ID, type OrganisationProfile } from '../domain/organisation'
import type { Attendance, Participant, Person } from '../domain/people'
import type { Signatory } from '../domain/records'
import { normalizeForSearch, normalizeText } from '../format/names'
import type { SampleDataset } from './dataset'

// The bundled demo forum (an FKP in Kupang). Everything that happened on the day is dated on the forum
// day; the follow-up is dated through 2026 so that, seen from late 2026, the monitoring screens
// show every status (selesai, dalam proses, terlambat).

const FORUM_DATE = '2026-03-09'
const PLACE = 'Aula Kantor Wali Kota Kupang'
const UNIT_NAME = 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang'
const UNIT_SHORT = 'DPMPTSP Kota Kupang'

const BIDANG_PERIZINAN = 'Bidang Pelayanan Perizinan DPMPTSP'
const BIDANG_PENGADUAN = 'Bidang Pengaduan, Kebijakan dan Pelaporan Layanan DPMPTSP'
const SEKRETARIAT = 'Sekretariat DPMPTSP'
const BAGIAN_ORGANISASI = 'Bagian Organisasi Setda Kota Kupang'

/** Wall-clock time in Kupang (WITA, UTC+8), as the check-in desk records it. */
function wita(date: string, time: string): string {
  const withSeconds = time.length === 5 ? `${time}:00` : time
  return `${date}T${withSeconds}+08:00`
}

/** The same instant as the app's own timestamps write it (UTC). */
function stamp(date: string, time: string): string {
  return new Date(wita(date, time)).toISOString()
}

interface PersonSeed {
  key: string
  name: string
  gender: Gender
  unsur: Unsur
  subCategory: string
  institution: string
  position: string
  phone: string
  email?: string
  nip?: string
  disability?: boolean
  role: ParticipantRole
  /** 'HH:MM:SS' on the forum day, or null for an invitee who did not come. */
  checkIn: string | null
  walkIn?: boolean
}

const PEOPLE = [
  // Penyelenggara: the organising unit and the co-organising Bagian Organisasi; they do not count
  // as unsur masyarakat.
  {
    key: 'kadis',
    name: 'Dr. Yakobus Benyamin Manafe, S.H., M.Hum',
    gender: 'L',
    unsur: 'penyelenggara',
    subCategory: '',
    institution: UNIT_SHORT,
    position: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang',
    phone: '081237440112',
    email: 'yakobus.manafe@kupangkota.go.id',
    nip: '197008141997031002',
    role: 'pimpinan',
    checkIn: '08:40:12',
  },
  {
    key: 'kabidPerizinan',
    name: 'Imelda Christina Fanggidae, S.T., M.T',
    gender: 'P',
    unsur: 'penyelenggara',
    subCategory: '',
    institution: UNIT_SHORT,
    position: 'Kepala Bidang Pelayanan Perizinan',
    phone: '081339025517',
    nip: '197905232005012003',
    role: 'narasumber',
    checkIn: '08:32:40',
  },
  {
    key: 'sekretaris',
    name: 'Drs. Agustinus Nenobais',
    gender: 'L',
    unsur: 'penyelenggara',
    subCategory: '',
    institution: UNIT_SHORT,
    position: 'Sekretaris Dinas',
    phone: '081246118340',
    nip: '196912101994031005',
    role: 'panitia',
    checkIn: '08:30:05',
  },
  {
    key: 'kabidPengaduan',
    name: 'Yuliana Mariani Ratu, S.Sos',
    gender: 'P',
    unsur: 'penyelenggara',
    subCategory: '',
    institution: UNIT_SHORT,
    position: 'Kepala Bidang Pengaduan, Kebijakan dan Pelaporan Layanan',
    phone: '085239104476',
    nip: '198207152006042011',
    role: 'peserta',
    checkIn: '08:33:18',
  },
  {
    key: 'notulis',
    name: 'Veronika Seran, S.AP',
    gender: 'P',
    unsur: 'penyelenggara',
    subCategory: '',
    institution: UNIT_SHORT,
    position: 'Penelaah Teknis Kebijakan',
    phone: '082236471905',
    nip: '199402182019032008',
    role: 'notulis',
    checkIn: '08:30:47',
  },
  {
    key: 'moderator',
    name: 'Maria Goreti Bria, S.Sos., M.AP',
    gender: 'P',
    unsur: 'penyelenggara',
    subCategory: '',
    institution: 'Bagian Organisasi Sekretariat Daerah Kota Kupang',
    position: 'Kepala Bagian Organisasi Sekretariat Daerah Kota Kupang',
    phone: '081237906624',
    email: 'maria.bria@kupangkota.go.id',
    nip: '198012032006042002',
    role: 'moderator',
    checkIn: '08:35:21',
  },
  // Pengguna layanan: business owners and applicants.
  {
    key: 'dominggus',
    name: 'Dominggus Tefa, S.E.',
    gender: 'L',
    unsur: 'pengguna_layanan',
    subCategory: 'dunia usaha',
    institution: 'CV Tefa Karya Mandiri',
    position: 'Direktur',
    phone: '081339214407',
    role: 'peserta',
    checkIn: '08:47:03',
  },
  {
    key: 'hendrikus',
    name: 'Hendrikus Lay',
    gender: 'L',
    unsur: 'pengguna_layanan',
    subCategory: 'dunia usaha',
    institution: 'Toko Bangunan Sinar Timor',
    position: 'Pemilik',
    phone: '081246780923',
    role: 'peserta',
    checkIn: '08:52:36',
  },
  {
    key: 'yasinta',
    name: 'Yasinta Nahak',
    gender: 'P',
    unsur: 'pengguna_layanan',
    subCategory: 'UMKM',
    institution: 'UMKM Tenun Ikat Ina Timor',
    position: 'Pemilik',
    phone: '085239417760',
    role: 'peserta',
    checkIn: '08:44:55',
  },
  {
    key: 'abdulRahman',
    name: 'H. Abdul Rahman Lamahoda, S.Pd',
    gender: 'L',
    unsur: 'pengguna_layanan',
    subCategory: 'UMKM',
    institution: 'Rumah Makan Sari Laut Lamahoda',
    position: 'Pemilik',
    phone: '082144653018',
    role: 'peserta',
    checkIn: '08:58:14',
  },
  {
    key: 'elisabeth',
    name: 'dr. Elisabeth Kase',
    gender: 'P',
    unsur: 'pengguna_layanan',
    subCategory: 'pemohon izin',
    institution: 'Klinik Pratama Kasih Bunda',
    position: 'Penanggung Jawab Klinik',
    phone: '081338072256',
    email: 'klinikkasihbunda.kpg@gmail.com',
    role: 'peserta',
    checkIn: '08:50:29',
  },
  {
    key: 'yohanis',
    name: 'Yohanis Benu',
    gender: 'L',
    unsur: 'pengguna_layanan',
    subCategory: 'pemohon izin',
    institution: 'Usaha Rumah Kos Benu, Oesapa',
    position: 'Pemilik',
    phone: '081353907741',
    role: 'peserta',
    checkIn: null,
  },
  {
    key: 'niMade',
    name: 'Ni Made Ayu Suartini, S.Kom',
    gender: 'P',
    unsur: 'pengguna_layanan',
    subCategory: 'UMKM',
    institution: 'Sinar Digital Printing',
    position: 'Pemilik',
    phone: '087865231094',
    email: 'sinardigital.kupang@gmail.com',
    role: 'peserta',
    checkIn: '08:55:02',
  },
  {
    key: 'aloysius',
    name: 'Aloysius Dua Bura, S.H.',
    gender: 'L',
    unsur: 'pengguna_layanan',
    subCategory: 'dunia usaha',
    institution: 'BPC HIPMI Kota Kupang',
    position: 'Ketua',
    phone: '081237815530',
    role: 'peserta',
    checkIn: '09:02:41',
  },
  {
    key: 'rambu',
    name: 'Rambu Anamila Hapu',
    gender: 'P',
    unsur: 'pengguna_layanan',
    subCategory: 'pemohon izin',
    institution: 'Katering Rambu Sumba',
    position: 'Pemilik',
    phone: '082247319805',
    role: 'peserta',
    checkIn: '08:49:17',
  },
  {
    key: 'jefri',
    name: 'Jefri Leonard Sinlae',
    gender: 'L',
    unsur: 'pengguna_layanan',
    subCategory: 'pemohon izin',
    institution: 'Timor Rent Car',
    position: 'Pemilik',
    phone: '081339560072',
    role: 'peserta',
    checkIn: '09:06:08',
    walkIn: true,
  },
  {
    key: 'yakob',
    name: 'Yakob Nuban',
    gender: 'L',
    unsur: 'pengguna_layanan',
    subCategory: 'pemohon izin',
    institution: 'Perseorangan (pedagang Pasar Oeba)',
    position: 'Pedagang',
    phone: '085338104467',
    role: 'peserta',
    checkIn: '09:09:33',
    walkIn: true,
  },
  // Ahli / praktisi / akademisi.
  {
    key: 'ndolu',
    name: 'Dr. Ir. H. Yohanes Ndolu, M.Si',
    gender: 'L',
    unsur: 'ahli_praktisi_akademisi',
    subCategory: 'akademisi',
    institution: 'Universitas Nusa Cendana',
    position: 'Dosen Program Studi Ilmu Administrasi Negara FISIP',
    phone: '081237002145',
    email: 'yohanes.ndolu@staf.undana.ac.id',
    nip: '196602111992031001',
    role: 'narasumber',
    checkIn: '08:41:50',
  },
  {
    key: 'welhelmina',
    name: 'Dr. Welhelmina Selfina Ratu Edo, S.E., M.Si',
    gender: 'P',
    unsur: 'ahli_praktisi_akademisi',
    subCategory: 'akademisi',
    institution: 'Universitas Nusa Cendana',
    position: 'Dosen Fakultas Ekonomi dan Bisnis',
    phone: '081338247761',
    nip: '197604192002122001',
    role: 'peserta',
    checkIn: '08:53:22',
  },
  {
    key: 'anastasia',
    name: 'Anastasia Bunga Lewar, S.H., M.Kn',
    gender: 'P',
    unsur: 'ahli_praktisi_akademisi',
    subCategory: 'praktisi',
    institution: 'Kantor Notaris/PPAT Anastasia Bunga Lewar',
    position: 'Notaris/PPAT',
    phone: '081246033871',
    role: 'peserta',
    checkIn: '08:57:09',
  },
  // Instansi terkait.
  {
    key: 'joni',
    name: 'Joni Stefanus Bolla, S.Kom., M.T',
    gender: 'L',
    unsur: 'instansi_terkait',
    subCategory: 'perangkat daerah',
    institution: 'Dinas Komunikasi dan Informatika Kota Kupang',
    position: 'Kepala Bidang Aplikasi Informatika',
    phone: '081339118806',
    nip: '198103172008011007',
    role: 'peserta',
    checkIn: '08:45:44',
  },
  {
    key: 'sarlince',
    name: 'Sarlince Tanu, S.Sos',
    gender: 'P',
    unsur: 'instansi_terkait',
    subCategory: 'perangkat daerah',
    institution: 'Dinas Kependudukan dan Pencatatan Sipil Kota Kupang',
    position: 'Kepala Bidang Pelayanan Pendaftaran Penduduk',
    phone: '085253077412',
    nip: '197711092003122004',
    role: 'peserta',
    checkIn: '08:48:31',
  },
  {
    key: 'godlief',
    name: 'Godlief Pellokila, S.E., M.Si',
    gender: 'L',
    unsur: 'instansi_terkait',
    subCategory: 'perangkat daerah',
    institution: 'Badan Pendapatan Daerah Kota Kupang',
    position: 'Kepala Bidang Pajak Daerah',
    phone: '081237664590',
    nip: '197503262000031003',
    role: 'peserta',
    checkIn: '08:56:18',
  },
  {
    key: 'yeremias',
    name: 'Ir. Yeremias Hurek, M.T',
    gender: 'L',
    unsur: 'instansi_terkait',
    subCategory: 'perangkat daerah',
    institution: 'Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang',
    position: 'Kepala Bidang Bangunan Gedung',
    phone: '081339741208',
    nip: '197206131999031004',
    role: 'peserta',
    checkIn: '09:04:27',
  },
  // Organisasi masyarakat sipil.
  {
    key: 'paulus',
    name: 'Paulus Yohanes Mau, S.H.',
    gender: 'L',
    unsur: 'organisasi_masyarakat_sipil',
    subCategory: 'LSM',
    institution: 'Lembaga Advokasi Pelayanan Publik Flobamora',
    position: 'Direktur Eksekutif',
    phone: '081339412288',
    email: 'advokasi.flobamora@gmail.com',
    role: 'peserta',
    checkIn: '08:51:10',
  },
  {
    key: 'anselmus',
    name: 'Anselmus Kefi',
    gender: 'L',
    unsur: 'organisasi_masyarakat_sipil',
    subCategory: 'penyandang disabilitas',
    institution: 'Persatuan Penyandang Disabilitas Indonesia (PPDI) Kota Kupang',
    position: 'Ketua',
    phone: '082145907736',
    disability: true,
    role: 'peserta',
    checkIn: '08:38:02',
  },
  {
    key: 'margaretha',
    name: 'Margaretha Ledo, S.Pd',
    gender: 'P',
    unsur: 'organisasi_masyarakat_sipil',
    subCategory: 'penyandang disabilitas',
    institution: 'Himpunan Wanita Disabilitas Indonesia (HWDI) Provinsi NTT',
    position: 'Sekretaris',
    phone: '081236654019',
    disability: true,
    role: 'peserta',
    checkIn: '08:39:26',
  },
  {
    key: 'dorkas',
    name: 'Ny. Dorkas Ully-Radja, S.Pd',
    gender: 'P',
    unsur: 'organisasi_masyarakat_sipil',
    subCategory: 'PKK',
    institution: 'Tim Penggerak PKK Kota Kupang',
    position: 'Sekretaris',
    phone: '081237560091',
    role: 'peserta',
    checkIn: '08:54:40',
  },
  {
    key: 'semuel',
    name: 'Pdt. Semuel Ratu Dima, S.Th',
    gender: 'L',
    unsur: 'organisasi_masyarakat_sipil',
    subCategory: 'tokoh agama',
    institution: 'Majelis Jemaat GMIT Koinonia Kupang',
    position: 'Ketua Majelis Jemaat',
    phone: '081339205563',
    role: 'peserta',
    checkIn: '09:01:15',
  },
  // Media massa.
  {
    key: 'obed',
    name: 'Obed Lomi',
    gender: 'L',
    unsur: 'media_massa',
    subCategory: 'media cetak',
    institution: 'Harian Timor Raya',
    position: 'Wartawan',
    phone: '081339870254',
    role: 'peserta',
    checkIn: '09:00:38',
  },
  {
    key: 'agnes',
    name: 'Agnes Lusia Ndun, S.I.Kom',
    gender: 'P',
    unsur: 'media_massa',
    subCategory: 'radio',
    institution: 'Radio Suara Flobamora 98,6 FM',
    position: 'Reporter',
    phone: '085253901176',
    role: 'peserta',
    checkIn: '08:59:51',
  },
  {
    key: 'ricky',
    name: 'Ricky Messakh',
    gender: 'L',
    unsur: 'media_massa',
    subCategory: 'media daring',
    institution: 'KupangKini.id',
    position: 'Jurnalis',
    phone: '082266013347',
    role: 'peserta',
    checkIn: null,
  },
] as const satisfies readonly PersonSeed[]

type PersonKey = (typeof PEOPLE)[number]['key']

/** The head of the unit: signs the berita acara, leads the forum, chairs the meeting. */
const HEAD = {
  position: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang',
  name: 'Dr. Yakobus Benyamin Manafe, S.H., M.Hum',
  rank: 'Pembina Utama Muda (IV/c)',
  nip: '197008141997031002',
}

const MENGETAHUI = {
  position: 'Asisten Pemerintahan Sekretariat Daerah Kota Kupang',
  name: 'Drs. Fransiskus Xaverius Watu, M.Si',
  rank: 'Pembina Utama Madya (IV/d)',
  nip: '196804121993031009',
}

interface AgendaSeed {
  title: string
  kind: AgendaItem['kind']
  plannedStart: string
  durationMin: number
  speakers: PersonKey[]
  moderator: PersonKey | null
  actual: [string, string]
  notes: string
}

const AGENDA: AgendaSeed[] = [
  {
    title: 'Registrasi peserta',
    kind: 'registrasi',
    plannedStart: '08:30',
    durationMin: 30,
    speakers: [],
    moderator: null,
    actual: ['08:30', '09:06'],
    notes:
      'Peserta mengisi daftar hadir dan menerima bahan rancangan standar pelayanan. Dua peserta datang tanpa undangan dan didaftarkan di tempat.',
  },
  {
    title: 'Pembukaan dan sambutan Kepala DPMPTSP Kota Kupang',
    kind: 'pembukaan',
    plannedStart: '09:00',
    durationMin: 15,
    speakers: ['kadis'],
    moderator: 'moderator',
    actual: ['09:07', '09:21'],
    notes:
      'Acara dibuka dengan doa oleh Pdt. Semuel Ratu Dima, S.Th. Kepala Dinas menyampaikan bahwa forum ini menjadi dasar penetapan standar pelayanan perizinan berusaha tahun 2026 dan meminta masukan yang terbuka dari semua unsur.',
  },
  {
    title: 'Paparan rancangan Standar Pelayanan Perizinan Berusaha',
    kind: 'paparan',
    plannedStart: '09:15',
    durationMin: 30,
    speakers: ['kabidPerizinan'],
    moderator: 'moderator',
    actual: ['09:21', '09:54'],
    notes:
      'Kepala Bidang Pelayanan Perizinan memaparkan 14 komponen standar pelayanan sesuai PermenPANRB 15/2014: persyaratan, alur, jangka waktu (saat ini 14 hari kerja), biaya, produk, sarana, kompetensi pelaksana, pengawasan internal, penanganan pengaduan, jumlah pelaksana, jaminan pelayanan, jaminan keamanan, dan evaluasi kinerja.',
  },
  {
    title: 'Paparan hasil Survei Kepuasan Masyarakat Semester II 2025',
    kind: 'paparan',
    plannedStart: '09:45',
    durationMin: 30,
    speakers: ['ndolu'],
    moderator: 'moderator',
    actual: ['09:54', '10:24'],
    notes:
      'Narasumber dari Universitas Nusa Cendana memaparkan hasil SKM Semester II 2025 dengan 412 responden: IKM 78,40 (mutu B, kinerja Baik). Unsur terendah adalah Waktu Penyelesaian (NRR 2,71), disusul Penanganan Pengaduan, Saran dan Masukan (NRR 2,88). Narasumber merekomendasikan batas waktu per tahap verifikasi dan register pengaduan.',
  },
  {
    title: 'Diskusi dan tanya jawab',
    kind: 'diskusi',
    plannedStart: '10:15',
    durationMin: 75,
    speakers: ['kabidPerizinan', 'ndolu', 'kadis'],
    moderator: 'moderator',
    actual: ['10:24', '11:43'],
    notes:
      'Diskusi berlangsung dalam dua termin. Dua belas masukan dicatat: waktu penyelesaian yang melebihi standar, biaya retribusi PBG yang tidak jelas, ketiadaan ramp di loket pelayanan, pengaduan yang tidak dijawab, apresiasi atas antrean daring, kendala sistem OSS, pajak reklame, persyaratan dokumen kependudukan berulang, kompetensi petugas front office, publikasi standar, kesiapan Disdukcapil, dan praktik calo.',
  },
  {
    title: 'Perumusan kesepakatan',
    kind: 'perumusan',
    plannedStart: '11:30',
    durationMin: 45,
    speakers: ['moderator', 'notulis'],
    moderator: 'moderator',
    actual: ['11:43', '12:30'],
    notes:
      'Moderator bersama notulis merumuskan lima butir kesepakatan beserta rencana aksi yang ditayangkan di layar dan dibacakan di hadapan peserta. Peserta menyetujui rumusan secara musyawarah untuk mufakat pukul 12.30 WITA.',
  },
  {
    title: 'Penandatanganan Berita Acara Kesepakatan',
    kind: 'penandatanganan',
    plannedStart: '12:15',
    durationMin: 30,
    speakers: ['kadis'],
    moderator: 'moderator',
    actual: ['12:30', '12:49'],
    notes:
      'Berita Acara Kesepakatan ditandatangani oleh Kepala DPMPTSP Kota Kupang dan tiga perwakilan peserta dari unsur pengguna layanan, akademisi, dan organisasi penyandang disabilitas.',
  },
  {
    title: 'Penutupan',
    kind: 'penutupan',
    plannedStart: '12:45',
    durationMin: 15,
    speakers: ['kadis'],
    moderator: 'moderator',
    actual: ['12:49', '13:00'],
    notes:
      'Kepala Dinas menyampaikan terima kasih dan menegaskan bahwa pelaksanaan kesepakatan akan dilaporkan secara berkala kepada peserta dan dipublikasikan. Forum ditutup pukul 13.00 WITA.',
  },
]

interface IssueSeed {
  key: string
  raiser: PersonKey | null
  type: IssueType
  skmUnsur: SkmUnsur | null
  tag: string
  theme: string
  text: string
  answer: string
  triage: Triage
  unit?: string
  forwardedTo?: string
  laporTicket?: string
  votes: number
  at: string
}

const ISSUES = [
  {
    key: 'waktu',
    raiser: 'dominggus',
    type: 'pengaduan',
    skmUnsur: 'waktu',
    tag: 'Sertifikat Standar',
    theme: 'Waktu penyelesaian',
    text: 'Sertifikat Standar usaha jasa konstruksi kami baru terbit setelah 21 hari kerja, padahal di papan informasi tertulis 14 hari kerja. Selama menunggu tidak ada pemberitahuan alasan keterlambatan.',
    answer:
      'Keterlambatan terjadi pada tahap verifikasi teknis oleh perangkat daerah teknis yang belum memiliki batas waktu per tahap. DPMPTSP akan menetapkan batas waktu setiap tahap dan mengirim notifikasi status permohonan melalui WhatsApp.',
    triage: 'ditindaklanjuti',
    unit: BIDANG_PERIZINAN,
    votes: 14,
    at: '10:31',
  },
  {
    key: 'biaya',
    raiser: 'hendrikus',
    type: 'permintaan_informasi',
    skmUnsur: 'biaya',
    tag: 'Retribusi PBG',
    theme: 'Kejelasan biaya',
    text: 'Berapa sebenarnya biaya Persetujuan Bangunan Gedung untuk ruko dua lantai? Petugas di loket dan petugas dinas teknis menyebut angka yang berbeda.',
    answer:
      'Perizinan berusaha melalui OSS tidak dipungut biaya. Yang dibayar hanya retribusi PBG sesuai Peraturan Daerah Kota Kupang tentang Pajak Daerah dan Retribusi Daerah, dihitung dari luas, fungsi, dan jumlah lantai bangunan. Rincian tarif dan contoh perhitungan akan dicantumkan dalam standar pelayanan.',
    triage: 'dijawab_langsung',
    votes: 9,
    at: '10:36',
  },
  {
    key: 'ramp',
    raiser: 'anselmus',
    type: 'masukan',
    skmUnsur: 'sarana',
    tag: 'Aksesibilitas',
    theme: 'Sarana dan prasarana',
    text: 'Ruang pelayanan di lantai satu belum memiliki ramp; pengguna kursi roda harus diangkat melewati tangga. Mohon disediakan ramp dan loket prioritas bagi penyandang disabilitas.',
    answer:
      'Masukan diterima. Sekretariat akan membangun ramp sesuai standar kemiringan dan menyediakan loket prioritas bagi penyandang disabilitas, lanjut usia, dan ibu hamil melalui pergeseran anggaran tahun 2026.',
    triage: 'ditindaklanjuti',
    unit: SEKRETARIAT,
    votes: 18,
    at: '10:40',
  },
  {
    key: 'pengaduan',
    raiser: 'niMade',
    type: 'pengaduan',
    skmUnsur: 'pengaduan',
    tag: 'WhatsApp pengaduan',
    theme: 'Penanganan pengaduan',
    text: 'Pengaduan kami melalui WhatsApp dan e-mail DPMPTSP sejak Desember 2025 tidak pernah dijawab. Kami tidak tahu apakah pengaduan itu diterima atau tidak.',
    answer:
      'Nomor WhatsApp pengaduan selama ini belum dipegang petugas khusus. Mulai 1 April 2026 setiap pengaduan akan dicatat dalam register, diberi nomor, dan dijawab paling lambat 5 hari kerja.',
    triage: 'ditindaklanjuti',
    unit: BIDANG_PENGADUAN,
    votes: 12,
    at: '10:45',
  },
  {
    key: 'antrean',
    raiser: 'yasinta',
    type: 'apresiasi',
    skmUnsur: 'prosedur',
    tag: 'Antrean daring',
    theme: 'Prosedur',
    text: 'Antrean daring melalui aplikasi sangat membantu; kami tidak perlu lagi menunggu berjam-jam di kantor. Terima kasih, mohon dipertahankan.',
    answer:
      'Terima kasih. Antrean daring akan dipertahankan dan diperluas untuk layanan konsultasi perizinan.',
    triage: 'dijawab_langsung',
    votes: 7,
    at: '10:49',
  },
  {
    key: 'oss',
    raiser: 'rambu',
    type: 'pengaduan',
    skmUnsur: 'prosedur',
    tag: 'OSS RBA',
    theme: 'Sistem OSS',
    text: 'Akun OSS kami tidak dapat menerbitkan NIB karena muncul pesan galat "KBLI tidak sesuai lokasi" sejak tiga minggu lalu. Petugas loket mengatakan kami harus menunggu perbaikan dari pusat.',
    answer:
      'Galat berasal dari sistem OSS RBA yang dikelola pemerintah pusat. Pengaduan diteruskan melalui SP4N-LAPOR! dan helpdesk OSS; petugas DPMPTSP mendampingi pemohon sampai NIB terbit.',
    triage: 'diteruskan',
    forwardedTo: 'Kementerian Investasi dan Hilirisasi/BKPM (pengelola sistem OSS RBA)',
    laporTicket: '5213847',
    votes: 6,
    at: '10:56',
  },
  {
    key: 'reklame',
    raiser: 'abdulRahman',
    type: 'masukan',
    skmUnsur: 'biaya',
    tag: 'Pajak reklame',
    theme: 'Kejelasan biaya',
    text: 'Tarif pajak reklame untuk papan nama usaha kecil terlalu tinggi. Mohon ada keringanan bagi UMKM.',
    answer:
      'Tarif pajak reklame ditetapkan dengan Peraturan Daerah dan dipungut oleh Bapenda, sehingga bukan kewenangan DPMPTSP. Masukan dicatat dan disampaikan kepada Bapenda dan DPRD Kota Kupang.',
    triage: 'di_luar_kewenangan',
    votes: 10,
    at: '11:02',
  },
  {
    key: 'persyaratan',
    raiser: 'elisabeth',
    type: 'masukan',
    skmUnsur: 'persyaratan',
    tag: 'Dokumen kependudukan',
    theme: 'Persyaratan',
    text: 'Untuk izin klinik kami diminta melampirkan fotokopi KTP, Kartu Keluarga, dan NPWP berulang kali, padahal data itu sudah ada di OSS dan di Dukcapil.',
    answer:
      'DPMPTSP akan mengajukan hak akses data kependudukan kepada Disdukcapil agar NIK pemohon diverifikasi secara elektronik tanpa fotokopi.',
    triage: 'ditindaklanjuti',
    unit: BIDANG_PERIZINAN,
    votes: 11,
    at: '11:08',
  },
  {
    key: 'kompetensi',
    raiser: 'anastasia',
    type: 'masukan',
    skmUnsur: 'kompetensi',
    tag: 'KBLI 2020',
    theme: 'Kompetensi pelaksana',
    text: 'Sebagian petugas front office belum menguasai KBLI 2020 dan alur OSS RBA, sehingga pemohon sering diarahkan bolak-balik antara kantor dan notaris.',
    answer:
      'Bimbingan teknis KBLI 2020 dan OSS RBA bagi seluruh petugas front office akan dilaksanakan tahun ini.',
    triage: 'ditindaklanjuti',
    unit: SEKRETARIAT,
    votes: 8,
    at: '11:14',
  },
  {
    key: 'publikasi',
    raiser: 'agnes',
    type: 'masukan',
    skmUnsur: null,
    tag: 'Keterbukaan informasi',
    theme: 'Publikasi standar',
    text: 'Standar pelayanan yang baru perlu disebarluaskan dengan bahasa yang sederhana melalui radio, media sosial, dan papan informasi, bukan hanya di website.',
    answer:
      'Disetujui. Publikasi dilakukan bersama Dinas Kominfo dan media lokal setelah standar ditetapkan.',
    triage: 'ditindaklanjuti',
    unit: BAGIAN_ORGANISASI,
    votes: 5,
    at: '11:20',
  },
  {
    key: 'dukcapil',
    raiser: 'sarlince',
    type: 'tanggapan',
    skmUnsur: 'persyaratan',
    tag: 'Hak akses NIK',
    theme: 'Persyaratan',
    text: 'Disdukcapil siap memberikan hak akses data kependudukan kepada DPMPTSP melalui perjanjian kerja sama, sepanjang permohonan diajukan sesuai ketentuan Kementerian Dalam Negeri.',
    answer:
      'Terima kasih. DPMPTSP akan segera menyiapkan surat permohonan dan rancangan perjanjian kerja sama.',
    triage: 'dijawab_langsung',
    votes: 4,
    at: '11:26',
  },
  {
    key: 'calo',
    raiser: null,
    type: 'pengaduan',
    skmUnsur: 'perilaku',
    tag: 'Calo',
    theme: 'Perilaku pelaksana',
    text: 'Ada orang yang menawarkan jasa "percepatan izin" dengan imbalan di sekitar kantor pelayanan dan mengaku kenal dengan petugas. (Ditulis pada kartu masukan tanpa nama.)',
    answer:
      'Seluruh layanan perizinan tidak dipungut biaya di luar retribusi resmi. Laporan akan ditelusuri dan pengumuman larangan calo dipasang di ruang pelayanan.',
    triage: 'ditindaklanjuti',
    unit: BIDANG_PENGADUAN,
    votes: 3,
    at: '11:33',
  },
] as const satisfies readonly IssueSeed[]

type IssueKey = (typeof ISSUES)[number]['key']

interface AgreementSeed {
  key: string
  text: string
  issues: IssueKey[]
  at: string
}

const AGREEMENTS = [
  {
    key: 'standar',
    text: 'Rancangan Standar Pelayanan Perizinan Berusaha disepakati dengan perbaikan pada komponen persyaratan, rincian biaya/tarif (termasuk contoh perhitungan retribusi PBG), dan waktu penyelesaian, untuk ditetapkan dengan Keputusan Kepala DPMPTSP Kota Kupang dan dipublikasikan melalui website, media sosial, radio, dan papan informasi paling lambat tanggal 30 April 2026',
    issues: ['biaya', 'publikasi'],
    at: '11:52',
  },
  {
    key: 'waktu',
    text: 'Waktu penyelesaian izin usaha dipangkas dari 14 (empat belas) hari kerja menjadi 7 (tujuh) hari kerja paling lambat Triwulan III 2026, dengan batas waktu pada setiap tahap verifikasi, notifikasi status permohonan kepada pemohon, dan peningkatan kompetensi petugas front office',
    issues: ['waktu', 'kompetensi'],
    at: '12:01',
  },
  {
    key: 'ramp',
    text: 'DPMPTSP Kota Kupang membangun ramp dan menyediakan loket prioritas bagi penyandang disabilitas, lanjut usia, dan ibu hamil di ruang pelayanan paling lambat tanggal 30 Juni 2026',
    issues: ['ramp'],
    at: '12:08',
  },
  {
    key: 'pengaduan',
    text: 'Setiap pengaduan yang masuk melalui WhatsApp, e-mail, SP4N-LAPOR!, dan kotak pengaduan dicatat dalam register dan dijawab paling lambat 5 (lima) hari kerja sejak diterima, mulai tanggal 1 April 2026',
    issues: ['pengaduan', 'calo'],
    at: '12:14',
  },
  {
    key: 'nik',
    text: 'Data kependudukan pemohon diverifikasi secara elektronik melalui hak akses data Dinas Kependudukan dan Pencatatan Sipil Kota Kupang, sehingga pemohon tidak lagi diwajibkan melampirkan fotokopi KTP dan Kartu Keluarga',
    issues: ['persyaratan', 'dukcapil'],
    at: '12:21',
  },
] as const satisfies readonly AgreementSeed[]

type AgreementKey = (typeof AGREEMENTS)[number]['key']

interface UpdateSeed {
  date: string
  progress: number
  status: ActionItem['status']
  realisasi: string
  author: string
}

interface ActionSeed {
  agreement: AgreementKey
  plan: string
  target: string
  responsibleUnit: string
  responsiblePerson: string
  involvedParties: string[]
  deadline: string
  deadlineLabel: string
  priority: ActionItem['priority']
  issues: IssueKey[]
  status: ActionItem['status']
  progress: number
  realisasi: string
  completedDate: string | null
  updates: UpdateSeed[]
}

const ACTIONS: ActionSeed[] = [
  {
    agreement: 'standar',
    plan: 'Menetapkan Standar Pelayanan Perizinan Berusaha hasil FKP dengan Keputusan Kepala DPMPTSP dan mempublikasikannya',
    target:
      '1 (satu) Keputusan Kepala DPMPTSP tentang Standar Pelayanan Perizinan Berusaha ditetapkan; standar dipublikasikan di 4 (empat) kanal: website, media sosial, radio, dan papan informasi ruang pelayanan',
    responsibleUnit: BAGIAN_ORGANISASI,
    responsiblePerson: 'Kepala Bagian Organisasi Sekretariat Daerah Kota Kupang',
    involvedParties: [
      SEKRETARIAT,
      'Dinas Komunikasi dan Informatika Kota Kupang',
      'Radio Suara Flobamora 98,6 FM',
    ],
    deadline: '2026-04-30',
    deadlineLabel: '',
    priority: 'tinggi',
    issues: ['biaya', 'publikasi'],
    status: 'selesai',
    progress: 100,
    realisasi:
      'Keputusan Kepala DPMPTSP Kota Kupang Nomor 000.1.2/112/DPMPTSP/2026 tanggal 24 April 2026 tentang Standar Pelayanan Perizinan Berusaha ditetapkan. Standar dipublikasikan di website dpmptsp.kupangkota.go.id, Instagram dan Facebook DPMPTSP, siaran Radio Suara Flobamora (27 April 2026), dan papan informasi ruang pelayanan.',
    completedDate: '2026-04-27',
    updates: [
      {
        date: '2026-04-27',
        progress: 100,
        status: 'selesai',
        realisasi:
          'Keputusan Kepala Dinas ditetapkan 24 April 2026; publikasi di website, media sosial, radio, dan papan informasi selesai 27 April 2026.',
        author: 'Maria Goreti Bria, S.Sos., M.AP',
      },
    ],
  },
  {
    agreement: 'waktu',
    plan: 'Memangkas waktu penyelesaian izin usaha dari 14 hari kerja menjadi 7 hari kerja melalui penyederhanaan alur verifikasi, batas waktu per tahap, dan notifikasi status permohonan',
    target:
      '90% permohonan selesai dalam ≤ 7 (tujuh) hari kerja; tahapan verifikasi berkurang dari 6 (enam) menjadi 4 (empat); notifikasi status otomatis kepada 100% pemohon',
    responsibleUnit: BIDANG_PERIZINAN,
    responsiblePerson: 'Kepala Bidang Pelayanan Perizinan',
    involvedParties: [
      'Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang',
      'Dinas Komunikasi dan Informatika Kota Kupang',
      'Tim Teknis Perangkat Daerah',
    ],
    deadline: '2026-09-30',
    deadlineLabel: 'Triwulan III 2026',
    priority: 'tinggi',
    issues: ['waktu'],
    status: 'dalam_proses',
    progress: 60,
    realisasi:
      'Batas waktu per tahap ditetapkan dan verifikasi teknis berjalan paralel. Rata-rata waktu penyelesaian Agustus 2026: 9,6 hari kerja (dari 14). Notifikasi WhatsApp masih diuji coba bersama Diskominfo.',
    completedDate: null,
    updates: [
      {
        date: '2026-05-25',
        progress: 30,
        status: 'dalam_proses',
        realisasi:
          'Pemetaan ulang alur selesai; rancangan batas waktu per tahap dibahas dengan tim teknis perangkat daerah.',
        author: 'Imelda Christina Fanggidae, S.T., M.T',
      },
      {
        date: '2026-08-28',
        progress: 60,
        status: 'dalam_proses',
        realisasi:
          'Verifikasi teknis dijalankan paralel sejak Juli 2026; rata-rata waktu penyelesaian Agustus 2026 turun menjadi 9,6 hari kerja. Notifikasi WhatsApp dalam uji coba.',
        author: 'Imelda Christina Fanggidae, S.T., M.T',
      },
    ],
  },
  {
    agreement: 'ramp',
    plan: 'Membangun ramp dan menyediakan loket prioritas bagi penyandang disabilitas, lanjut usia, dan ibu hamil di ruang pelayanan',
    target:
      '1 (satu) ramp dengan kemiringan ≤ 1:12, lebar 1,5 m, dan pegangan rambat; 1 (satu) loket prioritas dengan kursi tunggu dan papan penanda',
    responsibleUnit: SEKRETARIAT,
    responsiblePerson: 'Sekretaris Dinas',
    involvedParties: [
      'Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang',
      'Persatuan Penyandang Disabilitas Indonesia (PPDI) Kota Kupang',
    ],
    deadline: '2026-06-30',
    deadlineLabel: '',
    priority: 'tinggi',
    issues: ['ramp'],
    status: 'selesai',
    progress: 100,
    realisasi:
      'Ramp sepanjang 7,2 m (kemiringan 1:12, lebar 1,5 m, pegangan rambat di kedua sisi) dan loket prioritas selesai dibangun dan diuji bersama PPDI Kota Kupang pada 22 Juni 2026.',
    completedDate: '2026-06-22',
    updates: [
      {
        date: '2026-06-22',
        progress: 100,
        status: 'selesai',
        realisasi:
          'Ramp dan loket prioritas selesai; uji akses bersama pengurus PPDI Kota Kupang dinyatakan layak.',
        author: 'Drs. Agustinus Nenobais',
      },
    ],
  },
  {
    agreement: 'pengaduan',
    plan: 'Menetapkan SOP penanganan pengaduan dengan register tunggal dan menjawab setiap pengaduan paling lambat 5 hari kerja',
    target:
      '1 (satu) SOP dan register pengaduan berlaku 1 April 2026; 100% pengaduan dijawab ≤ 5 (lima) hari kerja; rekap bulanan dipublikasikan',
    responsibleUnit: BIDANG_PENGADUAN,
    responsiblePerson: 'Kepala Bidang Pengaduan, Kebijakan dan Pelaporan Layanan',
    involvedParties: [SEKRETARIAT, 'Admin SP4N-LAPOR! Kota Kupang'],
    deadline: '2026-04-01',
    deadlineLabel: 'mulai 1 April 2026',
    priority: 'tinggi',
    issues: ['pengaduan', 'calo'],
    status: 'selesai',
    progress: 100,
    realisasi:
      'SOP Penanganan Pengaduan ditetapkan 30 Maret 2026 dan berlaku 1 April 2026; dua petugas ditunjuk memegang WhatsApp dan e-mail pengaduan. April–Oktober 2026: 47 pengaduan tercatat, rata-rata dijawab dalam 3,2 hari kerja.',
    completedDate: '2026-03-31',
    updates: [],
  },
  {
    agreement: 'nik',
    plan: 'Mengajukan hak akses data kependudukan kepada Disdukcapil dan menerapkan verifikasi NIK elektronik pada layanan perizinan',
    target:
      '1 (satu) perjanjian kerja sama pemanfaatan data kependudukan ditandatangani; fotokopi KTP dan Kartu Keluarga dihapus dari persyaratan seluruh jenis izin',
    responsibleUnit: BIDANG_PERIZINAN,
    responsiblePerson: 'Kepala Bidang Pelayanan Perizinan',
    involvedParties: [
      'Dinas Kependudukan dan Pencatatan Sipil Kota Kupang',
      'Dinas Komunikasi dan Informatika Kota Kupang',
    ],
    deadline: '2026-06-30',
    deadlineLabel: '',
    priority: 'sedang',
    issues: ['persyaratan', 'dukcapil'],
    status: 'belum_dimulai',
    progress: 0,
    realisasi: '',
    completedDate: null,
    updates: [],
  },
  {
    agreement: 'waktu',
    plan: 'Menyelenggarakan bimbingan teknis KBLI 2020 dan OSS RBA bagi seluruh petugas front office',
    target:
      '12 (dua belas) petugas front office lulus bimbingan teknis dengan nilai post-test ≥ 80',
    responsibleUnit: SEKRETARIAT,
    responsiblePerson: 'Kepala Subbagian Umum dan Kepegawaian',
    involvedParties: [BIDANG_PERIZINAN, 'Kantor Notaris/PPAT Anastasia Bunga Lewar'],
    deadline: '2026-12-15',
    deadlineLabel: '',
    priority: 'sedang',
    issues: ['kompetensi'],
    status: 'dalam_proses',
    progress: 50,
    realisasi:
      'Angkatan I (6 petugas) selesai 14–15 Oktober 2026, rata-rata nilai post-test 84. Angkatan II dijadwalkan awal Desember 2026.',
    completedDate: null,
    updates: [
      {
        date: '2026-10-20',
        progress: 50,
        status: 'dalam_proses',
        realisasi:
          'Bimtek angkatan I (6 petugas) dilaksanakan 14–15 Oktober 2026; rata-rata nilai post-test 84.',
        author: 'Drs. Agustinus Nenobais',
      },
    ],
  },
]

/** Builds the demo forum; ids come from `newId`, so every call gives a fresh, loadable copy. */
export function buildSampleForum(options: { newId: () => string; now: Date }): SampleDataset {
  const { newId, now } = options
  const nowIso = now.toISOString()

  const organisation: OrganisationProfile = {
    id: ORGANISATION_PROFILE_ID,
    kopLines: ['PEMERINTAH KOTA KUPANG', 'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU'],
    address: 'Jalan S.K. Lerik Nomor 1, Kelurahan Kelapa Lima, Kecamatan Kelapa Lima, Kupang 85228',
    phone: '(0380) 8431276',
    email: 'dpmptsp@kupangkota.go.id',
    website: 'dpmptsp.kupangkota.go.id',
    unitName: UNIT_NAME,
    unitCode: 'DPMPTSP',
    city: 'Kupang',
    timeZone: 'WITA',
    paper: 'F4',
    font: 'Arial',
    fontSizePt: 12,
    marginsCm: { top: 2, bottom: 2.5, left: 3, right: 2 },
    nomorPattern: '{kode}/{urut}/{unit}/{tahun}',
    classificationCode: '000.1.2',
    // The undangan and this forum's berita acara have used the first two numbers of 2026.
    nomorCounter: { year: 2026, last: 2 },
    head: { prefix: '', ...HEAD },
    pageNumberPosition: 'top_centre',
    publicPhones: 'omit',
    createdAt: nowIso,
    updatedAt: nowIso,
  }

  const forumId = newId()
  const dayId = newId()

  const people: Person[] = []
  const participants: Participant[] = []
  const attendance: Attendance[] = []
  const participantIds = new Map<PersonKey, string>()

  // The invitation list was typed in the week before the forum; walk-ins registered at the desk.
  const invitedAt = stamp('2026-03-03', '10:15')
  for (const seed of PEOPLE as readonly PersonSeed[]) {
    const personId = newId()
    const participantId = newId()
    participantIds.set(seed.key as PersonKey, participantId)
    const walkIn = seed.walkIn === true
    const checkedInAt = seed.checkIn === null ? null : wita(FORUM_DATE, seed.checkIn)
    const createdAt = walkIn && checkedInAt ? new Date(checkedInAt).toISOString() : invitedAt
    const searchName = normalizeForSearch(seed.name)

    people.push({
      id: personId,
      name: seed.name,
      gender: seed.gender,
      unsur: seed.unsur,
      subCategory: seed.subCategory,
      institution: seed.institution,
      position: seed.position,
      phone: seed.phone,
      email: seed.email ?? '',
      address: '',
      nip: seed.nip ?? '',
      disability: seed.disability ?? false,
      consent: true,
      // Consent is asked on the registration form, or at the desk for walk-ins.
      consentAt: createdAt,
      searchName,
      mergedInto: null,
      erasedAt: null,
      createdAt,
      updatedAt: createdAt,
    })
    participants.push({
      id: participantId,
      forumId,
      personId,
      unsur: seed.unsur,
      subCategory: seed.subCategory,
      role: seed.role,
      invited: !walkIn,
      searchName,
      createdAt,
      updatedAt: createdAt,
    })
    if (checkedInAt !== null) {
      const at = new Date(checkedInAt).toISOString()
      attendance.push({
        id: newId(),
        forumId,
        dayId,
        participantId,
        personId,
        checkedInAt,
        signaturePng: null,
        walkIn,
        createdAt: at,
        updatedAt: at,
      })
    }
  }

  function pid(key: PersonKey): string {
    const id = participantIds.get(key)
    if (id === undefined) throw new Error(`sample: no participant '${key}'`)
    return id
  }
  function seedOf(key: PersonKey): PersonSeed {
    const seed = (PEOPLE as readonly PersonSeed[]).find((p) => p.key === key)
    if (seed === undefined) throw new Error(`sample: no person '${key}'`)
    return seed
  }
  function official(key: PersonKey, rank: string): Forum['pimpinan'] {
    const seed = seedOf(key)
    return { prefix: '', position: seed.position, name: seed.name, rank, nip: seed.nip ?? '' }
  }

  const agendaPlannedAt = stamp('2026-03-02', '14:00')
  const agendaItems: AgendaItem[] = AGENDA.map((item, index) => ({
    id: newId(),
    forumId,
    dayId,
    order: index + 1,
    title: item.title,
    kind: item.kind,
    plannedStart: item.plannedStart,
    durationMin: item.durationMin,
    speakerIds: item.speakers.map(pid),
    moderatorId: item.moderator === null ? null : pid(item.moderator),
    actualStart: wita(FORUM_DATE, item.actual[0]),
    actualEnd: wita(FORUM_DATE, item.actual[1]),
    notes: item.notes,
    createdAt: agendaPlannedAt,
    // The notulis tidied the notes the morning after.
    updatedAt: stamp('2026-03-10', '09:30'),
  }))
  const diskusi = agendaItems.find((item) => item.kind === 'diskusi')
  if (diskusi === undefined) throw new Error('sample: no diskusi agenda item')

  const issueIds = new Map<IssueKey, string>()
  const triagedAt = stamp(FORUM_DATE, '14:30')
  const issues: Issue[] = (ISSUES as readonly IssueSeed[]).map((seed, index) => {
    const id = newId()
    issueIds.set(seed.key as IssueKey, id)
    return {
      id,
      forumId,
      dayId,
      agendaItemId: diskusi.id,
      seq: index + 1,
      text: seed.text,
      type: seed.type,
      skmUnsur: seed.skmUnsur,
      tag: seed.tag,
      raiserParticipantId: seed.raiser === null ? null : pid(seed.raiser),
      raiserUnsur: seed.raiser === null ? null : seedOf(seed.raiser).unsur,
      answer: seed.answer,
      triage: seed.triage,
      unit: seed.unit ?? '',
      forwardedTo: seed.forwardedTo ?? '',
      laporTicket: seed.laporTicket ?? '',
      theme: seed.theme,
      votes: seed.votes,
      mergedIntoId: null,
      createdAt: stamp(FORUM_DATE, seed.at),
      updatedAt: triagedAt,
    }
  })
  function iid(key: IssueKey): string {
    const id = issueIds.get(key)
    if (id === undefined) throw new Error(`sample: no issue '${key}'`)
    return id
  }

  const frozenAt = wita(FORUM_DATE, '12:30')
  const frozenStamp = new Date(frozenAt).toISOString()
  const agreementIds = new Map<AgreementKey, string>()
  const agreements: Agreement[] = AGREEMENTS.map((seed, index) => {
    const id = newId()
    agreementIds.set(seed.key, id)
    return {
      id,
      forumId,
      order: index + 1,
      text: seed.text,
      issueIds: seed.issues.map(iid),
      revision: 1,
      createdAt: stamp(FORUM_DATE, seed.at),
      updatedAt: frozenStamp,
    }
  })

  const actionItems: ActionItem[] = []
  const progressUpdates: ProgressUpdate[] = []
  ACTIONS.forEach((seed, index) => {
    const id = newId()
    const agreementId = agreementIds.get(seed.agreement) ?? null
    const lastUpdate = seed.updates[seed.updates.length - 1]
    const updatedAt = stamp(lastUpdate?.date ?? seed.completedDate ?? '2026-03-12', '15:00')
    actionItems.push({
      id,
      forumId,
      agreementId,
      order: index + 1,
      plan: seed.plan,
      target: seed.target,
      responsibleUnit: seed.responsibleUnit,
      responsiblePerson: seed.responsiblePerson,
      involvedParties: seed.involvedParties,
      deadline: seed.deadline,
      deadlineLabel: seed.deadlineLabel,
      priority: seed.priority,
      issueIds: seed.issues.map(iid),
      status: seed.status,
      statusReason: '',
      progress: seed.progress,
      realisasi: seed.realisasi,
      completedDate: seed.completedDate,
      createdAt: stamp(FORUM_DATE, '12:25'),
      updatedAt,
    })
    for (const update of seed.updates) {
      const at = stamp(update.date, '15:00')
      progressUpdates.push({
        id: newId(),
        actionItemId: id,
        forumId,
        date: update.date,
        progress: update.progress,
        realisasi: update.realisasi,
        status: update.status,
        reason: '',
        attachmentIds: [],
        author: update.author,
        createdAt: at,
        updatedAt: at,
      })
    }
  })

  const signedAt = stamp(FORUM_DATE, '12:35')
  const signatory = (
    fields: Omit<Signatory, 'id' | 'forumId' | 'order' | 'createdAt' | 'updatedAt'>,
    order: number,
  ): Signatory => ({
    id: newId(),
    forumId,
    order,
    ...fields,
    createdAt: signedAt,
    updatedAt: signedAt,
  })
  function representative(key: PersonKey, order: number): Signatory {
    const seed = seedOf(key)
    return signatory(
      {
        role: 'perwakilan_peserta',
        prefix: '',
        position: seed.position,
        name: seed.name,
        rank: '',
        nip: '',
        institution: seed.institution,
        unsur: seed.unsur,
        signaturePng: null,
        wet: false,
      },
      order,
    )
  }
  const signatories: Signatory[] = [
    // Officials sign the printed copy in ink, under the service's stamp.
    signatory(
      {
        role: 'penyelenggara',
        prefix: '',
        ...HEAD,
        institution: UNIT_NAME,
        unsur: 'penyelenggara',
        signaturePng: null,
        wet: true,
      },
      1,
    ),
    representative('dominggus', 2),
    representative('welhelmina', 3),
    representative('anselmus', 4),
    signatory(
      {
        role: 'mengetahui',
        prefix: '',
        ...MENGETAHUI,
        institution: 'Sekretariat Daerah Kota Kupang',
        unsur: null,
        signaturePng: null,
        wet: true,
      },
      5,
    ),
    signatory(
      {
        role: 'pimpinan_rapat',
        prefix: '',
        ...HEAD,
        institution: UNIT_NAME,
        unsur: 'penyelenggara',
        signaturePng: null,
        wet: true,
      },
      6,
    ),
    signatory(
      {
        role: 'notulis',
        prefix: '',
        position: seedOf('notulis').position,
        name: seedOf('notulis').name,
        rank: 'Penata Muda (III/a)',
        nip: seedOf('notulis').nip ?? '',
        institution: UNIT_NAME,
        unsur: 'penyelenggara',
        signaturePng: null,
        wet: true,
      },
      7,
    ),
  ]

  const title = 'Forum Konsultasi Publik Penyusunan Standar Pelayanan Perizinan Berusaha'
  const topic =
    'Penyusunan Standar Pelayanan Perizinan Berusaha Berbasis Risiko pada DPMPTSP Kota Kupang'
  const forum: Forum = {
    id: forumId,
    kind: 'fkp',
    method: 'tatap_muka',
    title,
    topic,
    topicCategory: 'standar_pelayanan',
    purpose:
      'Menghimpun masukan dari pengguna layanan, akademisi, instansi terkait, organisasi masyarakat sipil, dan media massa atas rancangan Standar Pelayanan Perizinan Berusaha, memperhatikan hasil Survei Kepuasan Masyarakat Semester II 2025, serta menyepakati perbaikan pelayanan beserta rencana aksinya.',
    legalBasis: [
      'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
      'Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang',
      'Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
      'Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko',
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan',
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik',
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 16 Tahun 2017 tentang Pedoman Penyelenggaraan Forum Konsultasi Publik di Lingkungan Unit Penyelenggara Pelayanan Publik',
    ],
    startDate: FORUM_DATE,
    endDate: FORUM_DATE,
    days: [{ id: dayId, date: FORUM_DATE, start: '09:00', end: '13:00', place: PLACE }],
    organiser: UNIT_NAME,
    coOrganisers: ['Bagian Organisasi Sekretariat Daerah Kota Kupang'],
    partners: ['Universitas Nusa Cendana'],
    pimpinan: { prefix: '', ...HEAD },
    moderator: official('moderator', 'Pembina (IV/a)'),
    narasumber: [
      {
        name: seedOf('kabidPerizinan').name,
        position: seedOf('kabidPerizinan').position,
        institution: UNIT_NAME,
      },
      {
        name: seedOf('ndolu').name,
        position: seedOf('ndolu').position,
        institution: seedOf('ndolu').institution,
      },
    ],
    notulis: official('notulis', 'Penata Muda (III/a)'),
    skm: { period: 'Semester II 2025', index: 78.4, lowestUnsur: 'waktu' },
    documentTitle: '',
    status: 'selesai',
    archived: false,
    searchText: normalizeText(`${title} ${topic}`),
    agreementsFrozenAt: frozenAt,
    agreementsRevision: 1,
    createdAt: stamp('2026-02-16', '09:00'),
    updatedAt: stamp(FORUM_DATE, '13:15'),
  }

  return {
    organisation,
    forum,
    people,
    participants,
    attendance,
    agendaItems,
    issues,
    agreements,
    actionItems,
    progressUpdates,
    signatories,
  }
}
