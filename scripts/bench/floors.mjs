// Helpers for the floors (scripts/bench/floor.ts): the floor page, a navigation floor timed the
// way the screens are, and the JS heap after a full garbage collection.

export function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0
}

export function p95(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? 0
}

/** Opens the floor page without a task, for the floors measured inside it. */
export async function floorPage(page, base) {
  await page.goto(`${base}/scripts/bench/floor.html`)
  await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready')
}

/**
 * From about:blank to the floor page having done `task` (its rows shown, or its state 'done'),
 * timed like the screens: Date.now() around Playwright's navigation.
 */
export async function navigationFloor(page, base, task, runs) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    await page.goto('about:blank')
    const started = Date.now()
    await page.goto(`${base}/scripts/bench/floor.html#${task}`)
    await page.waitForFunction(() => {
      const state = document.getElementById('state')?.textContent ?? ''
      if (state.startsWith('error')) throw new Error(state)
      return state === 'done'
    })
    samples.push(Date.now() - started)
  }
  return samples
}

/** The page's JS heap (main thread) in MB after a full collection: what it really holds. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return usedSize / 1024 / 1024
  } finally {
    await cdp.detach()
  }
}
