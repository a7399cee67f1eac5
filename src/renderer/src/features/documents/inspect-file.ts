import {
  DocxReadError,
  inspectDocx,
  type DocxInspection,
  type DocxReadProblem,
} from '@shared/documents'

export type VerifyWorkerReply =
  { ok: true; inspection: DocxInspection } | { ok: false; problem: DocxReadProblem; entry?: string }

function inWorker(bytes: Uint8Array): Promise<VerifyWorkerReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<VerifyWorkerReply>) => {
      worker.terminate()
      resolve(event.data)
    }
    // The worker answers every file, even one it refuses: an error event means it never started.
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message))
    }
    worker.postMessage(bytes)
  })
}

/** The reading itself, with a refusal as an answer rather than an error. */
export async function inspectHere(bytes: Uint8Array): Promise<VerifyWorkerReply> {
  try {
    return { ok: true, inspection: await inspectDocx(bytes) }
  } catch (error) {
    return error instanceof DocxReadError
      ? { ok: false, problem: error.problem, entry: error.entry }
      : { ok: false, problem: 'not_docx' }
  }
}

/** Reads a DOCX for verification in a Web Worker; on this thread only if no worker can start. */
export async function inspectFile(bytes: Uint8Array): Promise<VerifyWorkerReply> {
  if (typeof Worker === 'undefined') return inspectHere(bytes)
  try {
    return await inWorker(bytes)
  } catch {
    return inspectHere(bytes)
  }
}
