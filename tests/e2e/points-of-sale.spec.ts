import {expect, test} from './fixtures'

test.describe('points of sale', () => {
  test('the directory groups places by commune or ward, sorted by name', async ({page}) => {
    await page.goto('/diem-ban/')
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Điểm bán sản phẩm OCOP')
    const areaHeadings = page.locator('section.area > h2')
    const names = await areaHeadings.allTextContents()
    expect(names.length).toBeGreaterThanOrEqual(10)
    expect(names).toContain('xã Bát Tràng (Gia Lâm cũ)')
    const bare = names.map((name) => name.replace(/^(xã|phường) /, ''))
    expect(bare).toEqual([...bare].sort(new Intl.Collator('vi').compare))

    const batTrang = page.getByRole('region', {name: 'xã Bát Tràng (Gia Lâm cũ)'})
    await expect(batTrang.getByRole('heading', {level: 3, name: 'Điểm bán sản phẩm OCOP chợ gốm Bát Tràng'})).toBeVisible()
    await expect(batTrang.getByText('Điểm bán tại làng nghề')).toBeVisible()
    await expect(batTrang.locator('address')).toHaveText('Chợ gốm Bát Tràng, thôn Giang Cao')
    await expect(batTrang.getByText('7:30–18:00, tất cả các ngày')).toBeVisible()
    await expect(batTrang.getByRole('link', {name: 'Gọi 0243 874 2215'})).toHaveAttribute('href', 'tel:+842438742215')
    await expect(batTrang.getByRole('link', {name: /Chỉ đường/})).toHaveAttribute('href', /^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=20\.9766,105\.9131$/)

    // Two shops in phường Hà Đông share one heading.
    const haDong = page.getByRole('region', {name: 'phường Hà Đông', exact: true})
    await expect(haDong.getByRole('heading', {level: 3})).toHaveCount(2)
  })

  test('every place in the directory has a phone link and directions', async ({page}) => {
    await page.goto('/diem-ban/')
    const entries = page.locator('section.area article')
    const count = await entries.count()
    expect(count).toBe(15)
    await expect(page.getByRole('link', {name: /^Chỉ đường/})).toHaveCount(count)
    await expect(page.locator('main a[href^="tel:"]')).toHaveCount(count)
    // Tap targets are at least 44 px high.
    for (const link of await page.getByRole('link', {name: /^(Gọi|Chỉ đường)/}).all()) {
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44)
    }
  })

  test('a point-of-sale page shows where it is, when it opens, and what it sells', async ({page}) => {
    await page.goto('/diem-ban/')
    await page.getByRole('link', {name: 'Điểm bán sản phẩm OCOP chợ gốm Bát Tràng', exact: true}).click()
    await expect(page).toHaveURL(/\/diem-ban\/diem-ban-san-pham-ocop-cho-gom-bat-trang\/$/)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Điểm bán sản phẩm OCOP chợ gốm Bát Tràng')
    await expect(page.locator('main address')).toContainText('Chợ gốm Bát Tràng, thôn Giang Cao, xã Bát Tràng, Hà Nội')
    await expect(page.getByText('7:30–18:00, tất cả các ngày')).toBeVisible()
    await expect(page.getByRole('link', {name: 'Gọi 0243 874 2215'})).toHaveAttribute('href', 'tel:+842438742215')
    await expect(page.getByRole('link', {name: 'Chỉ đường đến đây'})).toBeVisible()
    const products = page.getByRole('region', {name: 'Sản phẩm OCOP bán ở đây'})
    await expect(products.getByRole('link', {name: 'Bình gốm men lam vẽ tay'})).toBeVisible()
    await expect(page.getByRole('region', {name: 'Hàng của các chủ thể'}).getByRole('link', {name: 'Công ty TNHH Gốm sứ Minh Lam'})).toBeVisible()
    await expect(page.getByRole('main').getByRole('link', {name: 'Làng gốm Bát Tràng', exact: true})).toHaveAttribute('href', '/lang-nghe/lang-gom-bat-trang/')
  })

  test('a point-of-sale page describes the store for search engines', async ({page}) => {
    await page.goto('/diem-ban/diem-ban-san-pham-ocop-cho-gom-bat-trang/')
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text))
    const store = blocks.find((data) => data['@type'] === 'Store')
    expect(store).toMatchObject({
      name: 'Điểm bán sản phẩm OCOP chợ gốm Bát Tràng',
      telephone: '0243 874 2215',
      openingHours: 'Mo-Su 07:30-18:00',
      address: {streetAddress: 'Chợ gốm Bát Tràng, thôn Giang Cao', addressLocality: 'xã Bát Tràng'},
      geo: {latitude: 20.9766, longitude: 105.9131},
    })
    // Hours that do not fit schema.org's pattern stay readable in the description.
    await page.goto('/diem-ban/diem-ban-san-pham-ocop-ben-duc/')
    const other = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text)).find((data) => data['@type'] === 'Store')
    expect(other.openingHours).toBeUndefined()
    expect(other.description).toContain('mùa lễ hội mở đến 20:00')
  })

  test('point-of-sale pages ship no JavaScript but the map\'s small loader (Leaflet comes only when the map is opened)', async ({request}) => {
    for (const path of ['/diem-ban/', '/diem-ban/diem-ban-san-pham-ocop-cho-gom-bat-trang/']) {
      const html = await (await request.get(path)).text()
      const scripts = html.match(/<script\b[^>]*>/g) ?? []
      const code = scripts.filter((tag) => !/type="application\/(ld\+)?json"/.test(tag))
      expect(code, path).toHaveLength(1)
      expect(code[0], path).toMatch(/^<script type="module" src="\/_astro\/PlacesMap\.[^"]+\.js">$/)
      expect(html, path).not.toMatch(/leaflet/i)
    }
  })
})

test.describe('point-of-sale screenshots', () => {
  for (const width of [360, 1280]) {
    test(`directory and a point of sale at ${width} px`, async ({page}, testInfo) => {
      await page.setViewportSize({width, height: 900})
      for (const [name, path] of [['directory', '/diem-ban/'], ['point-of-sale', '/diem-ban/diem-ban-san-pham-ocop-cho-gom-bat-trang/']]) {
        await page.goto(path)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0)
        await page.screenshot({path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true})
      }
    })
  }
})
