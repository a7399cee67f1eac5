import type { Gender } from '../domain/common'
import type { ForumKind, Unsur } from '../domain/enums'
import { UNSUR_MASYARAKAT } from '../domain/enums'
import { collapseSpaces, normalizeText } from '../format/names'
import {
  distinctUnsurMasyarakat,
  pekpppScoresForum,
  pekpppUnsurScore,
  unsurWarningApplies,
  type UnsurMasyarakat,
} from '../rules/unsur-score'

export interface RecapEntry {
  unsur: Unsur
  gender: Gender
  disability: boolean
  institution: string
}

export interface Recap {
  /** Everyone present, staff included: the length of the daftar hadir. */
  total: number
  /** Everyone but the organising unit's staff; the counts below are over these. */
  masyarakat: number
  penyelenggara: number
  byUnsur: Record<UnsurMasyarakat, number>
  byGender: Record<Gender, number>
  disability: number
  /** Largest first; institutions written differently only in case or spaces count together. */
  byInstitution: { institution: string; count: number }[]
  distinctUnsur: UnsurMasyarakat[]
  score: 0 | 1 | 2 | 3 | 4 | 5
  /** The forum's kind is one PEKPPP scores: the score is shown. */
  scored: boolean
  /** A scored forum with fewer than four distinct unsur: the PEKPPP indicator loses points. */
  warning: boolean
}

export function computeRecap(entries: Iterable<RecapEntry>, kind: ForumKind): Recap {
  const byUnsur = Object.fromEntries(UNSUR_MASYARAKAT.map((u) => [u, 0])) as Record<
    UnsurMasyarakat,
    number
  >
  const byGender: Record<Gender, number> = { L: 0, P: 0 }
  const institutions = new Map<string, { institution: string; count: number }>()
  const unsurs: Unsur[] = []
  let total = 0
  let penyelenggara = 0
  let disability = 0
  for (const entry of entries) {
    total += 1
    if (entry.unsur === 'penyelenggara') {
      penyelenggara += 1
      continue
    }
    unsurs.push(entry.unsur)
    byUnsur[entry.unsur] += 1
    byGender[entry.gender] += 1
    if (entry.disability) disability += 1
    const label = collapseSpaces(entry.institution)
    const key = normalizeText(label)
    if (key) {
      const known = institutions.get(key)
      if (known) known.count += 1
      else institutions.set(key, { institution: label, count: 1 })
    }
  }
  const distinctUnsur = distinctUnsurMasyarakat(unsurs)
  return {
    total,
    masyarakat: total - penyelenggara,
    penyelenggara,
    byUnsur,
    byGender,
    disability,
    byInstitution: [...institutions.values()].sort(
      (a, b) => b.count - a.count || a.institution.localeCompare(b.institution, 'id'),
    ),
    distinctUnsur,
    score: pekpppUnsurScore(distinctUnsur.length),
    scored: pekpppScoresForum(kind),
    warning: unsurWarningApplies(kind, distinctUnsur.length),
  }
}
