import {readFileSync} from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import {expect, test, type Page} from './fixtures'

/**
 * "Gần tôi" as a shopper uses it on a phone: the location asked for only on the tap, the list
 * sorted nearest first with "cách … km", and a commune to choose when the location is refused.
 * Expected orders and distances are worked out here from the dataset's coordinates.
 */

type Doc = {_id: string; _type: string; name?: string; slug?: {current: string}; location?: {lat: number; lng: number}; centre?: {lat: number; lng: number}; pointsOfSale?: {_ref: string}[]}
const documents: Doc[] = readFileSync(new URL('../../content/data.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
const byId = new Map(documents.map((doc) => [doc._id, doc]))

/** Haversine, written out again here so that the test does not check the site's code against itself. */
function km(a: {lat: number; lng: number}, b: {lat: number; lng: number}) {
  const rad = Math.PI / 180
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}
/** As the page writes it: metres to the ten under 1 km, one decimal (comma) under 10 km. */
const said = (distance: number) =>
  distance < 1 ? `cách ${Math.round(distance * 100) * 10} m` : distance < 10 ? `cách ${distance.toFixed(1).replace('.', ',')} km` : `cách ${Math.round(distance)} km`

/** A point in Bát Tràng, in the lane behind the ceramics market. */
const BAT_TRANG = {latitude: 20.9774, longitude: 105.9122}
const here = {lat: BAT_TRANG.latitude, lng: BAT_TRANG.longitude}

/** Counts the page's requests for the visitor's location. */
async function countLocationRequests(page: Page) {
  await page.addInitScript(() => {
    const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation)
    ;(window as unknown as {locationAsked: number}).locationAsked = 0
    navigator.geolocation.getCurrentPosition = (...args: Parameters<Geolocation['getCurrentPosition']>) => {
      ;(window as unknown as {locationAsked: number}).locationAsked++
      original(...args)
    }
  })
  return () => page.evaluate(() => (window as unknown as {locationAsked: number}).locationAsked)
}

test.describe('near me, with the location shared', () => {
  test.use({viewport: {width: 360, height: 800}, hasTouch: true, geolocation: BAT_TRANG, permissions: ['geolocation']})

  test('a shopper in Bát Tràng taps "Gần tôi" on a Bát Tràng vase and sees the nearest shop, how far it is and that it is open', async ({page}) => {
    const product = documents.find((doc) => doc._id === 'product-binh-gom-men-lam')!
    const shops = product.pointsOfSale!.map((ref) => byId.get(ref._ref)!)
    const expected = shops.map((shop) => ({name: shop.name!, distance: km(here, shop.location!)})).sort((a, b) => a.distance - b.distance)
    expect(expected[0]!.name).toBe('Điểm bán sản phẩm OCOP chợ gốm Bát Tràng')

    const asked = await countLocationRequests(page)
    await page.goto(`/san-pham/${product.slug!.current}/`)
    expect(await asked()).toBe(0)
    const buy = page.getByRole('region', {name: 'Mua ở đâu'})
    await buy.getByRole('button', {name: 'Gần tôi'}).tap()
    expect(await asked()).toBe(1)

    const names = buy.locator('.shop__name')
    await expect(names).toHaveText(expected.map((shop) => shop.name))
    const nearest = buy.locator('li.shop').first()
    await expect(nearest.getByText(said(expected[0]!.distance), {exact: true})).toBeVisible()
    // Thursday 10:00 in Hà Nội: the market's shop is open until 18:00.
    await expect(nearest.getByText('Đang mở cửa, đóng lúc 18:00')).toBeVisible()
    await expect(buy.getByRole('status')).toHaveText(
      `Đã xếp ${shops.length} điểm bán theo khoảng cách từ vị trí của bạn. Gần nhất: ${expected[0]!.name}, ${said(expected[0]!.distance)}.`,
    )
    for (const [index, shop] of expected.entries()) {
      await expect(buy.locator('li.shop').nth(index).locator('.shop__distance')).toHaveText(said(shop.distance))
    }
  })

  test('the directory becomes one list, nearest first, and goes back to communes', async ({page}) => {
    const places = documents.filter((doc) => doc._type === 'pointOfSale')
    const expected = places.map((place) => ({name: place.name!, distance: km(here, place.location!)})).sort((a, b) => a.distance - b.distance)
    await page.goto('/diem-ban/')
    await page.getByRole('button', {name: 'Gần tôi'}).tap()
    const sorted = page.getByRole('list', {name: 'Điểm bán, gần nhất trước'})
    await expect(sorted.getByRole('heading', {level: 3})).toHaveText(expected.map((place) => place.name))
    // Out from under their commune's heading, the entries say their commune.
    await expect(sorted.locator('li').first().locator('address')).toHaveText('Chợ gốm Bát Tràng, thôn Giang Cao, xã Bát Tràng (Gia Lâm cũ)')
    await expect(page.getByRole('region', {name: 'xã Bát Tràng (Gia Lâm cũ)'})).toBeHidden()
    await expect(page.getByRole('navigation', {name: 'Chọn xã, phường'})).toBeHidden()

    await page.getByRole('button', {name: 'Xem theo xã, phường'}).tap()
    await expect(sorted).toBeHidden()
    const batTrang = page.getByRole('region', {name: 'xã Bát Tràng (Gia Lâm cũ)'})
    await expect(batTrang.getByRole('heading', {level: 3})).toHaveText(['Điểm bán sản phẩm OCOP chợ gốm Bát Tràng'])
    await expect(page.locator('section.area article')).toHaveCount(places.length)
    await expect(page.getByText(/^cách /).filter({visible: true})).toHaveCount(0)
  })

  for (const width of [360, 1280]) {
    test(`sorted lists pass axe at ${width} px`, async ({page}) => {
      await page.setViewportSize({width, height: 900})
      for (const path of ['/diem-ban/', '/san-pham/binh-gom-men-lam-ve-tay/']) {
        await page.goto(path)
        await page.getByRole('button', {name: 'Gần tôi'}).click()
        await expect(page.getByRole('status').filter({hasText: 'Đã xếp'})).toBeVisible()
        const axe = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
        expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`), path).toEqual([])
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0)
      }
    })
  }
})

test.describe('near me, with the location refused', () => {
  // No permission granted: Chromium refuses the page's request, as when a visitor taps "Chặn".
  test.use({viewport: {width: 360, height: 800}, hasTouch: true})

  test('the visitor chooses their commune and the list is sorted from its centre', async ({page}) => {
    const centre = byId.get('area-bat-trang')!.centre!
    const places = documents.filter((doc) => doc._type === 'pointOfSale')
    const expected = places.map((place) => ({name: place.name!, distance: km(centre, place.location!)})).sort((a, b) => a.distance - b.distance)
    await page.goto('/diem-ban/')
    await page.getByRole('button', {name: 'Gần tôi'}).tap()
    await expect(page.getByRole('status')).toHaveText('Bạn chưa cho phép website biết vị trí. Hãy chọn xã, phường bạn đang ở:')
    const chooser = page.getByRole('combobox', {name: 'Xã, phường bạn đang ở'})
    await expect(chooser).toBeFocused()
    await chooser.selectOption({label: 'xã Bát Tràng'})
    const sorted = page.getByRole('list', {name: 'Điểm bán, gần nhất trước'})
    await expect(sorted.getByRole('heading', {level: 3})).toHaveText(expected.map((place) => place.name))
    await expect(page.getByRole('status')).toHaveText(
      `Đã xếp ${places.length} điểm bán theo khoảng cách từ trung tâm xã Bát Tràng. Gần nhất: ${expected[0]!.name}, ${said(expected[0]!.distance)}.`,
    )
  })
})

test.describe('near me without JavaScript', () => {
  test.use({javaScriptEnabled: false})

  test('offers no button that cannot work, and keeps the directory by commune', async ({page}) => {
    await page.goto('/diem-ban/')
    await expect(page.getByRole('button', {name: 'Gần tôi'})).toHaveCount(0)
    await expect(page.getByRole('region', {name: 'xã Bát Tràng (Gia Lâm cũ)'})).toBeVisible()
  })
})
