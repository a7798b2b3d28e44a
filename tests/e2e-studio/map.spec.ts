import {expect, test, type Locator, type Page} from '@playwright/test'
import sharp from 'sharp'
import {publish, publishButton, published} from '../support/studio-editing'

/**
 * The coordinate fields as an editor uses them: a map where a click places the point and the
 * marker shows it, with the latitude and longitude in Vietnamese boxes beside it. The test Studio
 * asks a host no server answers for its tiles (scripts/build-studio-for-tests.sh); they are
 * served here, so nothing reaches the network.
 */

const MAP_NAME = 'Bản đồ: bấm để đặt vị trí, kéo dấu để chỉnh'
/** The zoom the map opens at for a field that has a point. */
const POINT_ZOOM = 16

let tile: Buffer
test.beforeAll(async () => {
  // A plain rice-paper tile with a faint grid, enough to see that tiles are laid out.
  const grid = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#f4efe3"/><path d="M0 .5H256M.5 0V256" stroke="#d8cfbb"/></svg>`
  tile = await sharp(Buffer.from(grid)).png().toBuffer()
})

/** Serves every map tile the Studio asks for; returns how many it served. */
async function serveTiles(page: Page) {
  const served = {count: 0, elsewhere: [] as string[]}
  await page.route('https://tiles.ocop.test/**', (route) => {
    served.count += 1
    return route.fulfill({contentType: 'image/png', body: tile})
  })
  page.on('request', (request) => {
    if (request.url().includes('openstreetmap.org')) served.elsewhere.push(request.url())
  })
  return served
}

/** Where Web Mercator puts a point at this zoom, in pixels of the whole world (as Leaflet does). */
function worldPixel({lat, lng}: {lat: number; lng: number}, zoom: number) {
  const size = 256 * 2 ** zoom
  const sin = Math.sin((lat * Math.PI) / 180)
  return {x: ((lng + 180) / 360) * size, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size}
}

/** The point of the marker's pin, in page pixels. */
async function markerTip(marker: Locator) {
  const box = (await marker.boundingBox())!
  return {x: box.x + box.width / 2, y: box.y + box.height - 1}
}

async function expectNoEnglishCoordinateWords(page: Page) {
  const text = await page.locator('body').innerText()
  for (const word of ['Latitude', 'Longitude', 'Altitude']) expect(text, word).not.toContain(word)
}

test.describe('coordinates on a map', () => {
  test.use({viewport: {width: 1280, height: 900}})

  test('a point of sale is placed by clicking the map, corrected by typing, and published as shown', async ({page, request}, testInfo) => {
    // The first document a fresh Studio opens took up to 37 s on a loaded 2-core machine; with saving
    // and publishing the test took 45–55 s, too close to the 60 s default.
    test.setTimeout(90_000)
    const id = 'pos-cho-gom-bat-trang'
    const before = (await published(request, 'pointOfSale', '_id', id))!
    const start = before.location as {lat: number; lng: number}
    const served = await serveTiles(page)
    await page.goto(`/intent/edit/id=${id};type=pointOfSale`)

    // The map opens on the point, with its tiles (laid out by Leaflet's CSS) and the marker at its centre.
    const map = page.getByRole('region', {name: MAP_NAME})
    await map.scrollIntoViewIfNeeded()
    await expect(map).toBeVisible()
    await expect(map.locator('img.leaflet-tile-loaded').first()).toBeVisible()
    expect(served.count).toBeGreaterThan(0)
    await expect(map).toHaveCSS('overflow', 'hidden')
    const box = (await map.boundingBox())!
    expect(box.height).toBeGreaterThanOrEqual(280)
    const centre = {x: box.x + box.width / 2, y: box.y + box.height / 2}
    const marker = map.getByTitle('Vị trí đã chọn')
    await expect(marker).toBeVisible()
    const lat = page.getByRole('textbox', {name: 'Vĩ độ', exact: true})
    const lng = page.getByRole('textbox', {name: 'Kinh độ', exact: true})
    await expect(lat).toHaveValue(String(start.lat))
    await expect(lng).toHaveValue(String(start.lng))
    let tip = await markerTip(marker)
    expect(Math.abs(tip.x - centre.x)).toBeLessThanOrEqual(2)
    expect(Math.abs(tip.y - centre.y)).toBeLessThanOrEqual(2)
    await expectNoEnglishCoordinateWords(page)

    // A click north-east of the marker moves it there, and the boxes show a point north-east of the old one.
    await map.click({position: {x: box.width / 2 + 120, y: box.height / 2 - 70}})
    await expect(lat).not.toHaveValue(String(start.lat))
    expect(Number(await lat.inputValue())).toBeGreaterThan(start.lat)
    expect(Number(await lng.inputValue())).toBeGreaterThan(start.lng)
    expect(await lat.inputValue()).toMatch(/^\d+\.\d{1,6}$/)
    await expect.poll(async () => Math.round((await markerTip(marker)).x - centre.x)).toBeGreaterThanOrEqual(118)
    tip = await markerTip(marker)
    expect(Math.abs(tip.x - (centre.x + 120))).toBeLessThanOrEqual(2)
    expect(Math.abs(tip.y - (centre.y - 70))).toBeLessThanOrEqual(2)

    // Numbers typed in the boxes move the marker to where the map puts them.
    const typed = {lat: Math.round((start.lat + 0.0006) * 1e6) / 1e6, lng: Math.round((start.lng - 0.0009) * 1e6) / 1e6}
    await lat.fill(String(typed.lat))
    await lng.fill(String(typed.lng))
    const from = worldPixel(start, POINT_ZOOM)
    const to = worldPixel(typed, POINT_ZOOM)
    const expected = {x: centre.x + to.x - from.x, y: centre.y + to.y - from.y}
    await expect.poll(async () => Math.abs((await markerTip(marker)).x - expected.x)).toBeLessThanOrEqual(2)
    expect(Math.abs((await markerTip(marker)).y - expected.y)).toBeLessThanOrEqual(2)
    await page.screenshot({path: testInfo.outputPath('map-1280.png')})

    // Published, the website reads the point as typed, rounded as stored.
    const read = async () => {
      const doc = await published(request, 'pointOfSale', '_id', id)
      return doc && doc._rev !== before._rev ? doc : null
    }
    await publish(page, read)
    expect((await read())!.location).toEqual({_type: 'geopoint', lat: typed.lat, lng: typed.lng})
    expect(served.elsewhere).toEqual([])
  })
})

test('on a phone the map fits the screen, and a tap places the point', async ({page}, testInfo) => {
  await page.setViewportSize({width: 390, height: 844})
  await serveTiles(page)
  await page.goto('/intent/edit/id=pos-lang-lua-van-phuc;type=pointOfSale')
  const map = page.getByRole('region', {name: MAP_NAME})
  await map.scrollIntoViewIfNeeded()
  await expect(map.locator('img.leaflet-tile-loaded').first()).toBeVisible()
  await expect(map.getByTitle('Vị trí đã chọn')).toBeVisible()
  const box = (await map.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(390)
  const lat = page.getByRole('textbox', {name: 'Vĩ độ', exact: true})
  const lng = page.getByRole('textbox', {name: 'Kinh độ', exact: true})
  const before = await lng.inputValue()
  await map.click({position: {x: box.width / 2 - 60, y: box.height / 2 + 40}})
  await expect(lng).not.toHaveValue(before)
  expect(Number(await lng.inputValue())).toBeLessThan(Number(before))
  for (const input of [lat, lng]) {
    const field = (await input.boundingBox())!
    expect(field.x + field.width).toBeLessThanOrEqual(390)
  }
  await expectNoEnglishCoordinateWords(page)

  // A latitude typed as "21.02.85" is not a number: the point stays where it was, so Xuất bản
  // waits, saying what to type, until the box holds one again.
  const placed = await lat.inputValue()
  await lat.fill('21.02.85')
  await expect(publishButton(page)).toBeDisabled()
  await publishButton(page).hover({force: true})
  await expect(page.getByText('Chưa xuất bản được: Vĩ độ là một số từ -90 đến 90, ví dụ 21.0285.')).toBeVisible()
  await lat.fill(placed)
  await expect(publishButton(page)).toBeEnabled()
  await map.scrollIntoViewIfNeeded()
  await page.screenshot({path: testInfo.outputPath('map-390.png')})
})
