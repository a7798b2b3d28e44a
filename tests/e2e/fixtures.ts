/**
 * Playwright's `test` with the browser's clock pinned to the sample dataset's "now", the moment
 * the tested build was made as of (tests/support/clock.ts): a page opened by any test sees the
 * same day the build saw, whatever day the tests run. A test that needs another moment sets it
 * with `page.clock.setFixedTime(…)`.
 */
import {test as base} from '@playwright/test'
import {sampleNow} from '../support/clock'

export {expect} from '@playwright/test'
export type {APIRequestContext, BrowserContext, Page} from '@playwright/test'

export const test = base.extend({
  context: async ({context}, use) => {
    await context.clock.setFixedTime(sampleNow())
    await use(context)
  },
})
