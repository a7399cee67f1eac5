import { test } from './support/test'

test.describe('the shared fixture', () => {
  test('an error the page does not catch fails the test', async ({ page }) => {
    test.fail(true, 'the pageerror fixture must turn an uncaught error into a failure')
    await page.goto('./#/')
    const thrown = page.waitForEvent('pageerror')
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('uncaught on purpose')
      })
    })
    await thrown
  })
})
