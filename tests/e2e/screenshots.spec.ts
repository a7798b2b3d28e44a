/**
 * Full-page screenshots of one page per template (the pages of E2E_DIST, default dist/, grouped by
 * route) at 360 px and 1280 px, into the test output folder, for a person to look at:
 *
 *   E2E_DIST=/tmp/dist npx playwright test tests/e2e/screenshots.spec.ts --output /tmp/shots
 *
 * writes `<route>-<width>.png` under the test's folder there (with CI set, only with SCREENSHOTS=1).
 */
import {expect, test} from './fixtures'
import {addressOf, distFolder, htmlPages, isBuiltSite, onePerTemplate, REDIRECT_ROUTE} from '../quality/site'

const dist = distFolder('E2E_DIST')
const built = isBuiltSite(dist)
// Redirect pages are left out: the browser has gone on to the page they lead to.
const sample = built ? onePerTemplate(htmlPages(dist)).filter((page) => page.route !== REDIRECT_ROUTE) : []

test.skip(!built, `No built site in ${dist} (no index.html): build one, or point E2E_DIST at one.`)

/** A file name for a route: `san-pham/[slug]` → `san-pham_slug`. */
const fileName = (route: string) => route.replace(/[[\]().]/g, '').replace(/\//g, '_') || 'home'

for (const width of [360, 1280]) {
  test.describe(`screenshots at ${width} px`, () => {
    test.use({viewport: {width, height: 900}})
    for (const sampled of sample) {
      test(`${sampled.route}: ${sampled.url}`, async ({page}, testInfo) => {
        await page.goto(addressOf(sampled))
        // Lazy images below the fold load only when scrolled to: load them all before the picture.
        await page.evaluate(async () => {
          for (const img of document.images) img.loading = 'eager'
          await Promise.all([...document.images].map((img) => (img.complete ? undefined : new Promise((resolve) => ((img.onload = resolve), (img.onerror = resolve))))))
          await document.fonts.ready
        })
        // Map tiles come and go as Leaflet lays them out (tests/e2e/map.spec.ts checks they load): the page's own images here.
        const broken = await page.evaluate(() =>
          [...document.images].filter((img) => !img.classList.contains('leaflet-tile') && img.naturalWidth === 0).map((img) => img.currentSrc || img.src),
        )
        // The pictures are for a person: CI prints only the log, so there it checks the images alone
        // (62 full-page pictures cost about a minute of a 2-core run). SCREENSHOTS=1 writes them anyway.
        if (!process.env.CI || process.env.SCREENSHOTS) {
          const file = testInfo.outputPath(`${fileName(sampled.route)}-${width}.png`)
          await page.screenshot({path: file, fullPage: true, animations: 'disabled'})
        }
        expect(broken, 'images that did not load').toEqual([])
      })
    }
  })
}
