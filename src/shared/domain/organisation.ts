import { z } from 'zod'
import {
  optionalNipSchema,
  optionalText,
  pngDataUrlSchema,
  requiredText,
  timestampsShape,
} from './common'
import { fontSchema, paperSchema, signaturePrefixSchema, timeZoneSchema } from './enums'

export const ORGANISATION_PROFILE_ID = 'profile'

/**
 * Signing for another office (a.n., u.b.): optional, so records stored before these fields existed
 * stay valid as they are.
 */
export const onBehalfShape = {
  /** a.n.: the office signed for ("Kepala Dinas Penanaman Modal dan PTSP Kota Kupang"). */
  onBehalfOf: z.string().trim().max(200).optional(),
  /** u.b.: the position of the official who signs a.n. and for whom this one signs ("Sekretaris Daerah"). */
  viaPosition: z.string().trim().max(200).optional(),
}

/** An official who signs: position ends with a comma when printed; name printed bold underlined. */
export const officialSchema = z.object({
  prefix: signaturePrefixSchema.default(''),
  position: optionalText(200),
  ...onBehalfShape,
  name: optionalText(200),
  rank: optionalText(120),
  nip: optionalNipSchema,
})
export type Official = z.infer<typeof officialSchema>

export const pageNumberPositionSchema = z.enum(['top_centre', 'bottom_right'])
export type PageNumberPosition = z.infer<typeof pageNumberPositionSchema>

export const publicPhonesSchema = z.enum(['omit', 'mask'])
export type PublicPhones = z.infer<typeof publicPhonesSchema>

export const marginsSchema = z.object({
  top: z.number().min(0.5).max(6),
  bottom: z.number().min(0.5).max(6),
  left: z.number().min(0.5).max(6),
  right: z.number().min(0.5).max(6),
})

/** One per installation: drives the kop surat and every convention of tata naskah dinas. */
export const organisationProfileSchema = z.object({
  id: z.literal(ORGANISATION_PROFILE_ID),
  /** Kop surat lines, top first: "PEMERINTAH KOTA KUPANG", the unit's name… */
  kopLines: z.array(requiredText(200)).min(1).max(4),
  address: optionalText(300),
  phone: optionalText(60),
  email: z.union([z.literal(''), z.email()]).default(''),
  website: optionalText(120),
  emblemPng: pngDataUrlSchema.optional(),
  unitName: requiredText(200),
  unitCode: optionalText(40),
  city: requiredText(80),
  timeZone: timeZoneSchema,
  paper: paperSchema,
  font: fontSchema,
  fontSizePt: z.number().int().min(10).max(14),
  marginsCm: marginsSchema,
  nomorPattern: requiredText(120),
  classificationCode: optionalText(40),
  nomorCounter: z.object({
    year: z.number().int().min(2000).max(2100),
    last: z.number().int().min(0),
  }),
  head: officialSchema,
  /**
   * Where page numbers print from page 2: "- 2 -" centred at the top (the common rule), or
   * "Halaman 2" at the bottom right. Profiles stored before this setting read the default.
   */
  pageNumberPosition: pageNumberPositionSchema.default('top_centre'),
  /**
   * Phone numbers in the daftar hadir attached to a published berita acara (UU 27/2022): left
   * out by default, or masked; the internal daftar hadir always shows them.
   */
  publicPhones: publicPhonesSchema.default('omit'),
  ...timestampsShape,
})
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>
