import { describe, expect, it, vi } from 'vitest'
import { ERROR_CODES } from '../../../src/shared/ipc/contract'
import { guardedHandler, type GuardedEvent } from '../../../src/main/ipc/guard'
import { HandlerError } from '../../../src/main/ipc/handler-error'
import { appOrigins } from '../../../src/main/security-policy'

const origins = appOrigins()

/** An invoke event as main receives it, from a frame showing `url`. */
function from(url: string | null): GuardedEvent {
  return { senderFrame: url === null ? null : ({ url } as GuardedEvent['senderFrame']) }
}

const fromApp = from('mufakat://app/#/forums')

describe('guardedHandler', () => {
  it('answers a valid request from the app with the handler value', async () => {
    const listener = guardedHandler('notify:show', () => ({ shown: true }), origins)

    expect(await listener(fromApp, { title: 'Tindak lanjut', body: '2 terlambat' })).toEqual({
      ok: true,
      value: { shown: true },
    })
  })

  it('refuses a forged sender without running the handler', async () => {
    const handler = vi.fn(() => ({ shown: true }))
    const listener = guardedHandler('notify:show', handler, origins)

    for (const event of [
      from('https://evil.example/'),
      from('mufakat://evil/'),
      from('file:///C:/Users/ani/phish.html'),
      from('about:blank'),
      from(null),
    ]) {
      const result = await listener(event, { title: 'x', body: 'y' })
      expect(result).toMatchObject({ ok: false, error: { code: ERROR_CODES.forbiddenSender } })
    }
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses a bad request, naming the field, without running the handler', async () => {
    const handler = vi.fn(() => ({ saved: true }))
    const listener = guardedHandler('file:save', handler, origins)

    const result = await listener(fromApp, {
      suggestedName: '../../etc/passwd',
      bytes: new Uint8Array([1]),
    })

    expect(result).toMatchObject({ ok: false, error: { code: ERROR_CODES.invalidRequest } })
    expect(result.ok ? '' : result.error.message).toContain('suggestedName')
    expect(await listener(fromApp, 'not an object')).toMatchObject({ ok: false })
    expect(handler).not.toHaveBeenCalled()
  })

  it('turns an off-contract answer into invalid_response, never passing it on', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const listener = guardedHandler(
      'app:set-language',
      // A bug in main: the answer leaves the contract (what a wrong cast would let through).
      () => ({ language: 'fr' }) as unknown as { language: 'id' },
      origins,
    )

    const result = await listener(fromApp, { language: 'id' })

    expect(result).toMatchObject({ ok: false, error: { code: ERROR_CODES.invalidResponse } })
  })

  it('turns thrown errors into envelopes with their code', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const tooLarge = guardedHandler(
      'file:take-opened',
      () => {
        throw new HandlerError(ERROR_CODES.fileTooLarge, 'forum.mufakat is too large')
      },
      origins,
    )
    const ioFault = guardedHandler(
      'file:take-opened',
      () => {
        throw Object.assign(new Error('no such file'), { code: 'ENOENT' })
      },
      origins,
    )
    const bug = guardedHandler(
      'file:take-opened',
      () => {
        throw new TypeError('boom')
      },
      origins,
    )

    expect(await tooLarge(fromApp, {})).toMatchObject({ error: { code: 'file_too_large' } })
    expect(await ioFault(fromApp, {})).toMatchObject({ error: { code: 'io_error' } })
    expect(await bug(fromApp, {})).toMatchObject({ error: { code: 'internal' } })
  })
})
