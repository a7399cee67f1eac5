import type { Page } from '@playwright/test'

/**
 * JPEGs for photo imports, made in the test: Chromium's own encoder draws the pixels, and the EXIF
 * segment a camera would add is written here byte by byte, so no image tool is needed in CI.
 */

/** A JPEG of `width` × `height` drawn by the page: left half red, right half blue, a gradient band. */
export async function drawnJpeg(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w!, h!)
      const context = canvas.getContext('2d')!
      context.fillStyle = '#ff0000'
      context.fillRect(0, 0, w! / 2, h!)
      context.fillStyle = '#0000ff'
      context.fillRect(w! / 2, 0, w! / 2, h!)
      const band = context.createLinearGradient(0, 0, w!, 0)
      band.addColorStop(0, '#ffee00')
      band.addColorStop(1, '#00aa44')
      context.fillStyle = band
      context.fillRect(0, (h! * 7) / 8, w!, h! / 8)
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })
      const bytes = new Uint8Array(await blob.arrayBuffer())
      let binary = ''
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      }
      return btoa(binary)
    },
    [width, height],
  )
  return Buffer.from(base64, 'base64')
}

/**
 * The JPEG with an EXIF APP1 segment after its start marker: IFD0 holds Orientation and the
 * pointer to the Exif IFD, which holds DateTimeOriginal ("YYYY:MM:DD HH:MM:SS"). Big-endian TIFF.
 */
export function withExif(
  jpeg: Buffer,
  { orientation, dateTimeOriginal }: { orientation: number; dateTimeOriginal: string },
): Buffer {
  const date = Buffer.from(`${dateTimeOriginal}\0`, 'ascii')
  const tiff = Buffer.alloc(8 + 30 + 18 + date.length)
  tiff.write('MM', 0, 'ascii')
  tiff.writeUInt16BE(42, 2)
  tiff.writeUInt32BE(8, 4)
  // IFD0 at 8: two entries, then no next IFD.
  tiff.writeUInt16BE(2, 8)
  tiff.writeUInt16BE(0x0112, 10)
  tiff.writeUInt16BE(3, 12)
  tiff.writeUInt32BE(1, 14)
  tiff.writeUInt16BE(orientation, 18)
  tiff.writeUInt16BE(0x8769, 22)
  tiff.writeUInt16BE(4, 24)
  tiff.writeUInt32BE(1, 26)
  tiff.writeUInt32BE(38, 30)
  tiff.writeUInt32BE(0, 34)
  // Exif IFD at 38: one entry, its text at 56.
  tiff.writeUInt16BE(1, 38)
  tiff.writeUInt16BE(0x9003, 40)
  tiff.writeUInt16BE(2, 42)
  tiff.writeUInt32BE(date.length, 44)
  tiff.writeUInt32BE(56, 48)
  tiff.writeUInt32BE(0, 52)
  date.copy(tiff, 56)
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'ascii'), tiff])
  const header = Buffer.alloc(4)
  header.writeUInt16BE(0xffe1, 0)
  header.writeUInt16BE(body.length + 2, 2)
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)])
}

/** The pixel size as stored in the frame header (SOFn), before any EXIF orientation is applied. */
export function storedJpegSize(jpeg: Buffer): { width: number; height: number } {
  if (jpeg.readUInt16BE(0) !== 0xffd8) throw new Error('not a JPEG')
  let at = 2
  while (at + 9 < jpeg.length) {
    const marker = jpeg.readUInt16BE(at)
    const sof = marker >= 0xffc0 && marker <= 0xffcf && ![0xffc4, 0xffc8, 0xffcc].includes(marker)
    if (sof) return { height: jpeg.readUInt16BE(at + 5), width: jpeg.readUInt16BE(at + 7) }
    at += 2 + jpeg.readUInt16BE(at + 2)
  }
  throw new Error('no frame header')
}

/** The bytes behind a data: URL. */
export function dataUrlBytes(url: string): { mime: string; bytes: Buffer } {
  const match = /^data:([^;,]+);base64,(.*)$/.exec(url)
  if (!match) throw new Error('not a base64 data URL')
  return { mime: match[1]!, bytes: Buffer.from(match[2]!, 'base64') }
}
