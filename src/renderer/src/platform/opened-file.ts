/**
 * A file the desktop handed over (double-click on a `.mufakat`, a second launch), on its way to
 * the screen that previews it. Handed on, never acted on: restoring or importing needs the user's
 * yes on that screen.
 */
export interface OpenedFile {
  name: string
  bytes: Uint8Array
}

let pending: OpenedFile | null = null
let receiver: ((file: OpenedFile) => void) | null = null

/** Goes to the screen listening now, or waits for the next one that listens. */
export function offerOpenedFile(file: OpenedFile): void {
  if (receiver) receiver(file)
  else pending = file
}

/** The previewing screen listens while mounted; a file that waited is delivered at once. */
export function receiveOpenedFiles(listener: (file: OpenedFile) => void): () => void {
  receiver = listener
  const waiting = pending
  pending = null
  if (waiting) listener(waiting)
  return () => {
    if (receiver === listener) receiver = null
  }
}
