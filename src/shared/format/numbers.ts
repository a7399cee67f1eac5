const MAX_DECIMALS = 20
// From 1e21 up, toFixed switches to exponent notation, which has no Indonesian digit grouping.
const MAX_ABS = 1e21

function roundHalfAwayFromZero(abs: number, decimals: number): string {
  const plain = String(abs)
  // Shifting through the exponent string avoids the binary error of abs * 10 ** d
  // (1.005 * 100 = 100.49999…), so 1,005 rounds to 1,01 as a person would expect. Tiny values
  // already print in exponent form ("1e-7"), where that trick does not apply.
  const shifted = plain.includes('e')
    ? Math.round(abs * 10 ** decimals)
    : Math.round(Number(`${plain}e${decimals}`))
  return (shifted / 10 ** decimals).toFixed(decimals)
}

/**
 * Indonesian number format: thousands ".", decimals "," ("1.234.567", "83,50").
 * Rounds half away from zero; a value that rounds to zero never shows a minus sign.
 */
export function formatNumber(n: number, decimals = 0): string {
  if (!Number.isFinite(n) || Math.abs(n) >= MAX_ABS) {
    throw new RangeError(`formatNumber: not a finite number below 1e21: ${n}`)
  }
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`formatNumber: decimals must be an integer 0..${MAX_DECIMALS}`)
  }
  const fixed = roundHalfAwayFromZero(Math.abs(n), decimals)
  const [whole = '0', fraction] = fixed.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  const body = fraction === undefined ? grouped : `${grouped},${fraction}`
  const isZero = /^[0.]*$/.test(fixed)
  return n < 0 && !isZero ? `-${body}` : body
}

/** "83,5%": Indonesian style writes the percent sign without a space. */
export function formatPercent(n: number, decimals = 0): string {
  return `${formatNumber(n, decimals)}%`
}

/**
 * A number in the UI's language: Indonesian "10.000,5", English "10,000.5". Any language other than
 * English reads as Indonesian, the app's default.
 */
export function formatNumberIn(language: string, n: number, decimals = 0): string {
  const indonesian = formatNumber(n, decimals)
  if (!language.startsWith('en')) return indonesian
  return indonesian.replace(/[.,]/g, (separator) => (separator === '.' ? ',' : '.'))
}
