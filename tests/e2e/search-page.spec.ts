/**
 * The search page as a visitor on a phone meets it: nothing moves while results are drawn, a
 * result is one tap target, the back button returns to exactly what was on the screen (filters,
 * "Xem thêm", scroll), and without its script the page still keeps the query and leads on.
 * The engine (what a query finds) is tested in search.spec.ts.
 */
import {sampleNow} from '../support/clock'
import {expect, test, type Page} from './fixtures'

const PHONE = {viewport: {width: 360, height: 740}, isMobile: true, hasTouch: true}

const searchbox = (page: Page) => page.getByRole('searchbox', {name: /Tìm sản phẩm, chủ thể, làng nghề, địa điểm/})
const status = (page: Page) => page.locator('#search-status')
const hits = (page: Page) => page.locator('#search-results .hit')

/** Waits until the results of `query` are drawn, and returns the number in "Tìm thấy 12 kết quả…". */
async function resultsOf(page: Page, query: string): Promise<number> {
  await expect(status(page)).toContainText(`“${query}”`)
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true')
  const text = (await status(page).textContent()) ?? ''
  return text.startsWith('Không tìm thấy') ? 0 : Number(/Tìm thấy (\d+) kết quả/.exec(text)?.[1])
}

interface Shift {
  value: number
  hadRecentInput: boolean
  /** What moved, as `tag#id.class`, and whether it is part of the results (the list or its "Xem thêm"). */
  sources: {node: string; inResults: boolean}[]
}

/** Records every layout shift of the pages opened from now on, from their first paint. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    interface LayoutShift extends PerformanceEntry {
      value: number
      hadRecentInput: boolean
      sources: {node: Node | null}[]
    }
    const shifts: unknown[] = []
    Object.assign(window, {shifts})
    const name = (node: Node | null) => {
      if (!(node instanceof Element)) return String(node?.nodeName ?? 'gone')
      return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}`
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[]) {
        shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          sources: entry.sources.map(({node}) => ({
            node: name(node),
            inResults: node instanceof Element && Boolean(node.closest('#search-results, #search-more')),
          })),
        })
      }
    }).observe({type: 'layout-shift', buffered: true})
  })
}

/** The shifts recorded so far, once the last frame drawn has been reported. */
async function shifts(page: Page): Promise<Shift[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  return page.evaluate(() => (window as unknown as {shifts: Shift[]}).shifts)
}

/** Cumulative layout shift as the browser counts it: shifts right after the visitor's input are excused. */
const cls = (recorded: Shift[]) => recorded.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0)
const explain = (recorded: Shift[]) => recorded.map((shift) => `${shift.value.toFixed(4)}${shift.hadRecentInput ? ' (after input)' : ''}: ${shift.sources.map((source) => source.node).join(', ')}`).join('\n')

test.describe('nothing moves while results are drawn', () => {
  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ]) {
    test(`at ${width} px, from the first paint of /tim-kiem/?q=gom until its results are drawn`, async ({page}) => {
      await page.setViewportSize({width, height})
      await recordShifts(page)
      // As on a phone on a slow network: the page is drawn before its script arrives.
      await page.route('**/_astro/*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 500))
        await route.continue()
      })
      await page.goto('/tim-kiem/?q=gom')
      expect(await resultsOf(page, 'gom')).toBeGreaterThan(0)
      await expect(hits(page).first()).toBeVisible()
      const recorded = await shifts(page)
      expect(cls(recorded), explain(recorded)).toBe(0)
    })
  }

  test.describe('on a phone', () => {
    test.use(PHONE)

    test('typing a query draws the results below the box without moving anything else', async ({page}) => {
      await recordShifts(page)
      await page.goto('/tim-kiem/')
      await expect(searchbox(page)).toBeFocused() // the script is ready
      await searchbox(page).pressSequentially('gom', {delay: 80})
      expect(await resultsOf(page, 'gom')).toBeGreaterThan(0)
      const recorded = await shifts(page)
      expect(cls(recorded), explain(recorded)).toBe(0)
      // Not even what the browser excuses after a keystroke: the chips, the box, the footer stay put.
      const outside = recorded.filter((shift) => shift.sources.some((source) => !source.inResults))
      expect(outside, explain(outside)).toEqual([])
    })
  })
})

test('with a query in its URL, the page fetches the search engine early, each file once, and uses it', async ({page}) => {
  const fetched: string[] = []
  page.on('requestfinished', async (request) => {
    if ((await request.response())?.ok()) fetched.push(new URL(request.url()).pathname)
  })
  await page.goto('/tim-kiem/?q=gom')
  expect(await resultsOf(page, 'gom')).toBeGreaterThan(0)
  const early = await page.locator('link[rel="modulepreload"], link[rel="preload"][as="fetch"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname))
  expect(early.length).toBeGreaterThan(0)
  // A file fetched twice was fetched early for nothing (another name, or another request mode).
  for (const path of early) expect(fetched.filter((done) => done === path), path).toHaveLength(1)
})

test.describe('a result on a phone', () => {
  test.use(PHONE)

  test('tapping its excerpt opens it, and its link is named by the title alone', async ({page}) => {
    await page.goto('/tim-kiem/?q=gom')
    await resultsOf(page, 'gom')
    const hit = hits(page).filter({has: page.locator('.hit__excerpt')}).first()
    const title = (await hit.locator('.hit__title').textContent())?.trim() ?? ''
    await expect(hit.getByRole('link')).toHaveCount(1)
    await expect(hit.getByRole('link')).toHaveAccessibleName(title)
    const href = (await hit.getByRole('link').getAttribute('href')) ?? ''
    await hit.locator('.hit__excerpt').scrollIntoViewIfNeeded()
    const excerpt = (await hit.locator('.hit__excerpt').boundingBox())!
    await page.touchscreen.tap(excerpt.x + excerpt.width / 2, excerpt.y + excerpt.height / 2)
    await expect(page).toHaveURL(href)
    await expect(page.getByRole('heading', {level: 1})).toHaveText(title)
  })

  test('focused from the keyboard, the whole card is outlined', async ({page}) => {
    await page.goto('/tim-kiem/?q=gom')
    await resultsOf(page, 'gom')
    const first = hits(page).first()
    await searchbox(page).focus()
    for (let presses = 0; presses < 8; presses++) {
      await page.keyboard.press('Tab')
      if (await first.getByRole('link').evaluate((link) => link === document.activeElement)) break
    }
    await expect(first.getByRole('link')).toBeFocused()
    await expect(first).toHaveCSS('outline-style', 'solid')
  })
})

test.describe('the back button', () => {
  test.use(PHONE)

  test('back to a search without a type checks "Tất cả" again, and the next letter typed keeps it', async ({page}) => {
    await page.goto('/tim-kiem/')
    await searchbox(page).pressSequentially('gom')
    const all = await resultsOf(page, 'gom')
    await page.getByRole('radio', {name: /^Sản phẩm/}).tap()
    await expect(page).toHaveURL(/\?q=gom&loai=san-pham$/)
    await expect(status(page)).not.toContainText(`Tìm thấy ${all} kết quả`)

    await page.goBack()
    await expect(page).toHaveURL(/\?q=gom$/)
    await expect(page.getByRole('radio', {name: 'Tất cả'})).toBeChecked()
    await expect(page.getByRole('radio', {name: /^Sản phẩm/})).not.toBeChecked()
    await expect(status(page)).toContainText(`Tìm thấy ${all} kết quả`)
    await expect(hits(page).locator('.hit__type').filter({hasNotText: 'Sản phẩm'}).first()).toBeVisible()

    await searchbox(page).press('End')
    await searchbox(page).press('s')
    await resultsOf(page, 'goms')
    await expect(page).toHaveURL(/\?q=goms$/)
    await expect(page.getByRole('radio', {name: 'Tất cả'})).toBeChecked()
  })

  /** Opens the 15th result of "ha noi" after "Xem thêm", comes back, and checks what is on the screen. */
  async function backFromAResult(page: Page) {
    await page.addInitScript(() => addEventListener('pageshow', (event) => Object.assign(window, {fromBackForwardCache: event.persisted})))
    await page.goto('/tim-kiem/')
    await searchbox(page).pressSequentially('ha noi')
    const total = await resultsOf(page, 'ha noi')
    expect(total).toBeGreaterThan(15)
    await expect(hits(page)).toHaveCount(10)
    await page.getByRole('button', {name: 'Xem thêm kết quả'}).tap()
    await expect(hits(page)).toHaveCount(Math.min(20, total))

    const target = hits(page).nth(14)
    await target.scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollBy(0, 120)) // the visitor's own scrolling, a little past it
    const link = target.getByRole('link')
    const href = (await link.getAttribute('href')) ?? ''
    await expect(link).toBeInViewport()
    const before = (await target.boundingBox())!.y
    await link.tap()
    await expect(page).toHaveURL(href)

    // A page the back/forward cache restores has no load event to wait for.
    await page.goBack({waitUntil: 'commit'})
    await expect(page).toHaveURL(/\?q=ha\+noi$/)
    await expect(searchbox(page)).toHaveValue('ha noi')
    await expect(hits(page)).toHaveCount(Math.min(20, total))
    // Where the visitor left it on the screen, within a few pixels.
    const tapped = hits(page).filter({has: page.locator(`a[href="${href}"]`)})
    await expect(tapped).toBeInViewport()
    await expect.poll(async () => Math.abs((await tapped.boundingBox())!.y - before)).toBeLessThanOrEqual(3)
    return page.evaluate(() => (window as unknown as {fromBackForwardCache?: boolean}).fromBackForwardCache === true)
  }

  test('back from a result shows the results "Xem thêm" had shown, where they were (page loaded again)', async ({page}) => {
    // Playwright's Chromium runs without the back/forward cache: the page is loaded again.
    expect(await backFromAResult(page)).toBe(false)
  })

  test('back from a result shows the results "Xem thêm" had shown, where they were (page kept in memory)', async ({playwright, launchOptions, baseURL}) => {
    // A browser of its own, with the back/forward cache Playwright turns off by default.
    const browser = await playwright.chromium.launch({...launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache']})
    try {
      const context = await browser.newContext({...PHONE, baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh'})
      await context.clock.setFixedTime(sampleNow())
      const restored = await backFromAResult(await context.newPage())
      test.info().annotations.push({type: 'back/forward cache', description: restored ? 'the page came back from the cache' : 'Chromium loaded the page again'})
    } finally {
      await browser.close()
    }
  })
})

test.describe('without the search script', () => {
  const browsePages = ['Danh mục sản phẩm OCOP', 'Chủ thể OCOP', 'Làng nghề', 'Điểm giới thiệu và bán sản phẩm', 'Hội chợ, sự kiện', 'Lớp đào tạo, tập huấn', 'Tin tức, thông báo, văn bản']

  test.describe('JavaScript off', () => {
    test.use({javaScriptEnabled: false})

    test('/tim-kiem/?q=gom links to every browse page', async ({page}) => {
      await page.goto('/tim-kiem/?q=gom')
      for (const name of browsePages) await expect(page.getByRole('main').getByRole('link', {name, exact: true})).toBeVisible()
      await expect(page.getByRole('radio')).toHaveCount(0)
    })
  })

  test('when the script cannot be downloaded, the query stays in the box and the page links to every browse page', async ({page}) => {
    await page.route('**/_astro/*.js', (route) => route.abort('internetdisconnected'))
    await page.goto('/tim-kiem/?q=gom')
    await expect(searchbox(page)).toHaveValue('gom')
    await expect(status(page)).toContainText('Chưa tải được ô tìm kiếm')
    for (const name of browsePages) await expect(page.getByRole('main').getByRole('link', {name, exact: true})).toBeVisible()
  })
})
