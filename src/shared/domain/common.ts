import { z } from 'zod'

/** Bumped with every change to a stored record's shape; backups and fixtures carry it. */
export const SCHEMA_VERSION = 1

export const idSchema = z.uuid()
export const isoDateSchema = z.iso.date()
export const isoDateTimeSchema = z.iso.datetime({ offset: true })
export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time')

/** A required, trimmed line of text. Limits are generous: text is never silently cut. */
export const requiredText = (max = 500) => z.string().trim().min(1).max(max)
export const optionalText = (max = 2000) => z.string().trim().max(max).default('')

export const timestampsShape = {
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
}

/** A PNG image kept inline (signatures, emblem): small enough for a data URL. */
export const pngDataUrlSchema = z
  .string()
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'image')
  .max(3_000_000)

/** NIP digits as stored (grouping is for print); empty for people who are not civil servants. */
export const optionalNipSchema = z
  .string()
  .regex(/^(\d{18})?$/, 'nip_digits')
  .default('')

export const genderSchema = z.enum(['L', 'P'])
export type Gender = z.infer<typeof genderSchema>
