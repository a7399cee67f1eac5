import type { ForumKind } from '../domain/enums'

// What each kind of forum is, its purpose and the rules it rests on, as the Laporan Pelaksanaan and
// the Laporan Monitoring state them. A forum's own purpose and legal basis, when filled in, win.

const UU_PELAYANAN_PUBLIK = 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik'

export interface ForumKindText {
  /** The opening of the background: what this kind of forum is. */
  background: string
  /** The purpose, for a forum whose own is empty; `topic` is what it discusses. */
  purpose: (topic: string) => string
  legalBasis: string[]
}

export const FORUM_KIND_TEXT: Readonly<Record<ForumKind, ForumKindText>> = {
  fkp: {
    background:
      'Forum Konsultasi Publik merupakan kegiatan dialog, diskusi, dan pertukaran opini secara partisipatif antara penyelenggara pelayanan publik dan masyarakat sebagaimana diatur dalam Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 16 Tahun 2017.',
    purpose: (topic) => `Menghimpun masukan masyarakat tentang ${topic}.`,
    legalBasis: [
      UU_PELAYANAN_PUBLIK,
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 16 Tahun 2017 tentang Pedoman Penyelenggaraan Forum Konsultasi Publik di Lingkungan Unit Penyelenggara Pelayanan Publik',
    ],
  },
  fgd: {
    background:
      'Focus Group Discussion (FGD) merupakan diskusi terfokus para pemangku kepentingan untuk menggali pandangan, pengalaman, dan masukan secara mendalam atas suatu permasalahan.',
    purpose: (topic) =>
      `Menggali pandangan dan masukan para pemangku kepentingan secara mendalam tentang ${topic}.`,
    legalBasis: [UU_PELAYANAN_PUBLIK],
  },
  workshop: {
    background:
      'Lokakarya (workshop) merupakan pertemuan kerja para pemangku kepentingan untuk bersama-sama membahas dan merumuskan hasil kerja yang dapat ditindaklanjuti.',
    purpose: (topic) =>
      `Merumuskan bersama para pemangku kepentingan hasil kerja tentang ${topic}.`,
    legalBasis: [UU_PELAYANAN_PUBLIK],
  },
  sosialisasi: {
    background:
      'Sosialisasi merupakan kegiatan penyebarluasan informasi kepada masyarakat dan pemangku kepentingan agar kebijakan atau layanan dipahami dan dapat dilaksanakan dengan baik.',
    purpose: (topic) =>
      `Menyebarluaskan informasi dan meningkatkan pemahaman masyarakat tentang ${topic}.`,
    legalBasis: [
      UU_PELAYANAN_PUBLIK,
      'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
    ],
  },
  bimtek: {
    background:
      'Bimbingan teknis merupakan kegiatan peningkatan pengetahuan dan keterampilan teknis peserta dalam melaksanakan tugas dan memberikan layanan.',
    purpose: (topic) =>
      `Meningkatkan pengetahuan dan keterampilan teknis peserta tentang ${topic}.`,
    legalBasis: [UU_PELAYANAN_PUBLIK],
  },
  coaching_clinic: {
    background:
      'Coaching clinic merupakan kegiatan pendampingan bagi instansi inovator untuk menyempurnakan proposal inovasi pelayanan publik berdasarkan kriteria pendekatan baru, produktivitas, manfaat, dan keberlanjutan.',
    purpose: (topic) =>
      `Mendampingi instansi inovator dalam menyempurnakan proposal inovasi pelayanan publik tentang ${topic}.`,
    legalBasis: [
      UU_PELAYANAN_PUBLIK,
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 91 Tahun 2021 tentang Pembinaan Inovasi Pelayanan Publik',
    ],
  },
  rapat: {
    background:
      'Rapat merupakan pertemuan para pihak untuk membahas dan memutuskan suatu permasalahan secara musyawarah.',
    purpose: (topic) => `Membahas dan menyepakati langkah-langkah tentang ${topic}.`,
    legalBasis: [UU_PELAYANAN_PUBLIK],
  },
  sarasehan: {
    background:
      'Sarasehan merupakan forum dialog terbuka antara penyelenggara dan masyarakat untuk bertukar pandangan secara setara.',
    purpose: (topic) =>
      `Membuka ruang dialog dan bertukar pandangan dengan masyarakat tentang ${topic}.`,
    legalBasis: [UU_PELAYANAN_PUBLIK],
  },
  public_hearing: {
    background:
      'Public hearing (rapat dengar pendapat umum) merupakan sarana partisipasi masyarakat untuk menyampaikan masukan secara lisan dan/atau tertulis atas rancangan kebijakan sebelum ditetapkan.',
    purpose: (topic) => `Menghimpun masukan masyarakat secara lisan dan tertulis atas ${topic}.`,
    legalBasis: [
      UU_PELAYANAN_PUBLIK,
      'Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 13 Tahun 2022',
    ],
  },
}
