import { z } from 'zod'
import {
  genderSchema,
  idSchema,
  isoDateTimeSchema,
  optionalNipSchema,
  optionalText,
  pngDataUrlSchema,
  requiredText,
  timestampsShape,
} from './common'
import { participantRoleSchema, unsurSchema } from './enums'

/** Indonesian phone numbers as typed: digits with an optional leading +, kept as text. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^(\+?\d[\d ]{6,18})?$/, 'phone')
  .default('')

export const personFieldsSchema = z.object({
  /** Exactly as written, titles included: "Dr. Ir. H. Yohanes Ndolu, M.Si". */
  name: requiredText(200),
  gender: genderSchema,
  unsur: unsurSchema,
  subCategory: optionalText(120),
  institution: optionalText(200),
  position: optionalText(200),
  phone: phoneSchema,
  email: z.union([z.literal(''), z.email()]).default(''),
  address: optionalText(300),
  nip: optionalNipSchema,
  disability: z.boolean().default(false),
  /** UU 27/2022: consent to the use of personal data, recorded with its time. */
  consent: z.boolean().default(false),
  consentAt: isoDateTimeSchema.nullable().default(null),
})
export type PersonFields = z.infer<typeof personFieldsSchema>
export type PersonFieldsInput = z.input<typeof personFieldsSchema>

/** The registry, reused across forums. */
export const personSchema = personFieldsSchema.extend({
  id: idSchema,
  /** Name without case, diacritics or titles: what search compares. */
  searchName: z.string(),
  /** Set when this record was merged into another; kept so old references still resolve. */
  mergedInto: idSchema.nullable(),
  /** Set when the person's personal data was erased on request (UU 27/2022). */
  erasedAt: isoDateTimeSchema.nullable(),
  ...timestampsShape,
})
export type Person = z.infer<typeof personSchema>

/** A person on a forum's invitation list, with the unsur they come in for this forum. */
export const participantSchema = z.object({
  id: idSchema,
  forumId: idSchema,
  personId: idSchema,
  unsur: unsurSchema,
  subCategory: optionalText(120),
  role: participantRoleSchema,
  invited: z.boolean(),
  /** Copied from the person so the check-in desk can search one table. */
  searchName: z.string(),
  ...timestampsShape,
})
export type Participant = z.infer<typeof participantSchema>

/** One signature on one day's daftar hadir. */
export const attendanceSchema = z.object({
  id: idSchema,
  forumId: idSchema,
  dayId: idSchema,
  participantId: idSchema,
  personId: idSchema,
  checkedInAt: isoDateTimeSchema,
  signaturePng: pngDataUrlSchema.nullable(),
  walkIn: z.boolean(),
  ...timestampsShape,
})
export type Attendance = z.infer<typeof attendanceSchema>
