import { z } from 'zod'
import { idSchema, isoDateTimeSchema, optionalText, requiredText } from '../domain/common'
import {
  agendaKindSchema,
  documentKindSchema,
  forumKindSchema,
  forumMethodSchema,
  topicCategorySchema,
  type AgendaKind,
  type DocumentKind,
  type ForumKind,
} from '../domain/enums'
import { AGENDA_ITEM_MAX_MIN } from '../domain/live'
import { FORUM_KIND_TEXT } from '../documents/forum-kinds'

export const templateAgendaItemSchema = z.object({
  title: requiredText(300),
  kind: agendaKindSchema,
  durationMin: z.number().int().min(1).max(AGENDA_ITEM_MAX_MIN),
})
export type TemplateAgendaItem = z.infer<typeof templateAgendaItemSchema>

const templateShape = {
  kind: forumKindSchema,
  method: forumMethodSchema,
  topicCategory: topicCategorySchema,
  /** Empty: the kind's own purpose (FORUM_KIND_TEXT) with the forum's topic. */
  purpose: optionalText(2000),
  legalBasis: z.array(requiredText(500)).max(20),
  agenda: z.array(templateAgendaItemSchema).max(50),
  documents: z.array(documentKindSchema).max(10),
}

/** A template an organisation saved from one of its forums; kept in the settings registry. */
export const savedTemplateSchema = z.object({
  id: idSchema,
  name: requiredText(120),
  ...templateShape,
  createdAt: isoDateTimeSchema,
})
export type SavedTemplate = z.infer<typeof savedTemplateSchema>

export const BUILT_IN_TEMPLATE_IDS = [
  'fkp',
  'fgd',
  'workshop',
  'sosialisasi_luring',
  'sosialisasi_daring',
  'coaching_clinic',
  'public_hearing',
] as const
export type BuiltInTemplateId = (typeof BUILT_IN_TEMPLATE_IDS)[number]

export interface BuiltInTemplate extends z.infer<z.ZodObject<typeof templateShape>> {
  id: BuiltInTemplateId
  builtIn: true
}

export type ForumTemplate = BuiltInTemplate | (SavedTemplate & { builtIn?: false })

function item(title: string, kind: AgendaKind, durationMin: number): TemplateAgendaItem {
  return { title, kind, durationMin }
}

const WITH_AGREEMENTS: DocumentKind[] = [
  'undangan',
  'daftar_hadir',
  'notulen',
  'berita_acara',
  'rtl',
  'laporan',
]
const WITHOUT_AGREEMENTS: DocumentKind[] = ['undangan', 'daftar_hadir', 'notulen', 'laporan']

function builtIn(
  id: BuiltInTemplateId,
  kind: ForumKind,
  rest: Omit<BuiltInTemplate, 'id' | 'kind' | 'builtIn' | 'purpose' | 'legalBasis'>,
): BuiltInTemplate {
  return {
    id,
    kind,
    builtIn: true,
    purpose: '',
    legalBasis: FORUM_KIND_TEXT[kind].legalBasis,
    ...rest,
  }
}

/**
 * The templates the app brings. The FKP follows the running order of the pelaksanaan stage in
 * PermenPANRB 16/2017: registration, opening, the unit's explanation of the topic, the speakers,
 * the moderated dialogue, formulating the agreements, reading them out, signing, closing. Titles
 * are the words the agenda and the notulen print.
 */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  builtIn('fkp', 'fkp', {
    method: 'tatap_muka',
    topicCategory: 'standar_pelayanan',
    agenda: [
      item('Registrasi peserta', 'registrasi', 30),
      item('Pembukaan dan sambutan pimpinan forum', 'pembukaan', 15),
      item('Penjelasan topik oleh penyelenggara', 'paparan', 20),
      item('Paparan narasumber', 'paparan', 30),
      item('Dialog dan tanya jawab dipandu moderator', 'diskusi', 60),
      item('Perumusan kesepakatan', 'perumusan', 30),
      item('Pembacaan kesepakatan', 'perumusan', 10),
      item('Penandatanganan berita acara kesepakatan', 'penandatanganan', 15),
      item('Penutupan', 'penutupan', 10),
    ],
    documents: WITH_AGREEMENTS,
  }),
  builtIn('fgd', 'fgd', {
    method: 'tatap_muka',
    topicCategory: 'kebijakan_lain',
    agenda: [
      item('Registrasi peserta', 'registrasi', 15),
      item('Pembukaan', 'pembukaan', 10),
      item('Pengantar topik diskusi', 'paparan', 15),
      item('Diskusi terfokus', 'diskusi', 90),
      item('Perumusan hasil diskusi', 'perumusan', 30),
      item('Penutupan', 'penutupan', 10),
    ],
    documents: WITHOUT_AGREEMENTS,
  }),
  builtIn('workshop', 'workshop', {
    method: 'tatap_muka',
    topicCategory: 'kebijakan_lain',
    agenda: [
      item('Registrasi peserta', 'registrasi', 30),
      item('Pembukaan', 'pembukaan', 15),
      item('Paparan materi', 'paparan', 45),
      item('Istirahat', 'istirahat', 15),
      item('Kerja kelompok', 'diskusi', 90),
      item('Presentasi hasil kelompok', 'paparan', 45),
      item('Perumusan dan penandatanganan nota kesepakatan', 'penandatanganan', 30),
      item('Penutupan', 'penutupan', 10),
    ],
    documents: ['undangan', 'daftar_hadir', 'notulen', 'nota_kesepakatan', 'rtl', 'laporan'],
  }),
  builtIn('sosialisasi_luring', 'sosialisasi', {
    method: 'tatap_muka',
    topicCategory: 'kebijakan_lain',
    agenda: [
      item('Registrasi peserta', 'registrasi', 30),
      item('Pembukaan', 'pembukaan', 15),
      item('Paparan materi sosialisasi', 'paparan', 60),
      item('Tanya jawab', 'diskusi', 45),
      item('Penutupan', 'penutupan', 10),
    ],
    documents: WITHOUT_AGREEMENTS,
  }),
  builtIn('sosialisasi_daring', 'sosialisasi', {
    method: 'daring',
    topicCategory: 'kebijakan_lain',
    agenda: [
      item('Persiapan ruang daring dan registrasi peserta', 'registrasi', 15),
      item('Pembukaan', 'pembukaan', 10),
      item('Paparan materi sosialisasi', 'paparan', 45),
      item('Tanya jawab per termin', 'diskusi', 30),
      item('Penutupan', 'penutupan', 10),
    ],
    documents: WITHOUT_AGREEMENTS,
  }),
  builtIn('coaching_clinic', 'coaching_clinic', {
    method: 'tatap_muka',
    topicCategory: 'inovasi',
    agenda: [
      item('Registrasi instansi inovator', 'registrasi', 15),
      item('Pembukaan', 'pembukaan', 10),
      item(
        'Paparan kriteria: pendekatan baru, produktivitas, manfaat, berkelanjutan',
        'paparan',
        30,
      ),
      item('Klinik proposal per instansi inovator', 'diskusi', 120),
      item('Penyampaian umpan balik', 'perumusan', 30),
      item('Penutupan', 'penutupan', 10),
    ],
    documents: WITHOUT_AGREEMENTS,
  }),
  builtIn('public_hearing', 'public_hearing', {
    method: 'tatap_muka',
    topicCategory: 'kebijakan_lain',
    agenda: [
      item('Registrasi peserta', 'registrasi', 30),
      item('Pembukaan', 'pembukaan', 15),
      item('Paparan rancangan kebijakan', 'paparan', 30),
      item('Penyampaian masukan lisan dan tertulis', 'diskusi', 90),
      item('Tanggapan penyelenggara', 'diskusi', 30),
      item('Perumusan kesepakatan', 'perumusan', 30),
      item('Penandatanganan berita acara kesepakatan', 'penandatanganan', 15),
      item('Penutupan', 'penutupan', 10),
    ],
    documents: WITH_AGREEMENTS,
  }),
]

export function builtInTemplate(id: BuiltInTemplateId): BuiltInTemplate {
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === id)
  if (!template) throw new Error(`no built-in template ${id}`)
  return template
}

/** The template a new forum of this kind starts from; none for kinds without their own. */
export function defaultTemplateFor(kind: ForumKind): BuiltInTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.kind === kind)
}

export function templateMinutes(template: Pick<ForumTemplate, 'agenda'>): number {
  return template.agenda.reduce((sum, i) => sum + i.durationMin, 0)
}

/** The documents a forum of this kind produces: its default template's set. */
export function documentsFor(kind: ForumKind): DocumentKind[] {
  return [...(defaultTemplateFor(kind)?.documents ?? WITHOUT_AGREEMENTS)]
}
