import { randomUUID } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import path from 'node:path'

/** The parts of node:fs/promises an atomic write needs; injectable so tests can simulate locks. */
export interface AtomicWriteFs {
  open: typeof nodeFs.open
  rename: typeof nodeFs.rename
  unlink: typeof nodeFs.unlink
}

export interface AtomicWriteOptions {
  fs?: AtomicWriteFs
  /** How many times a rename blocked by a lock is tried again. */
  retries?: number
  /** Wait before the first retry; doubles on each further one. */
  retryDelayMs?: number
}

/** Errors Windows raises while an antivirus, indexer or preview pane briefly holds the target. */
const RETRYABLE = new Set(['EBUSY', 'EPERM', 'EACCES'])

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Renames `from` over `to`, trying again while a transient lock (EBUSY / EPERM / EACCES) refuses. */
export async function renameWithRetry(
  fs: { rename(from: string, to: string): Promise<void> },
  from: string,
  to: string,
  options: { retries?: number; retryDelayMs?: number } = {},
): Promise<void> {
  const retries = options.retries ?? 5
  const retryDelayMs = options.retryDelayMs ?? 50
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const code = errorCode(error)
      if (attempt >= retries || code === undefined || !RETRYABLE.has(code)) throw error
      await wait(retryDelayMs * 2 ** attempt)
    }
  }
}

/**
 * Writes `bytes` to `target` so that `target` holds either the old content or the whole new
 * content, never a torn file: the bytes go to a temp file in the same folder (same volume, so the
 * rename is atomic), are flushed to disk, then renamed over the target. A rename refused by a
 * transient lock (EBUSY / EPERM / EACCES) is retried a few times. The temp file never stays behind.
 */
export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs
  const retries = options.retries ?? 5
  const retryDelayMs = options.retryDelayMs ?? 50
  const dir = path.dirname(target)
  const temp = path.join(dir, `.${path.basename(target)}.${randomUUID()}.tmp`)

  try {
    const handle = await fs.open(temp, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }

    await renameWithRetry(fs, temp, target, { retries, retryDelayMs })
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
}
