import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contrast } from './contrast'

// The colour tokens as the stylesheet declares them: a change of colour that drops below a WCAG
// floor fails here, before anyone has to look at the screen.
const css = readFileSync(
  resolve(import.meta.dirname, '../../../src/renderer/src/ui/styles.css'),
  'utf8',
)
const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? ''
const tokens = new Map(
  [...root.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1]!, m[2]!]),
)

function token(name: string): string {
  const value = tokens.get(name)
  if (!value) throw new Error(`${name} is not a six-digit colour in :root`)
  return value
}

describe('accessibility colour tokens', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })

  it('the focus ring on the teal header is at least 3:1 against it', () => {
    expect(contrast(token('--focus-on-brand'), token('--brand'))).toBeGreaterThanOrEqual(3)
  })

  it('input and signature-pad borders are at least 3:1 against white', () => {
    expect(contrast(token('--field-border'), '#ffffff')).toBeGreaterThanOrEqual(3)
    expect(contrast(token('--field-border'), token('--surface'))).toBeGreaterThanOrEqual(3)
  })

  it('the active navigation item text is at least 4.5:1 against its background', () => {
    expect(contrast(token('--nav-active-ink'), token('--nav-active-bg'))).toBeGreaterThanOrEqual(
      4.5,
    )
  })

  it('the stylesheet uses the tokens where the floors apply', () => {
    expect(css).toMatch(
      /\.frame__header :focus-visible\s*\{\s*outline-color: var\(--focus-on-brand\)/,
    )
    expect(css).toMatch(/\.frame__nav a\.active\s*\{[^}]*background: var\(--nav-active-bg\)/)
    expect(css).toMatch(
      /input,\s*select,\s*textarea\s*\{[^}]*border: 1px solid var\(--field-border\)/,
    )
    const pad = readFileSync(
      resolve(import.meta.dirname, '../../../src/renderer/src/ui/SignaturePad.tsx'),
      'utf8',
    )
    expect(pad).toContain("border: '1px dashed var(--field-border)'")
  })
})
