import { ipcMain } from 'electron'
import type { Channel } from '@shared/ipc/contract'
import { trustedOrigins } from '../config'
import { guardedHandler, type Handler } from './guard'

export { HandlerError } from './handler-error'
export type { Handler } from './guard'

/**
 * Registers the handler of one contract channel behind ./guard.ts: sender origin checked, request
 * and response validated, every outcome a result envelope.
 */
export function handle<C extends Channel>(channel: C, handler: Handler<C>): void {
  ipcMain.removeHandler(channel)
  ipcMain.handle(channel, guardedHandler(channel, handler, trustedOrigins))
}
