/** Thrown inside a handler to answer with a specific error code (e.g. `file_too_large`). */
export class HandlerError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'HandlerError'
  }
}
