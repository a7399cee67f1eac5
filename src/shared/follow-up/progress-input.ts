import type { ActionStatus } from '../domain/enums'
import { isValidIsoDate } from '../format/dates'
import { checkEvidence, type EvidenceKind } from './evidence'

export interface EvidenceFile {
  name: string
  bytes: Uint8Array
}

export interface ProgressInput {
  date: string
  progress: number
  status: ActionStatus
  realisasi: string
  reason: string
  evidence: EvidenceFile[]
}

export interface ProgressProblem {
  /** The form field, e.g. "date" or "evidence.1". */
  path: string
  /** A key of the common `errors` dictionary. */
  code: string
}

export interface CheckedEvidence extends EvidenceFile {
  kind: EvidenceKind
  mime: string
}

export type ProgressCheck =
  | { ok: true; evidence: CheckedEvidence[]; progress: number }
  | { ok: false; problems: ProgressProblem[] }

/**
 * The rules a progress update must meet before anything is written: a real date that is not after
 * today, a whole percentage within 0–100, a realisasi for "Selesai", a reason for "Tidak dapat
 * dilaksanakan", and evidence within the size limit and of an accepted type. "Selesai" means 100%.
 */
export function checkProgressInput(input: ProgressInput, today: string): ProgressCheck {
  const problems: ProgressProblem[] = []
  if (!isValidIsoDate(input.date)) problems.push({ path: 'date', code: 'invalid_date' })
  else if (input.date > today) problems.push({ path: 'date', code: 'date_in_future' })

  if (!Number.isFinite(input.progress)) problems.push({ path: 'progress', code: 'number' })
  else if (!Number.isInteger(input.progress) || input.progress < 0 || input.progress > 100) {
    problems.push({ path: 'progress', code: 'percent_range' })
  }
  if (input.status === 'selesai' && input.realisasi.trim() === '') {
    problems.push({ path: 'realisasi', code: 'realisasi_required' })
  }
  if (input.status === 'tidak_dapat_dilaksanakan' && input.reason.trim() === '') {
    problems.push({ path: 'reason', code: 'reason_required' })
  }
  const evidence: CheckedEvidence[] = []
  input.evidence.forEach((file, index) => {
    const check = checkEvidence(file.bytes)
    if (check.ok) evidence.push({ ...file, kind: check.kind, mime: check.mime })
    else problems.push({ path: `evidence.${index}`, code: check.code })
  })
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, evidence, progress: input.status === 'selesai' ? 100 : input.progress }
}
