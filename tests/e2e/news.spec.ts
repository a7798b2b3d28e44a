import {expect, test} from './fixtures'

const PLAN = '/tin-tuc/ke-hoach-to-chuc-hoi-cho-san-pham-ocop-ha-noi-nam-2026/'

test.describe('news', () => {
  test('the news list shows ten articles a page, newest first, with date, kind and excerpt', async ({page}) => {
    await page.goto('/tin-tuc/')
    await expect(page.getByRole('heading', {level: 1, name: 'Tin tức, thông báo'})).toBeVisible()
    await expect(page.getByRole('main').getByRole('heading', {level: 2})).toHaveCount(10) // ten articles
    const first = page.getByRole('article').first()
    await expect(first.getByRole('heading', {name: 'Khai mạc Hội chợ sản phẩm OCOP Hà Nội năm 2026'})).toBeVisible()
    await expect(first.getByText('Thứ Ba, 24/11/2026')).toBeVisible()
    await expect(first.getByText('Tin tức', {exact: true})).toBeVisible()
    await expect(first.getByRole('img')).toHaveAttribute('alt', /.+/)
    const second = page.getByRole('article').nth(1)
    await expect(second.getByRole('heading', {name: 'Điểm giới thiệu sản phẩm OCOP Hồ Gươm mở cửa muộn hơn dịp cuối năm'})).toBeVisible()
    await expect(second.getByText('Thông báo')).toBeVisible()
    await expect(second.getByText(/^Từ ngày 01\/12\/2026/)).toBeVisible()

    const pager = page.getByRole('navigation', {name: 'Các trang tin tức'})
    await pager.getByRole('link', {name: 'Trang sau ›'}).click()
    await expect(page).toHaveURL(/\/tin-tuc\/trang\/2\/$/)
    await expect(page.getByRole('heading', {level: 1})).toContainText('trang 2')
    const onPageTwo = await page.getByRole('article').count()
    expect(onPageTwo).toBeGreaterThan(0)
    expect(onPageTwo).toBeLessThanOrEqual(10)
    await expect(page.getByRole('link', {name: 'Sáu nhóm sản phẩm OCOP theo bộ tiêu chí năm 2023'})).toBeVisible()
    await expect(page.getByRole('navigation', {name: 'Các trang tin tức'}).getByRole('link', {name: '‹ Trang trước'})).toHaveAttribute('href', '/tin-tuc/')
  })

  test('an article page has its title, date, kind, body, attachment and related event', async ({page}) => {
    await page.goto(PLAN)
    await expect(page.getByRole('heading', {level: 1, name: 'Kế hoạch tổ chức Hội chợ sản phẩm OCOP Hà Nội năm 2026'})).toBeVisible()
    await expect(page.getByText('Văn bản', {exact: true})).toBeVisible()
    await expect(page.locator('article time').first()).toHaveText('Thứ Tư, 05/08/2026')
    await expect(page.getByText('Toàn văn kế hoạch trong tệp đính kèm.')).toBeVisible()
    const attachment = page.getByRole('link', {name: /Kế hoạch số 186\/KH-SCT/})
    await expect(attachment).toContainText('PDF, 1 KB')
    const file = await page.request.get((await attachment.getAttribute('href'))!)
    expect(file.status()).toBe(200)
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-')
    const related = page.locator('section', {has: page.getByRole('heading', {name: 'Sự kiện liên quan'})})
    await expect(related.getByRole('link', {name: 'Hội chợ sản phẩm OCOP Hà Nội năm 2026'})).toHaveAttribute('href', '/su-kien/hoi-cho-san-pham-ocop-ha-noi-nam-2026/')
  })

  test('an article with related products shows them as product cards', async ({page}) => {
    await page.goto('/tin-tuc/nhac-chu-the-kiem-tra-thoi-han-giay-chung-nhan-ocop/')
    const related = page.locator('section', {has: page.getByRole('heading', {name: 'Sản phẩm được nhắc đến'})})
    await expect(related.getByRole('link', {name: 'Sữa chua Ba Vì'})).toHaveAttribute('href', '/san-pham/sua-chua-ba-vi/')
  })

  test('the article page carries a NewsArticle with publisher', async ({request}) => {
    const html = await (await request.get('/tin-tuc/moi-dang-ky-gian-hang-hoi-cho-tet-dinh-mui-2027/')).text()
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]!))
    const article = blocks.find((block) => block['@type'] === 'NewsArticle')
    expect(article).toMatchObject({
      headline: 'Mời đăng ký gian hàng Hội chợ Tết Đinh Mùi 2027',
      datePublished: '2026-11-20T08:00:00+07:00',
      publisher: {'@type': 'Organization'},
    })
    expect(article.image[0]).toMatch(/^https?:\/\//)
  })

  test('the news RSS feed is announced and valid enough to read', async ({page, request}) => {
    await page.goto('/tin-tuc/')
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/tin-tuc/rss.xml')
    const response = await request.get('/tin-tuc/rss.xml')
    expect(response.status()).toBe(200)
    const xml = await response.text()
    expect(xml).toContain('<rss')
    expect(xml.match(/<item>/g)?.length).toBeGreaterThanOrEqual(10)
    expect(xml).toContain('Mời đăng ký gian hàng Hội chợ Tết Đinh Mùi 2027')
    expect(xml).not.toMatch(/nháp/i)
  })

  test('news pages ship no JavaScript unless they show an event state', async ({request}) => {
    const html = await (await request.get('/tin-tuc/')).text()
    const scripts = (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('application/ld+json'))
    expect(scripts).toEqual([])
  })
})

test.describe('news screenshots', () => {
  for (const width of [360, 1280]) {
    test(`news list and article page at ${width} px`, async ({page}, testInfo) => {
      await page.setViewportSize({width, height: 900})
      for (const [name, path] of [['news', '/tin-tuc/'], ['article', PLAN], ['training', '/dao-tao/thiet-ke-bao-bi-va-nhan-hang-hoa-cho-san-pham-ocop/'], ['trainings', '/dao-tao/']] as const) {
        await page.goto(path)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0)
        await page.screenshot({path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true})
      }
    })
  }
})
