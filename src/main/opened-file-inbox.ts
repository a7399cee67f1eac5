import path from 'node:path'
import { ERROR_CODES, MAX_FILE_BYTES, type TakeOpenedFileResponse } from '@shared/ipc/contract'
import { HandlerError } from './ipc/handler-error'

/** The file system calls the inbox needs; tests pass fakes. */
export interface InboxFs {
  stat(filePath: string): Promise<{ size: number }>
  readFile(filePath: string): Promise<Uint8Array<ArrayBuffer>>
}

export interface OpenedFileInbox {
  /** A file arrived from the desktop: kept until the page takes it, and the page is told. */
  receive(filePath: string): void
  /** The page takes the waiting file (once); null when none waits. */
  take(): Promise<TakeOpenedFileResponse>
  readonly waiting: string | null
}

/**
 * Holds the one file the desktop handed over until the page asks for it, so a file that arrives
 * before the page has loaded (a double-click starts the app) is not lost. Nothing is restored or
 * merged here: the page shows a preview and the user confirms.
 */
export function createOpenedFileInbox(fs: InboxFs, tellPage: () => void): OpenedFileInbox {
  let waiting: string | null = null
  return {
    get waiting() {
      return waiting
    },
    receive(filePath) {
      waiting = filePath
      tellPage()
    },
    async take() {
      const filePath = waiting
      waiting = null
      if (!filePath) return { file: null }
      const { size } = await fs.stat(filePath)
      if (size > MAX_FILE_BYTES) {
        throw new HandlerError(
          ERROR_CODES.fileTooLarge,
          `${path.basename(filePath)} is larger than ${MAX_FILE_BYTES} bytes.`,
        )
      }
      return { file: { name: path.basename(filePath), bytes: await fs.readFile(filePath) } }
    },
  }
}
