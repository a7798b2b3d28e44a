/**
 * Site-wide quality of the built site, on one page per template (the pages of the build folder
 * E2E_DIST, default dist/, grouped by the route they come from), at 360 px and 1280 px:
 * axe (WCAG 2.0 A and AA, 2.1 AA) without violations, no sideways scrolling on a phone, every image
 * with width, height and alt, one h1, `<html lang="vi">`, a title, a meta description and a
 * canonical link (none on the 404 page, served at any address), and no two sampled pages with the same title or description.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import {expect, test, type Page as BrowserPage} from './fixtures'
import {elements} from '../quality/dom'
import {addressOf, countByRoute, distFolder, htmlPages, isBuiltSite, onePerTemplate, REDIRECT_ROUTE} from '../quality/site'

const dist = distFolder('E2E_DIST')
const built = isBuiltSite(dist)
const pages = built ? htmlPages(dist) : []
// A redirect page sends the browser on at once, so a browser never stays to check it; the HTML
// checker (tests/quality/html.test.ts), the head and the link checks cover it instead.
const sample = onePerTemplate(pages).filter((page) => page.route !== REDIRECT_ROUTE)
const counts = countByRoute(pages)

test.skip(!built, `No built site in ${dist} (no index.html): build one, or point E2E_DIST at one.`)

/** The elements that stick out to the right of the viewport, outside any scrolling box, for the message. */
async function overflowingElements(page: BrowserPage): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth
    const scrolls = (el: Element | null): boolean => {
      for (let node = el?.parentElement; node; node = node.parentElement)
        if (getComputedStyle(node).overflowX !== 'visible' && node !== document.documentElement && node !== document.body) return true
      return false
    }
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`
    const out = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 1 && !scrolls(el))
    // Keep the outermost ones: their children stick out because they do.
    return out.filter((el) => !out.includes(el.parentElement as Element)).slice(0, 10).map(describe)
  })
}

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({viewport: {width, height: 900}})

    for (const sampled of sample) {
      test(`${sampled.route} (${counts.get(sampled.route)} pages): ${sampled.url}`, async ({page}) => {
        const response = await page.goto(addressOf(sampled))
        expect(response?.status(), 'HTTP status').toBe(sampled.route === '404' ? 404 : 200)
        await page.waitForLoadState('load')

        const axe = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
        const violations = axe.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${v.nodes
              .map((node) => `  - ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`)
              .join('\n')}`,
        )
        expect.soft(violations.length, `axe violations on ${sampled.url} at ${width} px:\n${violations.join('\n')}`).toBe(0)

        if (width === 360) {
          const {scrollWidth, innerWidth} = await page.evaluate(() => ({scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth}))
          const culprits = scrollWidth > innerWidth ? await overflowingElements(page) : []
          expect.soft(scrollWidth, `the page scrolls sideways at 360 px (${scrollWidth} > ${innerWidth}); sticking out:\n  ${culprits.join('\n  ')}`).toBeLessThanOrEqual(innerWidth)
        }

        const badImages = await page.locator('img').evaluateAll((images) =>
          images
            .filter((img) => !img.hasAttribute('width') || !img.hasAttribute('height') || !img.hasAttribute('alt'))
            .map((img) => `${['width', 'height', 'alt'].filter((a) => !img.hasAttribute(a)).join(', ')} missing: ${img.outerHTML.slice(0, 160)}`),
        )
        expect.soft(badImages, 'images without width, height or alt').toEqual([])

        expect.soft(await page.locator('h1').count(), 'exactly one h1').toBe(1)
        await expect.soft(page.locator('html'), '<html lang="vi">').toHaveAttribute('lang', 'vi')
        expect.soft((await page.title()).trim(), 'a title').not.toBe('')
        await expect.soft(page.locator('head meta[name="description"]'), 'one meta description').toHaveCount(1)
        expect.soft((await page.locator('head meta[name="description"]').first().getAttribute('content'))?.trim() ?? '', 'a meta description with text').not.toBe('')
        if (sampled.route === '404') {
          // Served at every missing address, the 404 page has no address of its own to declare.
          await expect.soft(page.locator('head link[rel="canonical"]'), 'no canonical link on the 404 page').toHaveCount(0)
        } else if ((await page.locator('head meta[name="robots"]').evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')))).some((content) => content?.includes('noindex'))) {
          // Kept out of indexes (the thank-you pages after a form): no address to declare either.
          await expect.soft(page.locator('head link[rel="canonical"]'), 'no canonical link on a page with noindex').toHaveCount(0)
        } else {
          await expect.soft(page.locator('head link[rel="canonical"]'), 'one canonical link').toHaveCount(1)
          expect.soft(await page.locator('head link[rel="canonical"]').first().getAttribute('href'), 'an absolute canonical URL').toMatch(/^https?:\/\//)
        }
      })
    }
  })
}

test.describe('the phone menu, open', () => {
  test.use({viewport: {width: 360, height: 740}, hasTouch: true})
  test('has no axe violations', async ({page}) => {
    await page.goto('/san-pham/')
    await page.getByRole('navigation', {name: 'Chính'}).getByText('Danh mục').tap()
    await expect(page.getByRole('navigation', {name: 'Chính'}).getByRole('link', {name: 'Về OCOP'})).toBeVisible()
    const axe = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).include('.site-header').analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([])
  })
})

test('the sampled pages have unique titles and meta descriptions', () => {
  const heads = sample.map((sampled) => {
    const els = elements(readFileSync(path.join(dist, sampled.file), 'utf8'))
    return {
      url: sampled.url,
      title: els.find((el) => el.tag === 'title')?.text.trim() ?? '',
      description: els.find((el) => el.tag === 'meta' && el.attrs.get('name') === 'description')?.attrs.get('content') ?? '',
    }
  })
  for (const key of ['title', 'description'] as const) {
    const seen = new Map<string, string[]>()
    for (const head of heads) seen.set(head[key], [...(seen.get(head[key]) ?? []), head.url])
    const duplicates = [...seen].filter(([, urls]) => urls.length > 1).map(([value, urls]) => `"${value}" on ${urls.join(', ')}`)
    expect.soft(duplicates, `the same ${key} on several sampled pages`).toEqual([])
  }
})
