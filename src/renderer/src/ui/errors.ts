import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { isBackupRefusal, isPackageRefusal, type BackupRefusal } from '@shared/backup'
import { decodeMessage, type MessageParams } from '@shared/domain/messages'
import { formatNumberIn } from '@shared/format/numbers'
import { ImmutableRecordError, ValidationError, type FieldProblem } from '../db'
import { PlatformError } from '../platform/errors'

/**
 * The one place that turns an error into text for the user: field problems (from a repository's
 * ValidationError, a zod error or a form), a full disk, a refused backup file, a platform failure
 * and anything unexpected. Every text comes from the dictionaries and names the field and the problem.
 */

export interface ErrorTextOptions {
  /** Namespaces whose `errors` keys explain a feature's own codes ("already_listed"). */
  namespaces?: readonly string[]
  /** Which file the user opened, so a backup of the wrong kind points to the other action. */
  refusalContext?: 'restore' | 'exchange'
  /** The record a zod error judged, so its fields can be named ("forum"). */
  entity?: string
  /** The field's label is on screen next to the text (see ProblemTextOptions). */
  labelled?: boolean
}

/** Records whose fields share the names of another record's ("import" checks people). */
const FIELD_NAME_ALIASES: Record<string, string> = { import: 'person', photo: 'attachment' }

function numbers(params: MessageParams, language: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      // Sizes in MB carry one decimal ("12,4 MB"); counts and lengths are whole.
      formatNumberIn(language, value, Number.isInteger(value) ? 0 : 1),
    ]),
  )
}

/** "days.1.end" → the dictionary key "days_end" and the position 2 ("hari ke-2"). */
function fieldKey(path: string): { key: string; position: number | undefined } {
  const parts = path.split('.').filter((part) => part !== '')
  const index = parts.find((part) => /^\d+$/.test(part))
  return {
    key: parts.filter((part) => !/^\d+$/.test(part)).join('_'),
    position: index === undefined ? undefined : Number(index) + 1,
  }
}

/** The field's name in the user's language, or undefined when the dictionary has none. */
export function fieldName(t: TFunction, entity: string, path: string): string | undefined {
  const { key, position } = fieldKey(path)
  if (!key || !entity) return undefined
  const record = FIELD_NAME_ALIASES[entity] ?? entity
  const name = t(`common:fields.${record}.${key}`, { position, defaultValue: '' })
  return name || undefined
}

export interface ProblemTextOptions {
  /** The field's name, for sentences that name it ("Judul forum terlalu panjang: …"). */
  field?: string
  /** The field's label is on screen next to the text: only sentences built around it repeat it. */
  labelled?: boolean
  namespaces?: readonly string[]
}

/** One problem as a sentence, the field named when the reader cannot see its label. */
export function problemText(
  t: TFunction,
  language: string,
  problem: Pick<FieldProblem, 'code' | 'params'>,
  { field, labelled = false, namespaces = [] }: ProblemTextOptions = {},
): string {
  const decoded = decodeMessage(problem.code)
  const key = decoded?.key ?? 'unknown'
  const values = { ...numbers({ ...decoded?.params, ...problem.params }, language), field }
  if (field && t(`common:errors.${key}_named`, { defaultValue: '' })) {
    return t(`common:errors.${key}_named`, values)
  }
  const candidates = [...namespaces.map((ns) => `${ns}:errors.${key}`), `common:errors.${key}`]
  const text = t(candidates, { ...values, defaultValue: t('common:errors.unknown') })
  return field && !labelled ? t('common:errors.named', { field, problem: text }) : text
}

/**
 * A full disk, however Dexie wraps it: the DOMException itself, a transaction's AbortError with it
 * as `inner`, or a bulk write's BulkError listing it among its `failures`.
 */
function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 8) return false
  if (error.name === 'QuotaExceededError') return true
  const { inner, failures } = error as { inner?: unknown; failures?: unknown }
  if (Array.isArray(failures) && failures.some((f) => isQuotaExceeded(f, depth + 1))) return true
  const next = inner ?? error.cause
  return next !== error && isQuotaExceeded(next, depth + 1)
}

function isZodError(
  error: unknown,
): error is { issues: { path: PropertyKey[]; message: string }[] } {
  return error instanceof Error && error.name === 'ZodError' && 'issues' in error
}

function refusalText(
  t: TFunction,
  language: string,
  error: BackupRefusal,
  options: ErrorTextOptions,
): string {
  const { reason, table, index, field, code, version, expected, actual, iterations, chunk } =
    error.refusal
  const count = (n: number | undefined) => formatNumberIn(language, n ?? 0)
  switch (reason) {
    case 'wrong_kind':
      return t(
        options.refusalContext === 'exchange'
          ? 'dataSafety:refusal.wrong_kind_exchange'
          : 'dataSafety:refusal.wrong_kind_restore',
      )
    case 'invalid_record':
      return t('dataSafety:refusal.invalid_record', {
        table: t(`dataSafety:tables.${table}`, { defaultValue: table }),
        row: (index ?? 0) + 1,
        field: field || '—',
        problem: problemText(t, language, { code: code ?? 'unknown' }),
      })
    case 'newer_version':
      return t('dataSafety:refusal.newer_version', { version })
    case 'count_mismatch':
      return t('dataSafety:refusal.count_mismatch', {
        table: t(`dataSafety:tables.${table}`, { defaultValue: table }),
        expected: count(expected),
        actual: count(actual),
      })
    case 'too_many_iterations':
      return t('dataSafety:refusal.too_many_iterations', { iterations: count(iterations) })
    case 'chunk_corrupt':
    case 'chunk_order':
      // People count parts from one; the file counts chunks from zero.
      return t(`dataSafety:refusal.${reason}`, { chunk: count((chunk ?? 0) + 1) })
    default:
      return t(`dataSafety:refusal.${reason}`)
  }
}

/** Any thrown value as text in the current language. */
export function errorText(
  t: TFunction,
  language: string,
  error: unknown,
  options: ErrorTextOptions = {},
): string {
  const problems = (entity: string, list: Pick<FieldProblem, 'path' | 'code' | 'params'>[]) =>
    list
      .map((problem) =>
        problemText(t, language, problem, {
          field: fieldName(t, entity, problem.path),
          labelled: options.labelled,
          namespaces: options.namespaces,
        }),
      )
      .join(' ')
  if (error instanceof ValidationError) return problems(error.entity, error.problems)
  if (isZodError(error)) {
    return problems(
      options.entity ?? '',
      error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        code: issue.message,
      })),
    )
  }
  if (isQuotaExceeded(error)) {
    return t(
      options.refusalContext
        ? `common:errors.storage_full_${options.refusalContext}`
        : 'common:errors.storage_full',
    )
  }
  if (error instanceof ImmutableRecordError) {
    return t(
      options.refusalContext === 'exchange'
        ? 'dataSafety:exchange.immutable'
        : 'common:errors.immutable',
    )
  }
  if (isBackupRefusal(error)) return refusalText(t, language, error, options)
  if (isPackageRefusal(error)) {
    const { code, table, id } = error.problem
    return t(`dataSafety:packageRefusal.${code}`, { table: t(`dataSafety:tables.${table}`), id })
  }
  if (error instanceof PlatformError) {
    return t(`common:errors.platform.${error.code}`, {
      defaultValue: t('common:errors.platform.internal'),
    })
  }
  if (error instanceof DOMException && error.name === 'AbortError') {
    return t('common:errors.cancelled')
  }
  const detail = error instanceof Error ? error.message : String(error)
  return options.refusalContext
    ? t('dataSafety:refusal.unknown', { message: detail })
    : t('common:errors.unexpected', { message: detail })
}

/** The hook form of errorText, bound to the current language. */
export function useErrorText(options: ErrorTextOptions = {}): (error: unknown) => string {
  const { t, i18n } = useTranslation()
  return (error) => errorText(t, i18n.language, error, options)
}
