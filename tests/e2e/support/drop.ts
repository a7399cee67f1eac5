import type { Locator } from '@playwright/test'

export interface DroppedFile {
  name: string
  mimeType: string
  buffer: Buffer
}

/**
 * Drops files from the desktop on a target, as a file manager does: a real DataTransfer with
 * File objects, carried by dragenter, dragover and drop.
 */
export async function dropFiles(target: Locator, files: DroppedFile[]) {
  const dataTransfer = await target.page().evaluateHandle(
    (list) => {
      const transfer = new DataTransfer()
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0))
        transfer.items.add(new File([bytes], file.name, { type: file.mimeType }))
      }
      return transfer
    },
    files.map((file) => ({
      name: file.name,
      mimeType: file.mimeType,
      base64: file.buffer.toString('base64'),
    })),
  )
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await target.dispatchEvent(type, { dataTransfer })
  }
  await dataTransfer.dispose()
}
