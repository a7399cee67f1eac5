const ROMAN_NUMERALS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]

/**
 * Roman numerals for 1..3999: the month of a nomor surat ("III" for Maret), a lampiran
 * ("LAMPIRAN II") and a period ("Triwulan IV 2026").
 */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new RangeError(`toRoman: expected an integer 1..3999, got ${n}`)
  }
  let rest = n
  let out = ''
  for (const [value, numeral] of ROMAN_NUMERALS) {
    while (rest >= value) {
      out += numeral
      rest -= value
    }
  }
  return out
}
