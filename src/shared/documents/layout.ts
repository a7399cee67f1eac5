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
export function textWidthTwips(profile: Pick<OrganisationProfile, 'paper' | 'marginsCm'>): number {
  const { width } = PAPER_TWIPS[profile.paper]
  return width - cmToTwips(profile.marginsCm.left) - cmToTwips(profile.marginsCm.right)
}

/** Relative widths → twips summing exactly to `total` (the last column takes the rounding). */
export function columnTwips(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => Math.floor((w / sum) * total))
  const used = widths.reduce((a, b) => a + b, 0)
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + total - used
  return widths
}
