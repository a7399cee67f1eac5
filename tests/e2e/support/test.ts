import { test as base, expect, type BrowserContext, type Page } from '@playwright/test'

/** Collects uncaught errors from every page of the contexts it watches. */
export interface PageErrors {
  /** Watches a context the test opened itself (a second laptop, a relaunched browser). */
  watch(context: BrowserContext): void
}

/** Name and message first: a minified stack alone (or an empty one) says little. */
function describeError(page: Page, error: Error): string {
  const head = `${error.name || 'Error'}: ${error.message || String(error)}`
  const stack = error.stack ?? ''
  const text = error.message !== '' && stack.includes(error.message) ? stack : `${head}\n${stack}`
  return `${text.trim()}\n    on ${page.url()}`
}

/**
 * Every spec imports `test` from here: an error the page did not catch fails the test at its end,
 * with the error's text, even when every assertion passed.
 */
export const test = base.extend<{ pageErrors: PageErrors }>({
  pageErrors: [
    async ({ context }, use) => {
      const errors: string[] = []
      const listen = (page: Page) =>
        page.on('pageerror', (error) => errors.push(describeError(page, error)))
      const watch = (watched: BrowserContext) => {
        watched.pages().forEach(listen)
        watched.on('page', listen)
      }
      watch(context)
      await use({ watch })
      expect(errors, 'uncaught errors in the page').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
