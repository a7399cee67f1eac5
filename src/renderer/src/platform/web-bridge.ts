import { z } from 'zod'
import { PRODUCT_NAME } from '@shared/identity'
import {
  ERROR_CODES,
  MAX_FILE_BYTES,
  notifyRequestSchema,
  openFileRequestSchema,
  openProjectorRequestSchema,
  printToPdfRequestSchema,
  saveFileRequestSchema,
  setLanguageRequestSchema,
  chooseProjectorDisplayRequestSchema,
  backupReadChunkRequestSchema,
  backupReadOpenRequestSchema,
  backupStreamAppendRequestSchema,
  backupStreamOpenRequestSchema,
  streamHandleSchema,
  type FileFilter,
  type OpenFileResponse,
  type PlatformBridge,
} from '@shared/ipc/contract'
import { PlatformError } from './errors'

/**
 * The browser shell (the web twin): the same PlatformBridge with browser means. Requests are
 * checked against the same contract schemas as in Electron, so both shells refuse the same input.
 */

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value)
  if (!result.success) {
    throw new PlatformError(ERROR_CODES.invalidRequest, z.prettifyError(result.error))
  }
  return result.data
}

/** A Blob accepts only bytes backed by a plain ArrayBuffer; copy only when they are not. */
function blobPart(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes)
}

function acceptAttribute(filters: FileFilter[] | undefined): string | null {
  const extensions = (filters ?? []).flatMap((filter) => filter.extensions)
  if (extensions.length === 0 || extensions.includes('*')) return null
  return extensions.map((extension) => `.${extension}`).join(',')
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Starts a download of `blob` under `name`, as a link the page clicks. */
function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

function pickFile(accept: string | null): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    if (accept) input.accept = accept
    input.style.display = 'none'
    const finish = (file: File | null) => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => finish(null), { once: true })
    document.body.append(input)
    input.click()
  })
}

/** The browser knows one screen: the one its window is on. */
const BROWSER_DISPLAY_ID = 1

function unknownHandle(): never {
  throw new PlatformError(
    ERROR_CODES.invalidRequest,
    'no such backup stream (closed or never opened)',
  )
}

export function createWebBridge(): PlatformBridge {
  let chosenDisplayId: number | null = null
  // A streamed download gathers its pieces as Blobs: they live outside the JS heap, so a file of
  // any size is assembled without holding it in memory.
  const writing = new Map<string, { name: string; parts: Blob[]; written: number }>()
  const reading = new Map<string, File>()
  const displays = () => ({
    displays: [
      {
        id: BROWSER_DISPLAY_ID,
        label: '',
        width: Math.max(1, screen.width),
        height: Math.max(1, screen.height),
        primary: true,
        internal: true,
      },
    ],
    chosenId: chosenDisplayId,
  })
  return {
    async saveFile(req) {
      const { suggestedName, bytes } = parse(saveFileRequestSchema, req)
      download(suggestedName, new Blob([blobPart(bytes)]))
      return { saved: true }
    },

    async openFile(req): Promise<OpenFileResponse> {
      const { filters, maxBytes } = parse(openFileRequestSchema, req ?? {})
      const file = await pickFile(acceptAttribute(filters))
      if (!file) return { file: null }
      const limit = maxBytes ?? MAX_FILE_BYTES
      if (file.size > limit) {
        throw new PlatformError(
          ERROR_CODES.fileTooLarge,
          `${file.name} is ${megabytes(file.size)}; the limit is ${megabytes(limit)}.`,
        )
      }
      return { file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } }
    },

    async printToPdf(req) {
      parse(printToPdfRequestSchema, req)
      window.print()
      return { saved: false }
    },

    async appInfo() {
      const version: unknown = import.meta.env.VITE_APP_VERSION
      return {
        name: PRODUCT_NAME,
        version: typeof version === 'string' && version !== '' ? version : '0.1.0',
        electron: null,
        platform: 'web',
        userDataPath: null,
      }
    },

    async notify(req) {
      const { title, body } = parse(notifyRequestSchema, req)
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted') {
        return { shown: false }
      }
      new Notification(title, { body })
      return { shown: true }
    },

    async openProjector(req) {
      const { route } = parse(openProjectorRequestSchema, req)
      const projector = window.open(location.pathname + route, 'mufakat-projector', 'popup')
      return { opened: projector !== null }
    },

    async writeAutoBackup() {
      throw new PlatformError(
        ERROR_CODES.unsupported,
        'Automatic backups to disk exist only in the desktop app.',
      )
    },

    // The browser keeps no automatic backups: the list says so rather than looking empty.
    async listAutoBackups() {
      return { kept: false, backups: [] }
    },

    async readAutoBackup() {
      throw new PlatformError(ERROR_CODES.unsupported, 'The browser keeps no automatic backups.')
    },

    async openBackupFolder() {
      return { opened: false }
    },

    // The browser has its own menus in its own language; nothing to tell it.
    async setLanguage(req) {
      return parse(setLanguageRequestSchema, req)
    },

    async print() {
      window.print()
      return { printed: true }
    },

    // No file is ever handed over by a desktop in the browser.
    async takeOpenedFile() {
      return { file: null }
    },

    async projectorDisplays() {
      return displays()
    },

    async chooseProjectorDisplay(req) {
      const { displayId } = parse(chooseProjectorDisplayRequestSchema, req)
      if (displayId !== null && displayId !== BROWSER_DISPLAY_ID) {
        throw new PlatformError(ERROR_CODES.invalidRequest, `display ${displayId} is not connected`)
      }
      chosenDisplayId = displayId
      return displays()
    },

    async backupStreamOpen(req) {
      const { target } = parse(backupStreamOpenRequestSchema, req)
      if (target.kind === 'auto') {
        throw new PlatformError(
          ERROR_CODES.unsupported,
          'Automatic backups to disk exist only in the desktop app.',
        )
      }
      const handle = crypto.randomUUID()
      writing.set(handle, { name: target.suggestedName, parts: [], written: 0 })
      return { handle }
    },

    async backupStreamAppend(req) {
      const { handle, bytes } = parse(backupStreamAppendRequestSchema, req)
      const stream = writing.get(handle) ?? unknownHandle()
      stream.parts.push(new Blob([blobPart(bytes)]))
      stream.written += bytes.length
      return { written: stream.written }
    },

    async backupStreamFinish(req) {
      const handle = parse(streamHandleSchema, req.handle)
      const stream = writing.get(handle) ?? unknownHandle()
      writing.delete(handle)
      download(stream.name, new Blob(stream.parts))
      return { path: null }
    },

    async backupStreamAbort(req) {
      return { aborted: writing.delete(parse(streamHandleSchema, req.handle)) }
    },

    async backupReadOpen(req) {
      const { source } = parse(backupReadOpenRequestSchema, req)
      if (source.kind === 'auto') {
        throw new PlatformError(ERROR_CODES.unsupported, 'The browser keeps no automatic backups.')
      }
      const file = await pickFile(acceptAttribute(source.filters))
      if (!file) return { file: null }
      const handle = crypto.randomUUID()
      reading.set(handle, file)
      return { file: { handle, name: file.name, size: file.size } }
    },

    async backupReadChunk(req) {
      const { handle, offset, length } = parse(backupReadChunkRequestSchema, req)
      const file = reading.get(handle) ?? unknownHandle()
      return { bytes: new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()) }
    },

    async backupReadClose(req) {
      return { closed: reading.delete(parse(streamHandleSchema, req.handle)) }
    },

    onShellEvent() {
      return () => undefined
    },
  }
}
