import type { MessageBoxOptions, RenderProcessGoneDetails } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  CRASH_WINDOW_MS,
  decideAfterRendererGone,
  watchRendererHealth,
  type RecoverableWindow,
} from '../../../src/main/renderer-recovery'

type GoneListener = (event: unknown, details: RenderProcessGoneDetails) => void

function fakeWindow() {
  let gone: GoneListener | undefined
  const windowListeners = new Map<string, () => void>()
  const reload = vi.fn()
  const forcefullyCrashRenderer = vi.fn()
  const window: RecoverableWindow = {
    isDestroyed: () => false,
    webContents: {
      on: (_event, listener) => {
        gone = listener
      },
      reload,
      forcefullyCrashRenderer,
    },
    on: (event, listener) => windowListeners.set(event, listener),
  }
  return {
    window,
    reload,
    forcefullyCrashRenderer,
    crash: (reason: RenderProcessGoneDetails['reason']) => gone?.({}, { reason, exitCode: 1 }),
    hang: () => windowListeners.get('unresponsive')?.(),
  }
}

function watch(answer = 0) {
  const fake = fakeWindow()
  const messages: MessageBoxOptions[] = []
  let clock = 1_000_000
  const showMessage = vi.fn(async (options: MessageBoxOptions) => {
    messages.push(options)
    return answer
  })
  watchRendererHealth(fake.window, {
    showMessage,
    language: () => 'id',
    now: () => clock,
  })
  return { ...fake, messages, showMessage, advance: (ms: number) => (clock += ms) }
}

describe('decideAfterRendererGone', () => {
  it('ignores a clean exit, reloads after a crash, gives up on a crash loop', () => {
    expect(decideAfterRendererGone('clean-exit', [], 0)).toBe('ignore')
    expect(decideAfterRendererGone('crashed', [], 0)).toBe('reload')
    expect(decideAfterRendererGone('oom', [0], 10)).toBe('reload')
    expect(decideAfterRendererGone('crashed', [0, 5], 10)).toBe('give-up')
    expect(decideAfterRendererGone('crashed', [0, 5], CRASH_WINDOW_MS + 10)).toBe('reload')
  })
})

describe('watchRendererHealth', () => {
  it('reloads a crashed window and says so in Indonesian', () => {
    const { crash, reload, messages } = watch()
    crash('crashed')

    expect(reload).toHaveBeenCalledOnce()
    expect(messages[0]?.message).toContain('dimuat ulang')
  })

  it('stops reloading a window that keeps crashing', () => {
    const { crash, reload, messages, advance } = watch()
    crash('crashed')
    advance(1000)
    crash('crashed')
    advance(1000)
    crash('crashed')

    expect(reload).toHaveBeenCalledTimes(2)
    expect(messages[2]?.type).toBe('error')
  })

  it('asks before reloading a hung window, and reloads only on yes', async () => {
    const yes = watch(0)
    yes.hang()
    await vi.waitFor(() => expect(yes.reload).toHaveBeenCalledOnce())
    expect(yes.forcefullyCrashRenderer).toHaveBeenCalledOnce()
    // The end the app caused itself is no crash to report.
    yes.crash('killed')
    expect(yes.messages).toHaveLength(1)
    expect(yes.reload).toHaveBeenCalledOnce()

    const wait = watch(1)
    wait.hang()
    await vi.waitFor(() => expect(wait.showMessage).toHaveBeenCalledOnce())
    expect(wait.reload).not.toHaveBeenCalled()
  })
})
