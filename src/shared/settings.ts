import { z } from 'zod'
import { isoDateSchema, isoDateTimeSchema } from './domain/common'
import { IMPORT_FIELDS } from './participants/columns'
import { savedTemplateSchema, type SavedTemplate } from './templates/templates'
import { coachingReviewSchema, type CoachingReview } from './coaching/review'

/**
 * Every key the settings table may hold, with the schema that judges its stored value and the
 * value a reader gets when nothing (or something malformed) is stored. A stored value is parsed on
 * every read, so an old or hand-edited row never reaches a screen as a wrong type.
 */

export const LANGUAGES = ['id', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** The name the audit log and agreement revisions show until the user gives theirs. */
export const DEFAULT_USER_NAME = 'Fasilitator'

/**
 * What the projector shows; the facilitator chooses. 'welcome' greets the hall before the start
 * (title, date, place, organiser); 'blank' shows nothing while the room talks.
 */
export const PROJECTOR_MODES = [
  'welcome',
  'agenda',
  'issues',
  'agreements',
  'readout',
  'blank',
] as const
export type ProjectorMode = (typeof PROJECTOR_MODES)[number]

const projectorViewSchema = z.object({
  mode: z.enum(PROJECTOR_MODES),
  /** For 'readout': the agreement being read out. */
  readoutIndex: z.number().int().min(0),
})
export type ProjectorView = z.infer<typeof projectorViewSchema>
export const DEFAULT_PROJECTOR_VIEW: ProjectorView = { mode: 'agenda', readoutIndex: 0 }

/** How the projector looks in the hall: dark for a dim room, light for a bright one. */
export const PROJECTOR_THEMES = ['dark', 'light'] as const
export type ProjectorTheme = (typeof PROJECTOR_THEMES)[number]
/** Text size for the back of the room, as steps rather than free numbers. */
export const PROJECTOR_TEXT_SIZES = ['normal', 'large', 'larger'] as const
export type ProjectorTextSize = (typeof PROJECTOR_TEXT_SIZES)[number]

const projectorLookSchema = z.object({
  theme: z.enum(PROJECTOR_THEMES),
  textSize: z.enum(PROJECTOR_TEXT_SIZES),
})
export type ProjectorLook = z.infer<typeof projectorLookSchema>
export const DEFAULT_PROJECTOR_LOOK: ProjectorLook = { theme: 'dark', textSize: 'normal' }

/** A passphrase or PIN as it is kept: never the secret itself. */
const passphraseHashSchema = z.object({
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().positive(),
  salt: z.string().min(1),
  hash: z.string().min(1),
})

/** What the app lock keeps. */
const appLockSchema = z.object({
  hash: passphraseHashSchema,
  idleMinutes: z.number().int().min(1),
})
export type AppLockSetting = z.infer<typeof appLockSchema>

/** The self sign-in desk the laptop is locked to, and the PIN that lets the staff out. */
const kioskSchema = z.object({ forumId: z.string().min(1), pin: passphraseHashSchema })
export type KioskSetting = z.infer<typeof kioskSchema>

/** A kiosk PIN: digits only, so it is typed on a tablet's number pad. */
export const KIOSK_PIN = /^\d{4,8}$/

/** The last backup that reached a file: when, and whether the user or the app made it. */
const lastBackupSchema = z.object({
  at: isoDateTimeSchema,
  kind: z.enum(['manual', 'automatic']),
})
export type LastBackup = z.infer<typeof lastBackupSchema>

interface SettingDefinition<T> {
  schema: z.ZodType<T>
  fallback: T
}

function define<T>(schema: z.ZodType<T>, fallback: T): SettingDefinition<T> {
  return { schema, fallback }
}

/** The fixed keys. The stored key names never change: they are in every user's database. */
export const SETTINGS = {
  language: define<Language>(z.enum(LANGUAGES), 'id'),
  samplePromptAnswered: define(z.boolean(), false),
  userName: define(z.string().trim().min(1).max(120), DEFAULT_USER_NAME),
  /** The unit whose action items the follow-up screens show first; '' for every unit. */
  myUnit: define(z.string().max(200), ''),
  /** null while the lock is off. */
  appLock: define<AppLockSetting | null>(appLockSchema.nullable(), null),
  /** The invitation-list import's remembered columns: normalised header → field. */
  'participants.importMapping': define(
    z.record(z.string(), z.enum([...IMPORT_FIELDS, 'ignore'])),
    {},
  ),
  /** The day the follow-up reminder was last shown, so it shows once a day. */
  followUpReminderShownOn: define<string | null>(isoDateSchema.nullable(), null),
  /** The app version that last opened this database: an automatic backup runs after an update. */
  lastAppVersion: define<string | null>(z.string().min(1).max(40).nullable(), null),
  /** The home page tells how old the last backup is, and warns when it is too old. */
  lastBackup: define<LastBackup | null>(lastBackupSchema.nullable(), null),
  /** When the last automatic backup failed; cleared by the next automatic one that succeeds. */
  autoBackupFailedAt: define<string | null>(isoDateTimeSchema.nullable(), null),
  /** The projector's theme and text size: one hall's screen, whatever forum it shows. */
  projectorLook: define(projectorLookSchema, DEFAULT_PROJECTOR_LOOK),
  /**
   * Set while the laptop is a self sign-in desk: the app shows that desk alone, also after a
   * reload, until the PIN is given.
   */
  kiosk: define<KioskSetting | null>(kioskSchema.nullable(), null),
  /** The organisation's own forum templates ("Simpan sebagai templat"), oldest first. */
  forumTemplates: define<SavedTemplate[]>(z.array(savedTemplateSchema).max(100), []),
} as const

type FixedKey = keyof typeof SETTINGS
/** The projector's chosen view, one key per forum. */
export type ProjectorSettingKey = `projector:${string}`
/** A coaching clinic's reviews of its innovators' proposals, one key per forum. */
export type CoachingSettingKey = `coaching:${string}`
export type SettingKey = FixedKey | ProjectorSettingKey | CoachingSettingKey

type ValueOf<D> = D extends SettingDefinition<infer T> ? T : never
export type SettingValue<K extends SettingKey> = K extends FixedKey
  ? ValueOf<(typeof SETTINGS)[K]>
  : K extends CoachingSettingKey
    ? CoachingReview[]
    : ProjectorView

const PROJECTOR = define(projectorViewSchema, DEFAULT_PROJECTOR_VIEW)
const COACHING = define<CoachingReview[]>(z.array(coachingReviewSchema).max(500), [])

export function coachingSettingKey(forumId: string): CoachingSettingKey {
  return `coaching:${forumId}`
}

export function projectorSettingKey(forumId: string): ProjectorSettingKey {
  return `projector:${forumId}`
}

function definitionOf<K extends SettingKey>(key: K): SettingDefinition<SettingValue<K>> {
  const definition = Object.hasOwn(SETTINGS, key)
    ? SETTINGS[key as FixedKey]
    : key.startsWith('coaching:')
      ? COACHING
      : PROJECTOR
  return definition as SettingDefinition<SettingValue<K>>
}

/** The stored value when it is well-formed, otherwise the key's default. */
export function readSetting<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> {
  const definition = definitionOf(key)
  if (stored === undefined) return definition.fallback
  const result = definition.schema.safeParse(stored)
  return result.success ? result.data : definition.fallback
}

/** Thrown by a write whose value does not fit its key; nothing is stored. */
export class SettingValueError extends Error {
  constructor(
    readonly key: string,
    readonly problem: string,
  ) {
    super(`setting ${key}: ${problem}`)
    this.name = 'SettingValueError'
  }
}

/** The value as it will be stored; throws SettingValueError naming the key and the problem. */
export function checkSetting<K extends SettingKey>(key: K, value: unknown): SettingValue<K> {
  const result = definitionOf(key).schema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]
    const path = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : ''
    throw new SettingValueError(key, `${path}${issue?.message ?? 'invalid'}`)
  }
  return result.data
}
