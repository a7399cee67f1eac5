import { UNSUR_MASYARAKAT, type ForumKind, type Unsur } from '../domain/enums'

export type UnsurMasyarakat = (typeof UNSUR_MASYARAKAT)[number]

export function isUnsurMasyarakat(unsur: Unsur): unsur is UnsurMasyarakat {
  return (UNSUR_MASYARAKAT as readonly string[]).includes(unsur)
}

/** The distinct unsur masyarakat present; the organising unit's own staff never count. */
export function distinctUnsurMasyarakat(unsurs: Iterable<Unsur>): UnsurMasyarakat[] {
  const present = new Set<UnsurMasyarakat>()
  for (const unsur of unsurs) if (isUnsurMasyarakat(unsur)) present.add(unsur)
  return UNSUR_MASYARAKAT.filter((u) => present.has(u))
}

/**
 * PEKPPP indicator "Proses penyusunan dan perubahan SP telah melibatkan unsur masyarakat":
 * 0 for none, 1–4 for at least that many unsur, 5 for more than four.
 */
export function pekpppUnsurScore(distinctCount: number): 0 | 1 | 2 | 3 | 4 | 5 {
  if (!Number.isInteger(distinctCount) || distinctCount < 0) {
    throw new RangeError(`distinct unsur count must be a whole number ≥ 0, got ${distinctCount}`)
  }
  return Math.min(distinctCount, 5) as 0 | 1 | 2 | 3 | 4 | 5
}

/** Below four unsur the evaluation score suffers: the recap and pre-flight warn. */
export const UNSUR_WARNING_BELOW = 4

/**
 * The kinds of forum the PEKPPP evaluation counts as involving the public in the service standard
 * (FKP, PermenPANRB 16/2017, and the public hearing). A workshop or a sosialisasi is not scored.
 */
export const PEKPPP_FORUM_KINDS: readonly ForumKind[] = ['fkp', 'public_hearing']

export function pekpppScoresForum(kind: ForumKind): boolean {
  return PEKPPP_FORUM_KINDS.includes(kind)
}

/** The one rule behind the recap's and the pre-flight's "too few unsur" warning. */
export function unsurWarningApplies(kind: ForumKind, distinctCount: number): boolean {
  return pekpppScoresForum(kind) && distinctCount < UNSUR_WARNING_BELOW
}
