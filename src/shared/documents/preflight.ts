import type { DocumentKind } from '../domain/enums'
import { validateNip } from '../format/nip'
import { formatNomor, missingNomorParts, validateNomorPattern } from '../format/nomor'
import { countByUnsur, signingDay, type DocumentContext } from './context'
import { UNSUR_MASYARAKAT } from '../domain/enums'
import { unsurWarningApplies } from '../rules/unsur-score'

// Checks before a document is generated, each naming what to fix and where. None blocks
// generating a draft; the screen lists them so the secretariat fixes them before finalising.

export type PreflightFix = 'participants' | 'signatories' | 'actions' | 'photos' | 'settings'

export interface PreflightProblem {
  /** Key under `documents:preflight.*`. */
  code:
    | 'unsur_below_four'
    | 'signatory_missing'
    | 'signature_missing'
    | 'nip_invalid'
    | 'action_no_responsible'
    | 'action_no_deadline'
    | 'photo_undated'
    | 'no_agreements'
    | 'nomor_kode_missing'
    | 'nomor_unit_missing'
  params: Record<string, string | number>
  fix: PreflightFix
  /** The record to open, when there is one. */
  targetId?: string
}

const REQUIRED_ROLES: Partial<Record<DocumentKind, string[]>> = {
  berita_acara: ['penyelenggara', 'perwakilan_peserta'],
  nota_kesepakatan: ['penyelenggara', 'perwakilan_peserta'],
  notulen: ['pimpinan_rapat', 'notulis'],
}

/** Documents that carry a nomor surat. */
const NUMBERED: readonly DocumentKind[] = [
  'berita_acara',
  'nota_kesepakatan',
  'laporan',
  'undangan',
]

/** A nomor pattern whose classification or unit code is empty in the profile. */
function nomorProblems(ctx: DocumentContext, kind: DocumentKind): PreflightProblem[] {
  const { nomorPattern, classificationCode, unitCode, nomorCounter } = ctx.organisation
  if (!NUMBERED.includes(kind) || !validateNomorPattern(nomorPattern).ok) return []
  const values = { kode: classificationCode, unit: unitCode }
  const missing = missingNomorParts(nomorPattern, values)
  if (missing.length === 0) return []
  const isoDate = signingDay(ctx.forum).date
  const urut = Number(isoDate.slice(0, 4)) === nomorCounter.year ? nomorCounter.last + 1 : 1
  const example = formatNomor(nomorPattern, { ...values, urut, isoDate })
  return missing.map((part) => ({
    code: part === 'kode' ? 'nomor_kode_missing' : 'nomor_unit_missing',
    params: { example },
    fix: 'settings',
  }))
}

export function preflight(ctx: DocumentContext, kind: DocumentKind): PreflightProblem[] {
  const problems: PreflightProblem[] = [...nomorProblems(ctx, kind)]
  const counts = countByUnsur(ctx)
  const unsur = UNSUR_MASYARAKAT.filter((u) => counts.has(u)).length
  if (unsurWarningApplies(ctx.forum.kind, unsur)) {
    problems.push({ code: 'unsur_below_four', params: { count: unsur }, fix: 'participants' })
  }
  if (
    ['berita_acara', 'nota_kesepakatan', 'laporan', 'notulen', 'rtl'].includes(kind) &&
    ctx.agreements.length === 0
  ) {
    problems.push({ code: 'no_agreements', params: {}, fix: 'actions' })
  }
  const hasPihak =
    kind === 'nota_kesepakatan' &&
    ctx.signatories.some((s) => s.role === 'pihak_pertama') &&
    ctx.signatories.some((s) => s.role === 'pihak_kedua')
  for (const role of hasPihak ? [] : (REQUIRED_ROLES[kind] ?? [])) {
    if (!ctx.signatories.some((s) => s.role === role)) {
      problems.push({ code: 'signatory_missing', params: { role }, fix: 'signatories' })
    }
  }
  for (const s of [...ctx.signatories].sort((a, b) => a.order - b.order)) {
    if (!s.wet && !s.signaturePng) {
      problems.push({
        code: 'signature_missing',
        params: { name: s.name },
        fix: 'signatories',
        targetId: s.id,
      })
    }
    if (s.nip && !validateNip(s.nip).ok) {
      problems.push({
        code: 'nip_invalid',
        params: { name: s.name },
        fix: 'signatories',
        targetId: s.id,
      })
    }
  }
  const head = ctx.organisation.head
  if (head.nip && !validateNip(head.nip).ok) {
    problems.push({ code: 'nip_invalid', params: { name: head.name }, fix: 'settings' })
  }
  for (const item of [...ctx.actionItems].sort((a, b) => a.order - b.order)) {
    const params = { number: item.order, plan: item.plan }
    if (!item.responsibleUnit.trim()) {
      problems.push({ code: 'action_no_responsible', params, fix: 'actions', targetId: item.id })
    }
    if (!item.deadline && !item.deadlineLabel.trim()) {
      problems.push({ code: 'action_no_deadline', params, fix: 'actions', targetId: item.id })
    }
  }
  for (const photo of ctx.photos) {
    if (!photo.takenOn) {
      problems.push({
        code: 'photo_undated',
        params: { name: photo.name },
        fix: 'photos',
        targetId: photo.id,
      })
    }
  }
  return problems
}
