import { beforeAll, describe, expect, it } from 'vitest'
import type { i18n } from 'i18next'
import { z } from 'zod'
import {
  actionItemSchema,
  agendaItemSchema,
  agreementSchema,
  attachmentSchema,
  attendanceSchema,
  auditEntrySchema,
  forumSchema,
  generatedDocumentSchema,
  issueSchema,
  organisationProfileSchema,
  participantSchema,
  personSchema,
  progressUpdateSchema,
  settingSchema,
  signatorySchema,
} from '@shared/domain'
import { formatNumber } from '@shared/format/numbers'
import { decodeMessage, encodeMessage } from '@shared/domain/messages'
import { toFieldProblems, ValidationError } from '@renderer/db/validation'
import { initI18n } from '@renderer/i18n'
import { errorText } from '@renderer/ui/errors'

/** Each stored record's schema under the entity name its repository reports. */
const RECORDS: Record<string, z.ZodType> = {
  organisation: organisationProfileSchema,
  forum: forumSchema,
  person: personSchema,
  participant: participantSchema,
  attendance: attendanceSchema,
  agendaItem: agendaItemSchema,
  issue: issueSchema,
  agreement: agreementSchema,
  actionItem: actionItemSchema,
  progressUpdate: progressUpdateSchema,
  attachment: attachmentSchema,
  signatory: signatorySchema,
  document: generatedDocumentSchema,
  audit: auditEntrySchema,
  setting: settingSchema,
}

interface TextLimit {
  path: string
  max: number
  schema: z.ZodString
}

type Def = { type: string } & Record<string, unknown>

/** Every string with a maximum length inside a schema, with the dotted path that reaches it. */
function textLimits(schema: z.ZodType, path: string[] = []): TextLimit[] {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def
  const inner = (key: string, at = path) => textLimits(def[key] as z.ZodType, at)
  switch (def.type) {
    case 'string': {
      const text = schema as z.ZodString
      return text.maxLength === null
        ? []
        : [{ path: path.join('.'), max: text.maxLength, schema: text }]
    }
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
        textLimits(child, [...path, key]),
      )
    case 'array':
      return inner('element', [...path, '0'])
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return inner('innerType')
    case 'pipe':
      return [...inner('in'), ...inner('out')]
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => textLimits(option, path))
    default:
      return []
  }
}

const cases = Object.entries(RECORDS).flatMap(([entity, schema]) =>
  textLimits(schema).map((limit) => ({ entity, ...limit })),
)

describe('every text limit in the schemas', () => {
  let i18next: i18n
  beforeAll(async () => {
    i18next = await initI18n('id')
  })

  it('finds the limits it must cover', () => {
    expect(cases.map((c) => `${c.entity}.${c.path}:${c.max}`)).toEqual(
      expect.arrayContaining(['issue.text:5000', 'forum.title:300', 'agreement.text:5000']),
    )
    expect(cases.length).toBeGreaterThan(60)
  })

  it.each(cases)('$entity $path refuses $max + 1 characters, naming the limit', (limit) => {
    const typed = 'a'.repeat(limit.max + 1)
    const result = limit.schema.safeParse(typed)
    expect(result.success).toBe(false)
    const problems = toFieldProblems(result.error!).map((problem) => ({
      ...problem,
      path: limit.path,
    }))
    expect(problems).toContainEqual({
      path: limit.path,
      code: 'too_long',
      params: { max: limit.max, actual: limit.max + 1 },
    })
    const error = new ValidationError(limit.entity, problems)

    const id = errorText(i18next.getFixedT('id'), 'id', error)
    expect(id).toContain(
      `${formatNumber(limit.max + 1)} karakter, paling banyak ${formatNumber(limit.max)}.`,
    )
    expect(id).toMatch(/^\S.* terlalu panjang: /)
    expect(id).not.toContain(limit.path)

    const en = errorText(i18next.getFixedT('en'), 'en', error)
    expect(en).toContain(
      `${(limit.max + 1).toLocaleString('en')} characters, at most ${limit.max.toLocaleString('en')}.`,
    )
    expect(en).toContain(' is too long: ')
  })
})

describe('message keys that carry numbers', () => {
  it('round-trips a key with its limit and length', () => {
    const message = encodeMessage('too_long', { max: 5000, actual: 10_000 })
    expect(message).toBe('too_long|max=5000|actual=10000')
    expect(decodeMessage(message)).toEqual({
      key: 'too_long',
      params: { max: 5000, actual: 10_000 },
    })
    expect(decodeMessage('required')).toEqual({ key: 'required', params: {} })
  })

  it('refuses what is not a message key, so zod defaults are never shown as keys', () => {
    expect(decodeMessage('Invalid input')).toBeNull()
    expect(decodeMessage('too_long|max=five')).toBeNull()
  })

  it('names the minimum of a text that is too short', () => {
    const result = z.string().min(6).safeParse('abc')
    expect(toFieldProblems(result.error!)).toEqual([
      { path: '', code: 'too_short', params: { min: 6, actual: 3 } },
    ])
  })

  it('counts the entries of a list that is too long', () => {
    const result = z.array(z.string()).max(2).safeParse(['a', 'b', 'c'])
    expect(toFieldProblems(result.error!)).toEqual([
      { path: '', code: 'too_many', params: { max: 2, actual: 3 } },
    ])
  })
})
