/**
 * How an imported photo is stored. A phone's 12-megapixel photo is 3–8 MB and a forum has dozens:
 * at full size they fill the database and every backup, while a document prints them a few
 * centimetres wide. So an image is stored at most PHOTO_LONG_EDGE pixels on its long edge, as JPEG,
 * upright — unless the user asks to keep the original file.
 */
export const PHOTO_LONG_EDGE = 2048
export const PHOTO_JPEG_QUALITY = 0.85

/** Image kinds the renderer can decode and re-encode; GIF stays as it is (it may be animated). */
export type ImageKind = 'jpeg' | 'png' | 'webp' | 'gif'

export interface ImageFacts {
  kind: ImageKind
  /** Pixels as displayed, after the EXIF orientation is applied. */
  width: number
  height: number
  /** EXIF orientation 1–8; 1 (or absent) is upright as stored. */
  orientation: number
  keepOriginal: boolean
}

export type ImagePlan =
  | { action: 'keep'; reason: 'asked' | 'fits' | 'animated' }
  | { action: 'encode'; width: number; height: number }

/** Scaled so the long edge is at most `longEdge`, never enlarged, never below one pixel. */
export function fitWithin(
  width: number,
  height: number,
  longEdge = PHOTO_LONG_EDGE,
): { width: number; height: number } {
  const scale = Math.min(1, longEdge / Math.max(width, height))
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  }
}

export function planImage(facts: ImageFacts): ImagePlan {
  if (facts.keepOriginal) return { action: 'keep', reason: 'asked' }
  if (facts.kind === 'gif') return { action: 'keep', reason: 'animated' }
  const large = Math.max(facts.width, facts.height) > PHOTO_LONG_EDGE
  // A sideways photo is re-encoded upright even when small: a DOCX shows pixels as stored.
  const rotated = facts.orientation > 1
  if (!large && !rotated) return { action: 'keep', reason: 'fits' }
  return { action: 'encode', ...fitWithin(facts.width, facts.height) }
}

/** The stored name of a re-encoded file: its own name, with the JPEG extension. */
export function jpegName(name: string): string {
  const dot = name.lastIndexOf('.')
  const stem = dot > 0 ? name.slice(0, dot) : name
  return `${stem}.jpg`
}

/**
 * EXIF DateTimeOriginal ("2026:03:09 10:15:42", the camera's own wall clock, without a zone) as
 * the photo's date. Read as written: converting through a Date would shift it by the laptop's zone.
 */
export function exifDateToIso(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const match = /^(\d{4})[:-](\d{2})[:-](\d{2})/.exec(value.trim())
  if (!match) return null
  const [, year, month, day] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  const valid =
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  return valid ? `${match[1]}-${match[2]}-${match[3]}` : null
}
