import type { IpcError, KnownErrorCode } from '@shared/ipc/contract'

/** Why a platform call failed: `code` is one of the contract's ERROR_CODES, `message` is for logs. */
export class PlatformError extends Error {
  readonly code: KnownErrorCode | (string & {})

  constructor(code: KnownErrorCode | (string & {}), message: string) {
    super(message)
    this.name = 'PlatformError'
    this.code = code
  }

  static from(error: IpcError): PlatformError {
    return new PlatformError(error.code, error.message)
  }
}

export function isPlatformError(error: unknown, code?: string): error is PlatformError {
  return error instanceof PlatformError && (code === undefined || error.code === code)
}
