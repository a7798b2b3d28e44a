/**
 * Playwright's `test` with the browser's clock pinned to the sample dataset's "now", the moment
 * the tested build was made as of (tests/support/clock.ts): a page opened by any test sees the
 * same day the build saw, whatever day the tests run. A test that needs another moment sets it
 * with `page.clock.setFixedTime(…)`.
 *
 * And under the site's Content-Security-Policy: every page carries it, so whatever a test does,
 * anything the policy refused (an inline style or script without its hash, a worker, a form's
 * target) fails the test, with Chromium's words for it.
 */
import {expect, test as base} from '@playwright/test'
import {sampleNow} from '../support/clock'

export {expect}
export type {APIRequestContext, BrowserContext, Page} from '@playwright/test'

export const test = base.extend({
  context: async ({context}, use) => {
    await context.clock.setFixedTime(sampleNow())
    await use(context)
  },
  page: async ({page}, use) => {
    const refused: string[] = []
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) refused.push(`${page.url()}: ${message.text()}`)
    })
    await use(page)
    expect(refused, 'what the Content-Security-Policy refused').toEqual([])
  },
})
