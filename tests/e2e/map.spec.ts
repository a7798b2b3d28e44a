/**
 * The places' maps (site/components/PlacesMap.astro) as visitors use them: markers for the places
 * the page lists, a popup to call or get directions, reachable with the keyboard, accessible at
 * 360 and 1280 px; and Leaflet downloaded only by pages whose map is opened.
 *
 * Nothing reaches the network: the test build (`npm run build:test`) takes its tiles from
 * https://tiles.ocop.test/, a host no server answers, and this spec serves them; a request to any
 * other host than the preview server and that one fails the test.
 */
import AxeBuilder from '@axe-core/playwright'
import sharp from 'sharp'
import {expect, test, type Page} from './fixtures'
import type {Locator} from '@playwright/test'
import {sampleNow} from '../support/clock'

const TILE_HOST = 'tiles.ocop.test'
const PRODUCT = '/san-pham/sua-tuoi-thanh-trung-ba-vi/'

// Leaflet's animations (a popup panned into view, a zoom) measure time with Date.now, which the
// fixtures' fixed clock stops: here the clock starts at the sample's now and runs.
test.beforeEach(async ({page}) => {
  await page.clock.install({time: sampleNow()})
  await page.clock.resume()
})

let tile: Buffer
test.beforeAll(async () => {
  const grid = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#f4efe3"/><path d="M0 .5H256M.5 0V256" stroke="#d8cfbb"/></svg>`
  tile = await sharp(Buffer.from(grid)).png().toBuffer()
})

/** Serves the tiles, refuses every other host than the site's, and records what the page asked for. */
async function watchRequests(page: Page, baseURL: string) {
  const seen = {tiles: 0, elsewhere: [] as string[], urls: [] as string[]}
  const site = new URL(baseURL).host
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.host === TILE_HOST) {
      seen.tiles += 1
      return route.fulfill({contentType: 'image/png', body: tile})
    }
    if (url.host === site || url.protocol === 'data:') return route.fallback()
    seen.elsewhere.push(url.href)
    return route.abort()
  })
  page.on('request', (request) => seen.urls.push(request.url()))
  return seen
}

/** True once the open popup lies inside its map, clear of the zoom buttons (Leaflet pans the map to it, with an animation). */
async function popupInsideMap(map: Locator): Promise<boolean> {
  const [outer, popup] = await Promise.all([map.boundingBox(), map.locator('.leaflet-popup-content-wrapper').boundingBox()])
  const zoom = await map.locator('.leaflet-control-zoom').boundingBox()
  if (!outer || !popup || !zoom) return false
  // Right of the zoom buttons, which stay above the popup.
  if (popup.x < zoom.x + zoom.width && popup.y < zoom.y + zoom.height) return false
  return popup.x >= outer.x && popup.y >= outer.y && popup.x + popup.width <= outer.x + outer.width && popup.y + popup.height <= outer.y + outer.height
}

const leafletRequests = (urls: string[]) => urls.filter((url) => /leaflet|places-map-leaflet|\.css(\?|$)/i.test(url))

test.afterEach(async ({page}) => {
  // Nothing outside the preview server and the tile host, whatever the test did.
  const elsewhere = (page as Page & {__elsewhere?: string[]}).__elsewhere
  if (elsewhere) expect(elsewhere).toEqual([])
})

async function open(page: Page, baseURL: string, path: string) {
  const seen = await watchRequests(page, baseURL)
  ;(page as Page & {__elsewhere?: string[]}).__elsewhere = seen.elsewhere
  await page.goto(path)
  const root = page.locator('[data-places-map]')
  expect(await root.getAttribute('data-tile-url'), 'the test build must take its tiles from the test host: npm run build:test').toBe(`https://${TILE_HOST}/{z}/{x}/{y}.png`)
  return seen
}

/** The names of the map's markers, once the map and its tiles are drawn. */
async function markerNames(page: Page, mapName: string | RegExp) {
  const map = page.getByRole('region', {name: mapName})
  await expect(map.locator('img.leaflet-tile-loaded').first()).toBeVisible()
  return map.locator('.leaflet-marker-icon').evaluateAll((icons) => icons.map((icon) => icon.getAttribute('aria-label')))
}

test('the directory opens its map when scrolled to, a marker for every place listed', async ({page, baseURL}) => {
  const seen = await open(page, baseURL!, '/diem-ban/')
  const listed = await page.locator('section.area article h3').allTextContents()
  expect(listed).toHaveLength(15)
  await page.locator('[data-places-map]').scrollIntoViewIfNeeded()
  const names = await markerNames(page, 'Bản đồ các điểm bán')
  expect([...names].sort()).toEqual(listed.map((name) => name.trim()).sort())
  expect(seen.tiles).toBeGreaterThan(0)
  // Every marker is in view, clear of the zoom buttons: the map fits them.
  const map = (await page.getByRole('region', {name: 'Bản đồ các điểm bán'}).boundingBox())!
  const zoom = (await page.locator('.leaflet-control-zoom').boundingBox())!
  for (const icon of await page.locator('.leaflet-marker-icon').all()) {
    const box = (await icon.boundingBox())!
    // Not under the zoom buttons.
    expect(box.x >= zoom.x + zoom.width || box.y >= zoom.y + zoom.height, String(await icon.getAttribute('aria-label'))).toBe(true)
    expect(box.x).toBeGreaterThanOrEqual(map.x)
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width)
    expect(box.y).toBeGreaterThanOrEqual(map.y)
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height)
  }
  await expect(page.getByRole('button', {name: 'Phóng to'})).toBeVisible()
  await expect(page.getByRole('button', {name: 'Thu nhỏ'})).toBeVisible()
  await expect(page.getByRole('link', {name: /OpenStreetMap/})).toHaveAttribute('href', 'https://www.openstreetmap.org/copyright')
})

test('a product page loads no map code until "Xem bản đồ" is tapped; then its points of sale are the markers', async ({page, baseURL}) => {
  const seen = await open(page, baseURL!, PRODUCT)
  await page.waitForLoadState('networkidle')
  expect(leafletRequests(seen.urls)).toEqual([])
  const html = await page.content()
  expect(html).not.toMatch(/leaflet/i)
  const shops = (await page.locator('.shop__name').allTextContents()).map((name) => name.trim())
  expect(shops.length).toBeGreaterThanOrEqual(2)
  await expect(page.locator('.places-map__frame')).toBeHidden()

  await page.getByRole('button', {name: 'Xem bản đồ'}).click()
  const names = await markerNames(page, /^Bản đồ nơi mua/)
  expect([...names].sort()).toEqual([...shops].sort())
  expect(leafletRequests(seen.urls).some((url) => url.includes('places-map-leaflet'))).toBe(true)
  // The button has done its work, and focus went to the map.
  await expect(page.getByRole('button', {name: 'Xem bản đồ'})).toBeHidden()
  await expect(page.getByRole('region', {name: /^Bản đồ nơi mua/})).toBeFocused()
})

test('a page without a map downloads no map code', async ({page, baseURL}) => {
  const seen = await watchRequests(page, baseURL!)
  await page.goto('/tin-tuc/')
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.waitForLoadState('networkidle')
  expect(leafletRequests(seen.urls)).toEqual([])
  expect(seen.urls.filter((url) => /places-map/.test(url))).toEqual([])
  expect(seen.elsewhere).toEqual([])
})

test.describe('on a phone', () => {
  test.use({
    viewport: {width: 360, height: 780},
    hasTouch: true,
    isMobile: true,
  })

  test('at 360 px a tap on a marker opens its popup: the name, "Gọi" and "Chỉ đường"', async ({page, baseURL}) => {
    await open(page, baseURL!, '/diem-ban/diem-ban-san-pham-ocop-cho-gom-bat-trang/')
    await page.getByRole('button', {name: 'Xem bản đồ'}).click()
    const map = page.getByRole('region', {
      name: 'Bản đồ: Điểm bán sản phẩm OCOP chợ gốm Bát Tràng',
    })
    await expect(map.locator('img.leaflet-tile-loaded').first()).toBeVisible()
    await map.getByRole('button', {name: 'Điểm bán sản phẩm OCOP chợ gốm Bát Tràng'}).tap()
    const popup = map.locator('.leaflet-popup')
    await expect(
      popup.getByRole('link', {
        name: 'Điểm bán sản phẩm OCOP chợ gốm Bát Tràng', exact: true,
      }),
    ).toHaveAttribute('href', '/diem-ban/diem-ban-san-pham-ocop-cho-gom-bat-trang/')
    await expect(popup).toContainText('Chợ gốm Bát Tràng, thôn Giang Cao, xã Bát Tràng')
    await expect(popup.getByRole('link', {name: 'Gọi 0243 874 2215'})).toHaveAttribute('href', 'tel:+842438742215')
    await expect(popup).toContainText('0243 874 2215')
    const directions = popup.getByRole('link', {name: /^Chỉ đường/})
    await expect(directions).toHaveAttribute('href', 'https://www.google.com/maps/dir/?api=1&destination=20.9766,105.9131')
    await expect(directions).toHaveAttribute('rel', 'noopener')
    await expect(popup.getByRole('button', {name: 'Đóng'})).toBeVisible()
    await expect.poll(() => popupInsideMap(map), 'the popup is inside the map').toBe(true)
    // The popup fits the screen.
    const box = (await popup.locator('.leaflet-popup-content-wrapper').boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(360)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  })
})

test('with the keyboard: Tab reaches a marker, Enter opens its popup, Escape returns to the marker', async ({page, baseURL}) => {
  await open(page, baseURL!, PRODUCT)
  await page.getByRole('button', {name: 'Xem bản đồ'}).focus()
  await page.keyboard.press('Enter')
  const map = page.getByRole('region', {name: /^Bản đồ nơi mua/})
  await expect(map).toBeFocused()
  await page.keyboard.press('Tab')
  const focused = page.locator('.leaflet-marker-icon:focus')
  await expect(focused).toHaveCount(1)
  const name = (await focused.getAttribute('aria-label'))!
  expect(name).toBeTruthy()
  await expect(focused).toHaveAttribute('title', name)
  await page.keyboard.press('Enter')
  const popup = map.locator('.leaflet-popup')
  await expect(popup.getByRole('link', {name, exact: true})).toBeFocused()
  await expect(popup.getByRole('link', {name: /^Chỉ đường/})).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(popup).toHaveCount(0)
  await expect(page.locator('.leaflet-marker-icon:focus')).toHaveAttribute('aria-label', name)
})

for (const width of [360, 1280]) {
  test(`axe finds nothing with the map and a popup open at ${width} px`, async ({page, baseURL}, testInfo) => {
    test.setTimeout(120_000)
    await page.setViewportSize({width, height: 900})
    for (const [name, path, mapName] of [
      ['product', PRODUCT, /^Bản đồ nơi mua/],
      ['village', '/lang-nghe/lang-gom-bat-trang/', /^Bản đồ: Làng gốm Bát Tràng/],
    ] as const) {
      await open(page, baseURL!, path)
      await page.getByRole('button', {name: 'Xem bản đồ'}).click()
      const map = page.getByRole('region', {name: mapName})
      await expect(map.locator('img.leaflet-tile-loaded').first()).toBeVisible()
      await map.locator('.leaflet-marker-icon').first().focus()
      await page.keyboard.press('Enter')
      await expect(map.locator('.leaflet-popup')).toBeVisible()
      await expect.poll(() => popupInsideMap(map), 'the popup is inside the map').toBe(true)
      const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        `${path} at ${width} px`,
      ).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${path} at ${width} px`).toBeLessThanOrEqual(0)
      await map.screenshot({
        path: testInfo.outputPath(`map-${name}-${width}.png`),
      })
    }
    await open(page, baseURL!, '/diem-ban/')
    await page.locator('[data-places-map]').scrollIntoViewIfNeeded()
    await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible()
    const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `/diem-ban/ at ${width} px`,
    ).toEqual([])
    await page.screenshot({
      path: testInfo.outputPath(`map-directory-${width}.png`),
    })
  })
}

test('without JavaScript the map shows nothing and the list is all there', async ({browser, baseURL}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL,
  })
  const page = await context.newPage()
  for (const path of ['/diem-ban/', PRODUCT]) {
    await page.goto(path)
    await expect(page.locator('[data-places-map]')).toBeHidden()
    await expect(page.getByRole('button', {name: 'Xem bản đồ'})).toBeHidden()
  }
  await expect(page.locator('.shop')).not.toHaveCount(0)
  await context.close()
})

test('nothing moves: the list\'s map box is reserved before Leaflet arrives, and the map draws in it', async ({page, baseURL}) => {
  await page.setViewportSize({width: 1280, height: 900})
  await page.addInitScript(() => {
    const shifts: number[] = []
    Object.defineProperty(window, '__shifts', {value: shifts})
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{value: number; hadRecentInput: boolean}>) if (!entry.hadRecentInput) shifts.push(entry.value)
    }).observe({type: 'layout-shift', buffered: true})
  })
  await open(page, baseURL!, '/diem-ban/')
  // At 1280 px the map's box is on the first screen: the map opens at once.
  await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible()
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(15)
  const shifts = await page.evaluate(() => (window as unknown as {__shifts: number[]}).__shifts)
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0)
})

test('the weekend view maps the coming weekend: its villages (market or visit) and its events are the markers', async ({page, baseURL}) => {
  await page.setViewportSize({width: 360, height: 800})
  const seen = await watchRequests(page, baseURL!)
  ;(page as Page & {__elsewhere?: string[]}).__elsewhere = seen.elsewhere
  // Thursday 10/12/2026: the coming weekend is 12–13/12, when Chợ Chuông meets (mùng 4 tháng 11 âm lịch).
  await page.clock.setSystemTime(new Date('2026-12-10T10:00:00+07:00'))
  await page.goto('/cuoi-tuan/')
  const weekend = page.getByRole('region', {name: 'Thứ Bảy 12/12 và Chủ Nhật 13/12'})
  await expect(weekend).toBeVisible()
  await expect(weekend.locator('[data-weekend-markets]')).toContainText('Chợ Chuông')
  const listed = new Set(
    (await weekend.locator('[data-weekend-events] > li > a, .villages > li > a').allTextContents()).map((name) => name.trim()),
  )
  listed.add('Làng nón Chuông')
  await weekend.getByRole('button', {name: 'Xem bản đồ'}).click()
  const names = await markerNames(page, 'Bản đồ: làng nghề và sự kiện ngày Thứ Bảy 12/12 và Chủ Nhật 13/12')
  expect([...names].sort()).toEqual([...listed].sort())
  expect(seen.tiles).toBeGreaterThan(0)
})
