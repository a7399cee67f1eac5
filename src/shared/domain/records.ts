import { z } from 'zod'
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  optionalNipSchema,
  optionalText,
  pngDataUrlSchema,
  requiredText,
  timestampsShape,
} from './common'
import {
  documentKindSchema,
  signatoryRoleSchema,
  signaturePrefixSchema,
  unsurSchema,
} from './enums'
import { onBehalfShape } from './organisation'

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024

/** Files kept with a record: evidence for an action item, photos of a forum. */
export const attachmentSchema = z.object({
  id: idSchema,
  ownerType: z.enum(['progress', 'forum_photo', 'document']),
  ownerId: idSchema,
  forumId: idSchema.nullable(),
  name: requiredText(255),
  mime: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'mime'),
  size: z.number().int().min(0).max(ATTACHMENT_MAX_BYTES),
  bytes: z.instanceof(Uint8Array),
  /** For photos: the date shown on "Foto Kegiatan". */
  takenOn: isoDateSchema.nullable(),
  caption: optionalText(500),
  ...timestampsShape,
})
export type Attachment = z.infer<typeof attachmentSchema>

export const signatorySchema = z.object({
  id: idSchema,
  forumId: idSchema,
  role: signatoryRoleSchema,
  order: z.number().int().min(0),
  prefix: signaturePrefixSchema,
  position: optionalText(200),
  ...onBehalfShape,
  name: requiredText(200),
  rank: optionalText(120),
  nip: optionalNipSchema,
  institution: optionalText(200),
  unsur: unsurSchema.nullable(),
  signaturePng: pngDataUrlSchema.nullable(),
  /** Signs on paper: the block is printed with room for a wet signature. */
  wet: z.boolean(),
  ...timestampsShape,
})
export type Signatory = z.infer<typeof signatorySchema>

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/)

/** An image of a finalised file: which one (a signature names its signatory) and its SHA-256. */
export const documentImageSchema = z.object({
  kind: z.enum(['signature', 'photo', 'emblem', 'qr']),
  /** The signatory's name (or the attendance row), a photo's caption; '' for kop and QR. */
  label: z.string().max(300),
  sha256: z.string().min(1).max(300),
})
export type DocumentImage = z.infer<typeof documentImageSchema>

export const documentSignatorySchema = z.object({
  heading: z.string().max(400),
  position: z.string().max(400),
  name: z.string().max(200),
  signed: z.boolean(),
  /** The record the block was printed from; absent on documents finalised before it was kept. */
  signatoryId: idSchema.optional(),
})
export type DocumentSignatory = z.infer<typeof documentSignatorySchema>

/** A finalised document: what it stated is hashed so a printed copy can be verified later. */
export const generatedDocumentSchema = z.object({
  id: idSchema,
  forumId: idSchema,
  kind: documentKindSchema,
  nomor: optionalText(120),
  revision: z.number().int().min(0),
  /** SHA-256 (hex) of the canonical text. */
  hash: sha256Schema,
  /** Short code printed in every page's footer. */
  code: requiredText(40),
  canonical: z.string(),
  fileName: requiredText(255),
  finalisedAt: isoDateTimeSchema,
  // Hash version 2 (absent on documents finalised before, which verify by their text alone).
  hashVersion: z.literal(2).optional(),
  /** SHA-256 of the exact DOCX bytes. */
  fileSha256: sha256Schema.optional(),
  /** Canonical text of the headers and footers (kop, verification footer). */
  headerFooterText: z.string().optional(),
  /** SHA-256 of the body's canonical text, a blank line, then the headers' and footers'. */
  fullHash: sha256Schema.optional(),
  images: z.array(documentImageSchema).optional(),
  signatories: z.array(documentSignatorySchema).optional(),
  /** A copy taken from a forum package: the laptop that sent it, and when the package was made. */
  receivedFrom: z.object({ label: z.string().max(300), exportedAt: isoDateTimeSchema }).optional(),
  ...timestampsShape,
})
export type GeneratedDocument = z.infer<typeof generatedDocumentSchema>

export const auditEntrySchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actor: optionalText(200),
  entity: requiredText(60),
  entityId: z.string().min(1),
  forumId: idSchema.nullable(),
  action: z.enum(['create', 'update', 'delete', 'finalise', 'merge', 'import', 'restore', 'erase']),
  summary: optionalText(2000),
})
export type AuditEntry = z.infer<typeof auditEntrySchema>

/** Small named values: the user's profile name, "unit saya", the language, the app lock. */
export const settingSchema = z.object({
  key: requiredText(80),
  value: z.unknown(),
  updatedAt: isoDateTimeSchema,
})
export type Setting = z.infer<typeof settingSchema>
