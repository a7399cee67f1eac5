const UNITS = [
  '',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
] as const

// Scales above ribu, largest first. Only ribu has the "se-" form (seribu); juta and miliar keep
// "satu" (satu juta, satu miliar), as in official documents.
const SCALES = [
  { value: 1_000_000_000, word: 'miliar' },
  { value: 1_000_000, word: 'juta' },
] as const

export const TERBILANG_MAX = 999_999_999_999

function below1000(n: number): string {
  if (n < 12) return UNITS[n] ?? ''
  if (n < 20) return `${UNITS[n - 10]} belas`
  if (n < 100) {
    const rest = n % 10
    const tens = `${UNITS[Math.floor(n / 10)]} puluh`
    return rest === 0 ? tens : `${tens} ${UNITS[rest]}`
  }
  const hundreds = Math.floor(n / 100)
  const rest = n % 100
  const head = hundreds === 1 ? 'seratus' : `${UNITS[hundreds]} ratus`
  return rest === 0 ? head : `${head} ${below1000(rest)}`
}

function below1000000(n: number): string {
  const thousands = Math.floor(n / 1000)
  const rest = n % 1000
  const parts: string[] = []
  // "seribu" only when the whole thousands group is 1: 101_000 is "seratus satu ribu".
  if (thousands === 1) parts.push('seribu')
  else if (thousands > 1) parts.push(`${below1000(thousands)} ribu`)
  if (rest > 0) parts.push(below1000(rest))
  return parts.join(' ')
}

/** Indonesian number words ("dua ribu dua puluh enam") for integers 0..999.999.999.999. */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > TERBILANG_MAX) {
    throw new RangeError(`terbilang: expected an integer 0..${TERBILANG_MAX}, got ${n}`)
  }
  if (n === 0) return 'nol'
  const parts: string[] = []
  let rest = n
  for (const scale of SCALES) {
    const count = Math.floor(rest / scale.value)
    if (count > 0) parts.push(`${below1000(count)} ${scale.word}`)
    rest %= scale.value
  }
  if (rest > 0) parts.push(below1000000(rest))
  return parts.join(' ')
}

function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

/** "3 (tiga)", "1.250 (seribu dua ratus lima puluh)": the form official letters use for counts. */
export function countWithWords(n: number): string {
  return `${groupDigits(n)} (${terbilang(n)})`
}
