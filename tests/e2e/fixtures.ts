/**
 * Playwright's `test` with the browser's clock pinned to the sample dataset's "now", the moment
 * the tested build was made as of (tests/support/clock.ts): a page opened by any test sees the
 * same day the build saw, whatever day the tests run. A test that needs another moment sets it
 * with `page.clock.setFixedTime(…)`.
 *
 * Map tiles come from the test build's tile host (https://tiles.ocop.test/, which no server
 * answers), served here as one plain tile: pages whose map opens on its own draw it without asking
 * the network. (tests/e2e/map.spec.ts routes every request itself, and fails on any other host.)
 *
 * And under the site's Content-Security-Policy: every page carries it, so whatever a test does,
 * anything the policy refused (an inline style or script without its hash, a worker, a form's
 * target) fails the test, with Chromium's words for it.
 */
import {expect, test as base} from '@playwright/test'
import {sampleNow} from '../support/clock'

export {expect}
export type {APIRequestContext, BrowserContext, Page} from '@playwright/test'

/** A 1 × 1 PNG the colour of rice paper: Leaflet draws it at the tile's size. */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP48v4xAAWhAscyctgoAAAAAElFTkSuQmCC', 'base64')

export const test = base.extend({
  context: async ({context}, use) => {
    await context.clock.setFixedTime(sampleNow())
    await context.route('https://tiles.ocop.test/**', (route) => route.fulfill({contentType: 'image/png', body: TILE}))
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
