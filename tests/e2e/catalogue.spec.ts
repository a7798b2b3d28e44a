import {expect, test} from '@playwright/test'

test.describe('product pages', () => {
  test('a product page shows its name, rating, producer, place and story', async ({page}) => {
    await page.goto('/san-pham/banh-chung-tranh-khuc/')
    await expect(page.getByRole('heading', {level: 1, name: 'Bánh chưng Tranh Khúc'})).toBeVisible()
    await expect(page.getByRole('img', {name: 'OCOP 4 sao'})).toBeVisible()
    await expect(page.getByText('Hợp tác xã Bánh chưng Tranh Khúc')).toBeVisible()
    await expect(page.getByText('xã Nam Phù, Hà Nội')).toBeVisible()
    await expect(page.getByRole('heading', {name: 'Gạo nếp, đỗ xanh và lá dong'})).toBeVisible()
    await expect(page.getByText('luộc liên tục chừng mười tiếng')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  })

  test('product pages ship no JavaScript (structured data only)', async ({page, request}) => {
    for (const path of ['/san-pham/banh-chung-tranh-khuc/', '/san-pham/']) {
      const html = await (await request.get(path)).text()
      const scripts = html.match(/<script\b[^>]*>/g) ?? []
      expect(scripts.filter((tag) => !tag.includes('type="application/ld+json"')), path).toEqual([])
    }
    await page.goto('/san-pham/binh-gom-men-lam-ve-tay/')
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0)
  })

  test('an expired certificate is shown as expired, never as current', async ({page}) => {
    await page.goto('/san-pham/sua-chua-ba-vi/')
    await expect(page.getByText('Hết hiệu lực từ 10/06/2025')).toBeVisible()
    await expect(page.getByText(/Còn hiệu lực/)).toHaveCount(0)
  })

  test('the catalogue lists every published product and links to its page', async ({page}) => {
    await page.goto('/san-pham/')
    const count = Number((await page.getByText(/^\d+ sản phẩm được công nhận/).textContent())?.match(/\d+/)?.[0])
    expect(count).toBeGreaterThanOrEqual(60)
    await expect(page.getByRole('heading', {level: 3})).toHaveCount(count)
    await page.getByRole('link', {name: 'Khăn lụa tơ tằm Vạn Phúc'}).click()
    await expect(page).toHaveURL(/\/san-pham\/khan-lua-to-tam-van-phuc\/$/)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Khăn lụa tơ tằm Vạn Phúc')
  })

  test('drafts never reach the site', async ({page, request}) => {
    expect((await request.get('/san-pham/mat-ong-hoa-nhan-ba-vi/')).status()).toBe(404)
    await page.goto('/san-pham/')
    await expect(page.getByText(/nháp/)).toHaveCount(0)
  })

  test('an unknown address gets a helpful 404 page', async ({page}) => {
    const response = await page.goto('/san-pham/khong-co-san-pham-nay/')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Không tìm thấy trang này')
    await expect(page.getByRole('link', {name: 'Xem danh mục sản phẩm OCOP'})).toBeVisible()
  })
})

test.describe('screenshots', () => {
  for (const width of [360, 1280]) {
    test(`product page and catalogue at ${width} px`, async ({page}, testInfo) => {
      await page.setViewportSize({width, height: 900})
      for (const [name, path] of [['product', '/san-pham/banh-chung-tranh-khuc/'], ['catalogue', '/san-pham/']]) {
        await page.goto(path)
        // Nothing may stick out sideways on a small phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0)
        await page.screenshot({path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true})
      }
    })
  }
})
