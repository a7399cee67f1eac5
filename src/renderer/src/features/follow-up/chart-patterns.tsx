import type { DerivedActionStatus } from '@shared/domain'

/** The marks drawn over a bar's colour, so that bars differ without colour. */
export type PatternKind = 'solid' | 'dots' | 'diagonal' | 'crosshatch' | 'horizontal'

export interface BarLook {
  colour: string
  pattern: PatternKind
}

/**
 * Each status has its own pattern as well as its colour: red (terlambat) and green (selesai) look
 * alike to many colour-blind readers and on a black-and-white printout.
 */
export const STATUS_LOOKS: Record<DerivedActionStatus, BarLook> = {
  belum_dimulai: { colour: '#667085', pattern: 'dots' },
  dalam_proses: { colour: '#1a4fb4', pattern: 'diagonal' },
  terlambat: { colour: '#b42318', pattern: 'crosshatch' },
  selesai: { colour: '#1f7a3a', pattern: 'solid' },
  tidak_dapat_dilaksanakan: { colour: '#8a5a00', pattern: 'horizontal' },
}

const SIZE = 8
const MARKS: Record<Exclude<PatternKind, 'solid'>, string> = {
  dots: 'M2 2h2v2h-2z M6 6h2v2h-2z',
  diagonal: 'M-2 2l4-4 M0 8l8-8 M6 10l4-4',
  crosshatch: 'M0 0l8 8 M8 0l-8 8',
  horizontal: 'M0 2h8 M0 6h8',
}

/** The fill a bar takes: its pattern's reference, or the plain colour for a solid one. */
export function barFill(idPrefix: string, key: string, look: BarLook): string {
  return look.pattern === 'solid' ? look.colour : `url(#${patternId(idPrefix, key)})`
}

export function patternId(idPrefix: string, key: string): string {
  return `${idPrefix}-${key}`
}

/** One <pattern> per look that is not solid: its colour, with white marks over it. */
export function PatternDefs({
  idPrefix,
  looks,
}: {
  idPrefix: string
  looks: Readonly<Record<string, BarLook>>
}) {
  return (
    <defs>
      {Object.entries(looks).map(([key, look]) =>
        look.pattern === 'solid' ? null : (
          <pattern
            key={key}
            id={patternId(idPrefix, key)}
            data-pattern={look.pattern}
            width={SIZE}
            height={SIZE}
            patternUnits="userSpaceOnUse"
          >
            <rect width={SIZE} height={SIZE} fill={look.colour} />
            <path
              d={MARKS[look.pattern]}
              stroke="#ffffff"
              strokeWidth={look.pattern === 'dots' ? 0 : 1.5}
              fill="#ffffff"
            />
          </pattern>
        ),
      )}
    </defs>
  )
}
