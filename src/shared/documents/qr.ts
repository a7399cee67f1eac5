import QRCode from 'qrcode'
import { createRaster, encodePng, setPixel } from './png'

const BLACK = [0, 0, 0, 255]

/**
 * A QR code as PNG bytes, drawn from the qrcode package's module matrix so that the same code
 * runs in the browser and in Node (its own PNG output needs a canvas or Node streams).
 */
export function qrPng(text: string, scale = 4, quiet = 2): Uint8Array {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const size = (modules.size + quiet * 2) * scale
  const raster = createRaster(size, size, [255, 255, 255, 255])
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          setPixel(raster, (col + quiet) * scale + dx, (row + quiet) * scale + dy, BLACK)
        }
      }
    }
  }
  return encodePng(raster)
}
