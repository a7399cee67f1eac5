import { z } from 'zod'
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  optionalText,
  requiredText,
  timeSchema,
  timestampsShape,
} from './common'
import {
  actionStatusSchema,
  agendaKindSchema,
  issueTypeSchema,
  prioritySchema,
  skmUnsurSchema,
  triageSchema,
  unsurSchema,
} from './enums'

/** One voice in a discussion item's queue (termin); times are instants, the unsur is the raiser's. */
export const speakerTurnSchema = z.object({
  id: idSchema,
  participantId: idSchema.nullable(),
  name: requiredText(200),
  unsur: unsurSchema.nullable(),
  startedAt: isoDateTimeSchema.nullable(),
  endedAt: isoDateTimeSchema.nullable(),
})
export type SpeakerTurn = z.infer<typeof speakerTurnSchema>

/** The longest agenda item, in minutes: ten hours. */
export const AGENDA_ITEM_MAX_MIN = 600

export const agendaItemSchema = z.object({
  id: idSchema,
  forumId: idSchema,
  dayId: idSchema,
  order: z.number().int().min(0),
  title: requiredText(300),
  kind: agendaKindSchema,
  plannedStart: timeSchema,
  durationMin: z.number().int().min(1).max(AGENDA_ITEM_MAX_MIN),
  speakerIds: z.array(idSchema).default([]),
  moderatorId: idSchema.nullable().default(null),
  actualStart: isoDateTimeSchema.nullable().default(null),
  actualEnd: isoDateTimeSchema.nullable().default(null),
  /** The notulen of this item, prefilled from what was captured, then edited. */
  notes: optionalText(50_000),
  /** The speakers' queue of a discussion item, in speaking order. */
  speakerQueue: z.array(speakerTurnSchema).max(500).optional(),
  ...timestampsShape,
})
export type AgendaItem = z.infer<typeof agendaItemSchema>

/** One voice raised in the forum: a masukan, complaint, question, response or appreciation. */
export const issueSchema = z.object({
  id: idSchema,
  forumId: idSchema,
  dayId: idSchema.nullable(),
  agendaItemId: idSchema.nullable(),
  /** Running number within the forum, shown as "#12". */
  seq: z.number().int().min(1),
  text: requiredText(5000),
  type: issueTypeSchema,
  skmUnsur: skmUnsurSchema.nullable(),
  tag: optionalText(120),
  /** null: anonim. */
  raiserParticipantId: idSchema.nullable(),
  raiserUnsur: unsurSchema.nullable(),
  answer: optionalText(5000),
  triage: triageSchema,
  /** For 'ditindaklanjuti': the unit that must follow up. */
  unit: optionalText(200),
  /** For 'diteruskan': the other institution, and an optional SP4N-LAPOR! ticket. */
  forwardedTo: optionalText(200),
  laporTicket: optionalText(40),
  theme: optionalText(120),
  votes: z.number().int().min(0),
  mergedIntoId: idSchema.nullable(),
  ...timestampsShape,
})
export type Issue = z.infer<typeof issueSchema>

export const agreementSchema = z.object({
  id: idSchema,
  forumId: idSchema,
  order: z.number().int().min(0),
  text: requiredText(5000),
  issueIds: z.array(idSchema).default([]),
  /** The forum's agreements revision this text belongs to (0 before the first mufakat). */
  revision: z.number().int().min(0),
  ...timestampsShape,
})
export type Agreement = z.infer<typeof agreementSchema>

/** A rencana tindak lanjut. Overdue is derived from the deadline and "now", never stored. */
export const actionItemSchema = z
  .object({
    id: idSchema,
    forumId: idSchema,
    agreementId: idSchema.nullable(),
    order: z.number().int().min(0),
    plan: requiredText(2000),
    target: optionalText(1000),
    responsibleUnit: optionalText(200),
    responsiblePerson: optionalText(200),
    involvedParties: z.array(requiredText(200)).default([]),
    /** The resolved last day; a period such as "Triwulan III 2026" keeps its label. */
    deadline: isoDateSchema.nullable(),
    deadlineLabel: optionalText(80),
    priority: prioritySchema,
    issueIds: z.array(idSchema).default([]),
    status: actionStatusSchema,
    statusReason: optionalText(1000),
    progress: z.number().int().min(0).max(100),
    realisasi: optionalText(5000),
    completedDate: isoDateSchema.nullable(),
    ...timestampsShape,
  })
  .superRefine((item, ctx) => {
    if (item.status === 'tidak_dapat_dilaksanakan' && item.statusReason.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['statusReason'], message: 'reason_required' })
    }
    if (item.status === 'selesai' && item.realisasi.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['realisasi'], message: 'realisasi_required' })
    }
  })
export type ActionItem = z.infer<typeof actionItemSchema>

export const progressUpdateSchema = z.object({
  id: idSchema,
  actionItemId: idSchema,
  forumId: idSchema,
  date: isoDateSchema,
  progress: z.number().int().min(0).max(100),
  realisasi: optionalText(5000),
  status: actionStatusSchema,
  reason: optionalText(1000),
  attachmentIds: z.array(idSchema).default([]),
  author: optionalText(200),
  ...timestampsShape,
})
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>
