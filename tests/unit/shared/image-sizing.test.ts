import { describe, expect, it } from 'vitest'
import {
  exifDateToIso,
  fitWithin,
  jpegName,
  PHOTO_LONG_EDGE,
  planImage,
  type ImageFacts,
} from '../../../src/shared/images/sizing'

const photo = (facts: Partial<ImageFacts>): ImageFacts => ({
  kind: 'jpeg',
  width: 4000,
  height: 3000,
  orientation: 1,
  keepOriginal: false,
  ...facts,
})

describe('photo sizing', () => {
  it('brings a 12-megapixel photo to a 2048-pixel long edge, keeping its shape', () => {
    expect(planImage(photo({}))).toEqual({ action: 'encode', width: 2048, height: 1536 })
    expect(planImage(photo({ width: 3000, height: 4000 }))).toEqual({
      action: 'encode',
      width: 1536,
      height: 2048,
    })
  })

  it('keeps an upright image that already fits, byte for byte', () => {
    expect(planImage(photo({ width: PHOTO_LONG_EDGE, height: 1000 }))).toEqual({
      action: 'keep',
      reason: 'fits',
    })
    expect(planImage(photo({ kind: 'png', width: 800, height: 600 }))).toEqual({
      action: 'keep',
      reason: 'fits',
    })
  })

  it('re-encodes a small sideways photo upright at its own size', () => {
    expect(planImage(photo({ width: 600, height: 800, orientation: 6 }))).toEqual({
      action: 'encode',
      width: 600,
      height: 800,
    })
  })

  it('keeps the original when asked, and a GIF that may be animated', () => {
    expect(planImage(photo({ keepOriginal: true, orientation: 6 }))).toEqual({
      action: 'keep',
      reason: 'asked',
    })
    expect(planImage(photo({ kind: 'gif' }))).toEqual({ action: 'keep', reason: 'animated' })
  })

  it('never enlarges and never rounds a thin strip to nothing', () => {
    expect(fitWithin(100, 50)).toEqual({ width: 100, height: 50 })
    expect(fitWithin(20000, 3)).toEqual({ width: 2048, height: 1 })
  })

  it('names a re-encoded file as JPEG', () => {
    expect(jpegName('pembukaan.png')).toBe('pembukaan.jpg')
    expect(jpegName('IMG_0001.JPEG')).toBe('IMG_0001.jpg')
    expect(jpegName('tanpa-ekstensi')).toBe('tanpa-ekstensi.jpg')
  })
})

describe('EXIF date', () => {
  it('reads DateTimeOriginal as the camera wrote it, without a zone shift', () => {
    expect(exifDateToIso('2026:03:09 23:59:59')).toBe('2026-03-09')
    expect(exifDateToIso('2026-03-09T07:00:00')).toBe('2026-03-09')
  })

  it('ignores a missing, blank or impossible date', () => {
    expect(exifDateToIso(undefined)).toBeNull()
    expect(exifDateToIso('0000:00:00 00:00:00')).toBeNull()
    expect(exifDateToIso('2026:02:30 10:00:00')).toBeNull()
    expect(exifDateToIso(new Date())).toBeNull()
  })
})
