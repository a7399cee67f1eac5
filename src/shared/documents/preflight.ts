import type { DocumentKind } from '../domain/enums'
import { validateNip } from '../format/nip'
import { countByUnsur, type DocumentContext } from './context'
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
    | 'action_incomplete'
    | 'photo_undated'
    | 'no_agreements'
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

export function preflight(ctx: DocumentContext, kind: DocumentKind): PreflightProblem[] {
  const problems: PreflightProblem[] = []
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
    if (!item.responsibleUnit.trim() || (!item.deadline && !item.deadlineLabel.trim())) {
      problems.push({
        code: 'action_incomplete',
        params: { number: item.order, plan: item.plan },
        fix: 'actions',
        targetId: item.id,
      })
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
