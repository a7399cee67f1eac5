import { z } from 'zod'
import {
  idSchema,
  isoDateSchema,
  optionalText,
  requiredText,
  timeSchema,
  timestampsShape,
} from './common'
import {
  forumKindSchema,
  forumMethodSchema,
  forumStatusSchema,
  skmUnsurSchema,
  topicCategorySchema,
} from './enums'
import { officialSchema } from './organisation'

export const forumDaySchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  start: timeSchema,
  end: timeSchema,
  place: requiredText(300),
})
export type ForumDay = z.infer<typeof forumDaySchema>

export const speakerSchema = z.object({
  name: requiredText(200),
  position: optionalText(200),
  institution: optionalText(200),
})

export const skmContextSchema = z.object({
  period: requiredText(80),
  index: z.number().min(25).max(100),
  lowestUnsur: skmUnsurSchema,
})

/**
 * What the Surat Undangan states besides the forum, as the secretariat edits it on the documents
 * page; an empty field takes the letter's default (see undanganDefaults).
 */
export const invitationLetterSchema = z.object({
  /** The letter's date; null: a week before the forum. */
  issuedOn: isoDateSchema.nullable().default(null),
  sifat: optionalText(60),
  lampiran: optionalText(120),
  hal: optionalText(300),
})
export type InvitationLetter = z.infer<typeof invitationLetterSchema>
export type InvitationLetterInput = z.input<typeof invitationLetterSchema>

const forumFieldsShape = z.object({
  kind: forumKindSchema,
  method: forumMethodSchema,
  title: requiredText(300),
  topic: optionalText(500),
  topicCategory: topicCategorySchema,
  purpose: optionalText(2000),
  legalBasis: z.array(requiredText(500)).max(20).default([]),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  days: z.array(forumDaySchema).min(1).max(14),
  organiser: requiredText(200),
  coOrganisers: z.array(requiredText(200)).max(10).default([]),
  partners: z.array(requiredText(200)).max(10).default([]),
  pimpinan: officialSchema,
  moderator: officialSchema,
  narasumber: z.array(speakerSchema).max(20).default([]),
  notulis: officialSchema,
  skm: skmContextSchema.optional(),
  /** Overrides the document title (Berita Acara Kesepakatan / Nota Kesepakatan). */
  documentTitle: optionalText(200),
})

/** Cross-field rules, each reported on the field a person must fix. */
function refineForum(forum: z.infer<typeof forumFieldsShape>, ctx: z.RefinementCtx): void {
  if (forum.endDate < forum.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end_date_before_start' })
  }
  const seen = new Set<string>()
  forum.days.forEach((day, index) => {
    if (day.end <= day.start) {
      ctx.addIssue({ code: 'custom', path: ['days', index, 'end'], message: 'end_before_start' })
    }
    if (day.date < forum.startDate || day.date > forum.endDate) {
      ctx.addIssue({ code: 'custom', path: ['days', index, 'date'], message: 'day_outside_forum' })
    }
    if (seen.has(day.date)) {
      ctx.addIssue({ code: 'custom', path: ['days', index, 'date'], message: 'day_duplicate' })
    }
    seen.add(day.date)
  })
}

/** What a forum is, before anyone has arrived. */
export const forumFieldsSchema = forumFieldsShape.superRefine(refineForum)
export type ForumFields = z.infer<typeof forumFieldsSchema>
export type ForumFieldsInput = z.input<typeof forumFieldsSchema>

export const forumSchema = forumFieldsShape
  .extend({
    id: idSchema,
    status: forumStatusSchema,
    archived: z.boolean(),
    /** Lower-cased title for the list's search; derived on every write. */
    searchText: z.string(),
    /** Set when the room confirms the agreements (mufakat); a later change opens a new revision. */
    agreementsFrozenAt: z.iso.datetime({ offset: true }).nullable(),
    agreementsRevision: z.number().int().min(0),
    /** Absent on forums stored before the letter could be edited: the defaults apply. */
    invitation: invitationLetterSchema.optional(),
    ...timestampsShape,
  })
  .superRefine(refineForum)
export type Forum = z.infer<typeof forumSchema>
