/** "09.05": a recorded instant on this laptop's wall clock, as the notulen writes times. */
export function clockTime(iso: string): string {
  const date = new Date(iso)
  const hh = String(date.getHours()).padStart(2, '0')
  const mm = String(date.getMinutes()).padStart(2, '0')
  return `${hh}.${mm}`
}
