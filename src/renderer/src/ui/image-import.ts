import exifr from 'exifr'
import {
  exifDateToIso,
  jpegName,
  planImage,
  PHOTO_JPEG_QUALITY,
  type ImageKind,
} from '@shared/images/sizing'

export interface PreparedImage {
  name: string
  mime: string
  bytes: Uint8Array<ArrayBuffer>
  /** The camera's date (EXIF DateTimeOriginal) to prefill the photo's date, when it has one. */
  takenOn: string | null
}

const MIME: Record<ImageKind, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
}

interface ExifFacts {
  orientation: number
  takenOn: string | null
}

async function readExif(bytes: Uint8Array): Promise<ExifFacts> {
  try {
    // Raw values: the date stays the camera's own text, the orientation its number.
    const tags = (await exifr.parse(bytes, {
      pick: ['Orientation', 'DateTimeOriginal'],
      reviveValues: false,
      translateValues: false,
    })) as { Orientation?: unknown; DateTimeOriginal?: unknown } | undefined
    const orientation = Number(tags?.Orientation)
    return {
      orientation:
        Number.isInteger(orientation) && orientation >= 1 && orientation <= 8 ? orientation : 1,
      takenOn: exifDateToIso(tags?.DateTimeOriginal),
    }
  } catch {
    // A file without EXIF (most PNGs, screenshots) is upright and undated.
    return { orientation: 1, takenOn: null }
  }
}

async function encodeJpeg(bitmap: ImageBitmap, width: number, height: number): Promise<Blob> {
  const offscreen = typeof OffscreenCanvas !== 'undefined'
  const canvas = offscreen ? new OffscreenCanvas(width, height) : document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d') as
    CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null
  if (!context) throw new Error('canvas_2d_unavailable')
  // JPEG has no transparency: a PNG's clear pixels become paper white, not black.
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  context.imageSmoothingQuality = 'high'
  context.drawImage(bitmap, 0, 0, width, height)
  if (canvas instanceof HTMLCanvasElement) {
    return new Promise((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('jpeg_encode_failed'))),
        'image/jpeg',
        PHOTO_JPEG_QUALITY,
      ),
    )
  }
  return canvas.convertToBlob({ type: 'image/jpeg', quality: PHOTO_JPEG_QUALITY })
}

/**
 * An image as it will be stored (see planImage): at most 2048 px on its long edge, JPEG, upright
 * as its EXIF orientation says; or the original bytes when it already fits or the user keeps it.
 */
export async function prepareImage(
  file: { name: string; bytes: Uint8Array },
  kind: ImageKind,
  keepOriginal: boolean,
): Promise<PreparedImage> {
  const exif = await readExif(file.bytes)
  const original: PreparedImage = {
    name: file.name,
    mime: MIME[kind],
    bytes: new Uint8Array(file.bytes),
    takenOn: exif.takenOn,
  }
  if (keepOriginal || kind === 'gif') return original
  const bitmap = await createImageBitmap(new Blob([original.bytes], { type: original.mime }), {
    imageOrientation: 'from-image',
  })
  try {
    const plan = planImage({
      kind,
      width: bitmap.width,
      height: bitmap.height,
      orientation: exif.orientation,
      keepOriginal,
    })
    if (plan.action === 'keep') return original
    const blob = await encodeJpeg(bitmap, plan.width, plan.height)
    return {
      name: jpegName(file.name),
      mime: 'image/jpeg',
      bytes: new Uint8Array(await blob.arrayBuffer()),
      takenOn: exif.takenOn,
    }
  } finally {
    bitmap.close()
  }
}
