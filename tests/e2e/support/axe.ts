import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The success criteria the app promises: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const
export type Impact = (typeof IMPACTS)[number]

export interface ScreenReport {
  screen: string
  counts: Record<Impact, number>
  /** Serious and critical findings, one line each: rule, nodes and the first target. */
  blocking: string[]
}

/** Runs axe on what the page shows now and counts the violations (nodes) by impact. */
export async function checkScreen(page: Page, screen: string): Promise<ScreenReport> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const counts: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 }
  const blocking: string[] = []
  for (const violation of results.violations) {
    const impact = violation.impact ?? 'minor'
    counts[impact] += violation.nodes.length
    if (impact === 'critical' || impact === 'serious') {
      const first = violation.nodes[0]?.target.join(' ') ?? ''
      blocking.push(`${violation.id} (${impact}, ${violation.nodes.length}×) at ${first}`)
    }
  }
  return { screen, counts, blocking }
}

/** "home → critical 0, serious 1, moderate 0, minor 0", one line per screen. */
export function summarise(reports: readonly ScreenReport[]): string {
  return reports
    .map(
      ({ screen, counts }) =>
        `${screen} → ${IMPACTS.map((impact) => `${impact} ${counts[impact]}`).join(', ')}`,
    )
    .join('\n')
}
