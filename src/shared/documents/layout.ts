import type { OrganisationProfile } from '../domain/organisation'

// Page geometry of tata naskah dinas, in twips (1/1440 inch; 1 cm = 567 twips).

export const TWIPS_PER_CM = 567

export const PAPER_TWIPS = {
  A4: { width: 11906, height: 16838 },
  /** F4 / Folio, 215 × 330 mm. */
  F4: { width: 12189, height: 18709 },
} as const

export function cmToTwips(cm: number): number {
  return Math.round(cm * TWIPS_PER_CM)
}

/** The width between the margins: what every table must fill exactly. */
export function textWidthTwips(
  profile: Pick<OrganisationProfile, 'paper' | 'marginsCm'>,
  landscape = false,
): number {
  const { width, height } = PAPER_TWIPS[profile.paper]
  const across = landscape ? height : width
  return across - cmToTwips(profile.marginsCm.left) - cmToTwips(profile.marginsCm.right)
}

/** Share of the font size an average character takes, by kind (Arial; the others are narrower). */
function charEm(char: string): number {
  if (/[ijlI.,:;'!|()[\]/]/.test(char)) return 0.3
  if (/[ftr-]/.test(char)) return 0.36
  if (/[mwMW]/.test(char)) return 0.86
  if (/[A-Z]/.test(char)) return 0.69
  return 0.57
}

/** The width a word takes at `sizePt`, bold a little wider, in twips. */
export function wordTwips(word: string, sizePt: number, bold = false): number {
  const em = [...word].reduce((sum, char) => sum + charEm(char), 0)
  return Math.ceil(em * sizePt * 20 * (bold ? 1.08 : 1))
}

/**
 * Column widths that fill `total` by their weights, except that no column is narrower than its
 * minimum (its longest word): such a column takes its minimum and the others share the rest by
 * weight. When the minimums alone pass the total, they are scaled down together.
 */
export function fitColumns(weights: number[], minimums: number[], total: number): number[] {
  const needed = minimums.reduce((a, b) => a + b, 0)
  if (needed >= total) return columnTwips(minimums, total)
  const fixed = new Set<number>()
  for (;;) {
    const open = weights.map((_, i) => i).filter((i) => !fixed.has(i))
    const free = total - [...fixed].reduce((sum, i) => sum + (minimums[i] ?? 0), 0)
    const shares = columnTwips(
      open.map((i) => weights[i] ?? 0),
      free,
    )
    const widths = minimums.map((min, i) => (fixed.has(i) ? min : 0))
    open.forEach((i, k) => (widths[i] = shares[k] ?? 0))
    const short = open.find((i) => (widths[i] ?? 0) < (minimums[i] ?? 0))
    if (short === undefined) return widths
    fixed.add(short)
  }
}
/** Relative widths → twips summing exactly to `total` (the last column takes the rounding). */
export function columnTwips(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => Math.floor((w / sum) * total))
  const used = widths.reduce((a, b) => a + b, 0)
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + total - used
  return widths
}
