import {expect, test, type Page} from './fixtures'

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
    // The commune is said by the heading, not again in the address.
    await expect(batTrang.locator('address')).toHaveText('Chợ gốm Bát Tràng, thôn Giang Cao', {useInnerText: true})
    await expect(batTrang.getByText('Hằng ngày 7:30–18:00')).toBeVisible()
    // Thursday 10:00 in Hà Nội, the sample's now.
    await expect(batTrang.getByText('Đang mở cửa, đóng lúc 18:00')).toBeVisible()
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
    const hours = page.getByRole('table', {name: 'Giờ mở cửa trong tuần'})
    await expect(hours.getByRole('row')).toHaveText(['Hằng ngày7:30–18:00'])
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
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
          opens: '07:30',
          closes: '18:00',
        },
      ],
      address: {streetAddress: 'Chợ gốm Bát Tràng, thôn Giang Cao', addressLocality: 'xã Bát Tràng'},
      geo: {latitude: 20.9766, longitude: 105.9131},
    })
    // The festival season's longer hours are an entry with its dates.
    await page.goto('/diem-ban/diem-ban-san-pham-ocop-ben-duc/')
    const other = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text)).find((data) => data['@type'] === 'Store')
    expect(other.openingHoursSpecification).toContainEqual({
      '@type': 'OpeningHoursSpecification',
      opens: '06:30',
      closes: '20:00',
      validFrom: '2027-02-11',
      validThrough: '2027-05-05',
    })
  })

  test('point-of-sale pages load one script file, the map\'s small loader (Leaflet only once the map is opened); "open now" and "Gần tôi" are inline', async ({request}) => {
    for (const [path, inline] of [
      ['/diem-ban/', 2],
      ['/diem-ban/diem-ban-san-pham-ocop-cho-gom-bat-trang/', 1],
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

  test.describe('open now, by the clock in Hà Nội', () => {
    const statusAt = async (page: Page, path: string, local: string) => {
      await page.clock.setFixedTime(new Date(`${local}+07:00`))
      await page.goto(path)
      return page.locator('.hours__status')
    }
    const batTrang = '/diem-ban/diem-ban-san-pham-ocop-cho-gom-bat-trang/'

    test('opens at 7:30 and closes at 18:00, as its hours say', async ({page}) => {
      // Thursday 26/11/2026.
      await expect(await statusAt(page, batTrang, '2026-11-26T07:29')).toHaveText('Đóng cửa, mở lại 7:30 hôm nay')
      await expect(await statusAt(page, batTrang, '2026-11-26T07:30')).toHaveText('Đang mở cửa, đóng lúc 18:00')
      await expect(await statusAt(page, batTrang, '2026-11-26T17:45')).toHaveText('Sắp đóng cửa (18:00)')
      await expect(await statusAt(page, batTrang, '2026-11-26T18:00')).toHaveText('Đóng cửa, mở lại 7:30 ngày mai')
    })

    test('stays open to midnight on walking-street evenings, and opens again in the morning', async ({page}) => {
      const hoGuom = '/diem-ban/diem-gioi-thieu-san-pham-ocop-ho-guom/'
      // Saturday night, then the first minute of Sunday.
      await expect(await statusAt(page, hoGuom, '2026-11-28T23:45')).toHaveText('Sắp đóng cửa (24:00)')
      await expect(await statusAt(page, hoGuom, '2026-11-29T00:00')).toHaveText('Đóng cửa, mở lại 8:30 hôm nay')
      // Thursday night it closed at 21:30.
      await expect(await statusAt(page, hoGuom, '2026-11-26T22:00')).toHaveText('Đóng cửa, mở lại 8:30 ngày mai')
      await expect(page.getByRole('table', {name: 'Giờ mở cửa trong tuần'}).getByRole('row')).toHaveText([
        'Thứ Hai – Thứ Năm8:30–21:30',
        'Thứ Sáu – Chủ Nhật8:30–24:00',
      ])
    })

    test('is closed over Tết and says which day it opens again', async ({page}) => {
      const vanPhuc = '/diem-ban/cua-hang-lua-dau-lang-van-phuc/'
      // The first day of the lunar year 2027 is Saturday 6/2/2027; the shop reopens on Wednesday 10/2.
      await expect(await statusAt(page, vanPhuc, '2027-02-06T10:00')).toHaveText('Đóng cửa, mở lại 8:00 thứ Tư')
      await expect(page.getByText('Nghỉ Tết Nguyên đán: đóng cửa 5/2/2027 – 9/2/2027')).toBeVisible()
      await expect(await statusAt(page, vanPhuc, '2027-02-10T08:00')).toHaveText('Đang mở cửa, đóng lúc 19:00')
      // Once Tết has passed, the notice goes.
      await expect(page.getByText('Nghỉ Tết Nguyên đán: đóng cửa 5/2/2027 – 9/2/2027')).toBeHidden()
    })

    test.describe('a visitor whose phone is set to another time zone', () => {
      test.use({timezoneId: 'Europe/Paris'})
      test('reads Hà Nội hours', async ({page}) => {
        // 12:30 in Paris is 18:30 in Hà Nội: closed.
        await expect(await statusAt(page, batTrang, '2026-11-26T18:30')).toHaveText('Đóng cửa, mở lại 7:30 ngày mai')
      })
    })
  })
})
