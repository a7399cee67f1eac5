import type { Issue } from '../domain/live'

type Votable = Pick<Issue, 'id' | 'seq' | 'votes' | 'theme' | 'mergedIntoId'>

/**
 * Merging duplicates: the earliest issue stays, with its own text, and takes the votes of the
 * others (each raised hand is still counted); the others point at it and leave the list.
 */
export function planMerge<T extends Votable>(
  issues: readonly T[],
): { target: T; duplicates: T[] } | null {
  const open = issues.filter((i) => i.mergedIntoId === null)
  if (open.length < 2) return null
  const [target, ...duplicates] = [...open].sort((a, b) => a.seq - b.seq) as [T, ...T[]]
  const votes = open.reduce((sum, issue) => sum + issue.votes, 0)
  return {
    target: {
      ...target,
      votes,
      theme: target.theme || duplicates.find((d) => d.theme)?.theme || '',
    },
    duplicates: duplicates.map((d) => ({ ...d, mergedIntoId: target.id })),
  }
}

/** Most votes first; equal votes keep the order in which they were raised. */
export function sortByVotes<T extends Pick<Issue, 'votes' | 'seq'>>(issues: readonly T[]): T[] {
  return [...issues].sort((a, b) => b.votes - a.votes || a.seq - b.seq)
}

export interface ThemeGroup<T> {
  /** '' for issues without a theme, always listed last. */
  theme: string
  votes: number
  issues: T[]
}

/** Themes with the most votes first, and inside each theme the issues by votes. */
export function groupByTheme<T extends Pick<Issue, 'votes' | 'seq' | 'theme'>>(
  issues: readonly T[],
): ThemeGroup<T>[] {
  const groups = new Map<string, T[]>()
  for (const issue of issues) {
    const key = issue.theme.trim()
    const existing = groups.get(key.toLowerCase())
    if (existing) existing.push(issue)
    else groups.set(key.toLowerCase(), [issue])
  }
  return [...groups.values()]
    .map((members) => ({
      theme: members[0]?.theme.trim() ?? '',
      votes: members.reduce((sum, i) => sum + i.votes, 0),
      issues: sortByVotes(members),
    }))
    .sort((a, b) => {
      if ((a.theme === '') !== (b.theme === '')) return a.theme === '' ? 1 : -1
      return b.votes - a.votes || a.theme.localeCompare(b.theme, 'id')
    })
}

/** The next running number within a forum. */
export function nextIssueSeq(lastSeq: number | undefined): number {
  return (lastSeq ?? 0) + 1
}
