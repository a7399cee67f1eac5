import { inspectHere } from './inspect-file'

// Reads a user's DOCX off the UI thread: inflating and scanning a hostile file must not freeze
// the page, whatever it costs within the reader's limits.
const scope = self as unknown as Worker

scope.onmessage = async (event: MessageEvent<Uint8Array>) => {
  scope.postMessage(await inspectHere(event.data))
}
