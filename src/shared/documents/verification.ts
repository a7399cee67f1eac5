import { inspectDocx } from './docx-inspect'

// What finalising prints and stores: SHA-256 of the canonical text, and a short code derived from
// it that a person can type (Crockford base32, no I, L, O or U to misread).

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** "MFK-7Q2D-K9XA": 40 bits of the hash, enough to tell a forum's documents apart for a lifetime. */
export function verificationCode(hashHex: string): string {
  let bits = ''
  for (const ch of hashHex.slice(0, 10)) bits += parseInt(ch, 16).toString(2).padStart(4, '0')
  let code = ''
  for (let i = 0; i < 40; i += 5) code += CROCKFORD[parseInt(bits.slice(i, i + 5), 2)]
  return `MFK-${code.slice(0, 4)}-${code.slice(4)}`
}

/** A code as typed: case, spaces, dashes and look-alike letters forgiven. */
export function normaliseCode(input: string): string {
  const plain = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/^MFK/, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
  return plain.length === 8
    ? `MFK-${plain.slice(0, 4)}-${plain.slice(4)}`
    : input.trim().toUpperCase()
}

export interface DocxReading {
  canonical: string
  hash: string
  /** The code printed in the file's footer, if any. */
  printedCode: string | null
}

/** The text, its hash and the printed code of a file, read within the reader's limits. */
export async function readForVerification(bytes: Uint8Array): Promise<DocxReading> {
  const { canonical, hash, printedCode } = await inspectDocx(bytes)
  return { canonical, hash, printedCode }
}

export interface LineDifference {
  kind: 'removed' | 'added'
  line: string
}

/** The lines that differ between the finalised text and a file's text (LCS on lines). */
export function diffLines(expected: string, actual: string, limit = 20): LineDifference[] {
  let a = expected.split('\n')
  let b = actual.split('\n')
  // A changed document usually differs in a few lines: the common head and tail are dropped
  // first, so the table below stays small even for a daftar hadir of hundreds of rows.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++
  }
  a = a.slice(head, a.length - tail)
  b = b.slice(head, b.length - tail)
  const n = a.length
  const m = b.length
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    }
  }
  const out: LineDifference[] = []
  let i = 0
  let j = 0
  while ((i < n || j < m) && out.length < limit) {
    if (i < n && j < m && a[i] === b[j]) {
      i++
      j++
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      out.push({ kind: 'removed', line: a[i]! })
      i++
    } else {
      out.push({ kind: 'added', line: b[j]! })
      j++
    }
  }
  return out
}
