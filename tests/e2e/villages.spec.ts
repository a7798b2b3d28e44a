import {expect, test} from './fixtures'

const ldOfType = async (page: import('@playwright/test').Page, type: string) => {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  return blocks.map((text) => JSON.parse(text)).find((data) => data['@type'] === type)
}

test.describe('craft villages', () => {
  test('the list shows each village with its place, crafts and summary, and links to its page', async ({page}) => {
    await page.goto('/lang-nghe/')
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Làng nghề Hà Nội')
    const batTrang = page.getByRole('listitem').filter({has: page.getByRole('heading', {level: 2, name: 'Làng gốm Bát Tràng'})})
    await expect(batTrang.getByText('xã Bát Tràng (Gia Lâm cũ)')).toBeVisible()
    await expect(batTrang.getByText(/Gốm sứ men lam, men rạn/)).toBeVisible()
    await expect(batTrang.getByRole('img')).toHaveAttribute('alt', /cổng làng/)
    await expect(page.getByRole('main').getByRole('heading', {level: 2})).toHaveCount(8)
    await page.getByRole('link', {name: 'Làng lụa Vạn Phúc'}).click()
    await expect(page).toHaveURL(/\/lang-nghe\/lang-lua-van-phuc\/$/)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Làng lụa Vạn Phúc')
  })

  test('the Bát Tràng page tells how to visit and lists its OCOP products, producers and shops', async ({page}) => {
    await page.goto('/lang-nghe/lang-gom-bat-trang/')
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Làng gốm Bát Tràng')
    await expect(page.getByRole('navigation', {name: 'Bạn đang ở'}).getByRole('link', {name: 'Làng nghề'})).toBeVisible()

    const visit = page.getByRole('region', {name: 'Tham quan'})
    await expect(visit.getByText(/Xe buýt số 47A/)).toBeVisible()
    await expect(visit.getByRole('table', {name: 'Giờ đón khách trong tuần'}).getByRole('row')).toHaveText(['Hằng ngày7:30–18:00'])
    // Thursday 10:00 in Hà Nội, the sample's now.
    await expect(visit.getByText('Đang đón khách, đến 18:00')).toBeVisible()
    await expect(visit.getByRole('heading', {name: 'Khách có thể làm gì'})).toBeVisible()
    await expect(visit.getByRole('listitem').filter({hasText: 'Tự nặn gốm trên bàn xoay'})).toBeVisible()
    await expect(visit.getByRole('link', {name: 'Chỉ đường đến Làng gốm Bát Tràng'})).toHaveAttribute(
      'href',
      'https://www.google.com/maps/dir/?api=1&destination=20.977,105.912',
    )

    const products = page.getByRole('region', {name: 'Sản phẩm OCOP của làng'})
    const bowls = products.getByRole('listitem').filter({has: page.getByRole('link', {name: 'Bộ bát đĩa men ngọc Bát Tràng'})})
    await expect(bowls.getByRole('img', {name: 'OCOP 4 sao'})).toBeVisible()
    await expect(products.getByRole('img', {name: 'OCOP 5 sao'}).first()).toBeVisible()
    await expect(products.getByRole('heading', {level: 3})).toHaveCount(5)

    const producers = page.getByRole('region', {name: 'Cơ sở sản xuất trong làng'})
    await expect(producers.getByRole('link', {name: 'Công ty TNHH Gốm sứ Minh Lam'})).toHaveAttribute('href', /^\/chu-the\/[a-z0-9-]+\/$/)

    const shops = page.getByRole('region', {name: 'Nơi mua sản phẩm của làng'})
    await expect(shops.getByRole('link', {name: 'Điểm bán sản phẩm OCOP chợ gốm Bát Tràng', exact: true})).toHaveAttribute(
      'href',
      '/diem-ban/diem-ban-san-pham-ocop-cho-gom-bat-trang/',
    )
    await expect(shops.locator('a[href^="tel:"]').first()).toBeVisible()
  })

  test('a village page describes itself as a tourist attraction for search engines', async ({page}) => {
    await page.goto('/lang-nghe/lang-gom-bat-trang/')
    const attraction = await ldOfType(page, 'TouristAttraction')
    expect(attraction).toMatchObject({
      name: 'Làng gốm Bát Tràng',
      address: {addressLocality: 'xã Bát Tràng', addressRegion: 'Hà Nội', addressCountry: 'VN'},
      geo: {latitude: 20.977, longitude: 105.912},
      openingHoursSpecification: [{dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'], opens: '07:30', closes: '18:00'}],
    })
    expect(attraction.image).toMatch(/^https?:\/\//)
    const crumbs = await ldOfType(page, 'BreadcrumbList')
    expect(crumbs.itemListElement.map((item: {name: string}) => item.name)).toEqual(['Trang chủ', 'Làng nghề', 'Làng gốm Bát Tràng'])
  })

  test('village pages load one script file, the map\'s small loader (Leaflet only once the map is opened); a village\'s "open now" and sharing are inline', async ({request}) => {
    for (const [path, inline] of [
      ['/lang-nghe/', 0],
      ['/lang-nghe/lang-gom-bat-trang/', 2],
    ] as const) {
      const html = await (await request.get(path)).text()
      const code = (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !/type="application\/(ld\+)?json"/.test(tag))
      expect(code.filter((tag) => tag === '<script type="module">'), path).toHaveLength(inline)
      const files = code.filter((tag) => tag !== '<script type="module">')
      expect(files, path).toHaveLength(1)
      expect(files[0], path).toMatch(/^<script type="module" src="\/_astro\/PlacesMap\.[^"]+\.js">$/)
      expect(html, path).not.toMatch(/leaflet/i)
    }
  })
})

test.describe('village screenshots', () => {
  for (const width of [360, 1280]) {
    test(`village list and page at ${width} px`, async ({page}, testInfo) => {
      await page.setViewportSize({width, height: 900})
      for (const [name, path] of [['villages', '/lang-nghe/'], ['village', '/lang-nghe/lang-gom-bat-trang/']]) {
        await page.goto(path)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0)
        await page.screenshot({path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true})
      }
    })
  }
})
