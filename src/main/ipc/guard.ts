import type { IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import {
  contract,
  ERROR_CODES,
  type Channel,
  type ParsedRequestOf,
  type ResponseOf,
  type Result,
} from '@shared/ipc/contract'
import { isTrustedSender } from '../security-policy'
import { HandlerError } from './handler-error'

/** What the guard reads of Electron's event; a test forges it. */
export type GuardedEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>

export type Handler<C extends Channel, E extends GuardedEvent = IpcMainInvokeEvent> = (
  request: ParsedRequestOf<C>,
  event: E,
) => Promise<ResponseOf<C>> | ResponseOf<C>

const fail = (code: string, message: string) => ({ ok: false as const, error: { code, message } })

function toFailure(channel: Channel, error: unknown) {
  if (error instanceof HandlerError) return fail(error.code, error.message)
  const message = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return fail(ERROR_CODES.ioError, message)
  console.error(`[ipc] ${channel} failed:`, error)
  return fail(ERROR_CODES.internal, message)
}

/**
 * The listener ./handle.ts registers for one contract channel (no electron import, so
 * tests/unit/main/ipc-guard.test.ts calls it with forged events). Before the handler runs, the
 * sender frame must show a page of `origins` and the request must match the channel's schema; the
 * handler's answer is checked against the response schema too. Whatever happens, the renderer
 * receives a result envelope: nothing is thrown across IPC.
 */
export function guardedHandler<C extends Channel, E extends GuardedEvent>(
  channel: C,
  handler: Handler<C, E>,
  origins: readonly string[],
): (event: E, raw: unknown) => Promise<Result<ResponseOf<C>>> {
  const { request: requestSchema, response: responseSchema } = contract[channel]
  return async (event, raw) => {
    const frameUrl = event.senderFrame?.url
    if (!isTrustedSender(frameUrl, origins)) {
      console.error(`[ipc] ${channel} refused: sender ${frameUrl ?? '(no frame)'} is not the app`)
      return fail(ERROR_CODES.forbiddenSender, 'Only pages of the app may use this channel.')
    }
    const parsed = requestSchema.safeParse(raw ?? {})
    if (!parsed.success) {
      return fail(ERROR_CODES.invalidRequest, z.prettifyError(parsed.error))
    }
    try {
      const value = await handler(parsed.data as ParsedRequestOf<C>, event)
      const checked = responseSchema.safeParse(value)
      if (!checked.success) {
        console.error(`[ipc] ${channel} answered off-contract:`, checked.error)
        return fail(ERROR_CODES.invalidResponse, z.prettifyError(checked.error))
      }
      return { ok: true, value: checked.data as ResponseOf<C> }
    } catch (error) {
      return toFailure(channel, error)
    }
  }
}
