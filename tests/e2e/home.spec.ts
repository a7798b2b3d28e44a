import {readFileSync} from 'node:fs'
import {expect, test} from './fixtures'
import {PRODUCT_GROUPS} from '../../schemas/constants'
import {formatDay} from '../../site/lib/format'
import {sampleNow} from '../support/clock'

/** The published events of the sample dataset, to know which fair is next at the sample's now (the build's and the browser's). */
const documents = readFileSync(new URL('../../content/data.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, any>)
const published = (type: string) => documents.filter((doc) => doc._type === type && !doc._id.startsWith('drafts.'))
const nextFair = published('event')
  .filter((event) => Date.parse(event.endsAt) > sampleNow().getTime())
  .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0]

test.describe('home page', () => {
  test('says what OCOP Hà Nội is and leads to products, places to buy and fairs', async ({page}) => {
    await page.goto('/')
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Sản phẩm OCOP của các xã, phường Hà Nội và nơi mua')
    await expect(page.getByText(/Danh mục sản phẩm OCOP 3, 4 và 5 sao của Hà Nội/)).toBeVisible()
    await expect(page.getByRole('link', {name: 'Xem sản phẩm OCOP'})).toHaveAttribute('href', '/san-pham/')
    await expect(page.getByRole('link', {name: 'Tìm nơi mua'})).toHaveAttribute('href', '/diem-ban/')
    await expect(page.getByRole('link', {name: 'Cách xếp hạng sao', exact: true})).toHaveAttribute('href', '/gioi-thieu/')
  })

  test("shows a 5-star product's photo with the OCOP mark beside the words, as the one image that loads first", async ({page}) => {
    await page.goto('/')
    const hero = page.getByRole('region', {name: 'Sản phẩm OCOP của các xã, phường Hà Nội và nơi mua'})
    const photo = hero.getByRole('img', {name: /^Hình minh họa bình gốm/})
    await expect(photo).toHaveAttribute('fetchpriority', 'high')
    await expect(photo).toHaveAttribute('loading', 'eager')
    await expect(photo).toHaveAttribute('width', /^\d+$/)
    await expect(photo).toHaveAttribute('height', /^\d+$/)
    await expect(photo).toHaveAttribute('srcset', /\d+w,/)
    await expect(page.locator('img[fetchpriority="high"]')).toHaveCount(1)
    await expect(hero.getByRole('img', {name: 'OCOP 5 sao'})).toBeVisible()
    await expect(hero.getByRole('link', {name: 'Bình gốm men lam vẽ tay'})).toHaveAttribute('href', '/san-pham/binh-gom-men-lam-ve-tay/')
    await expect(photo).toBeInViewport()

    // At 1280 px the photo fills the right half, level with the heading.
    await page.setViewportSize({width: 1280, height: 900})
    const heading = (await hero.getByRole('heading', {level: 1}).boundingBox())!
    const box = (await photo.boundingBox())!
    expect(box.x).toBeGreaterThan(heading.x + heading.width)
    expect(box.x + box.width).toBeGreaterThan(1100)
    expect(box.y).toBeLessThan(heading.y + heading.height)
  })

  test('lists the six product groups with links to each', async ({page}) => {
    await page.goto('/')
    const groups = page.getByRole('region', {name: 'Sáu nhóm sản phẩm'})
    await expect(groups.getByRole('link')).toHaveCount(6)
    for (const group of PRODUCT_GROUPS) {
      await expect(groups.getByRole('link', {name: new RegExp(`^${group.title}`)})).toHaveAttribute('href', `/san-pham/nhom/${group.value}/`)
    }
  })

  test('shows the next fair first, with its date, and links to it', async ({page}) => {
    expect(nextFair, 'the sample dataset has a fair that has not ended at its now').toBeDefined()
    await page.goto('/')
    const events = page.getByRole('region', {name: 'Hội chợ, sự kiện sắp tới'})
    const first = events.getByRole('listitem').first()
    await expect(first.getByRole('link', {name: nextFair.title, exact: true})).toHaveAttribute('href', `/su-kien/${nextFair.slug.current}/`)
    await expect(first.getByText(formatDay(nextFair.startsAt)).first()).toBeVisible()
    await expect(first.getByText(nextFair.venue.name)).toBeVisible()
    await expect(first.locator('[data-starts-at]')).toHaveAttribute('data-starts-at', new Date(nextFair.startsAt).toISOString())
    await expect(first.locator('[data-ends-at]')).toHaveAttribute('data-ends-at', new Date(nextFair.endsAt).toISOString())
    expect(await events.getByRole('listitem').count()).toBeLessThanOrEqual(3)
    await expect(events.getByRole('link', {name: 'Tất cả hội chợ, sự kiện'})).toHaveAttribute('href', '/su-kien/')
  })

  test('shows featured products with their stars, trainings open for registration, news, villages and shops', async ({page}) => {
    await page.goto('/')
    const products = page.getByRole('region', {name: 'Sản phẩm tiêu biểu'})
    await expect(products.getByRole('link', {name: 'Bình gốm men lam vẽ tay'})).toHaveAttribute('href', '/san-pham/binh-gom-men-lam-ve-tay/')
    await expect(products.getByRole('img', {name: /^OCOP \d sao/}).first()).toBeVisible()

    const trainings = page.getByRole('region', {name: 'Lớp tập huấn đang nhận đăng ký'})
    const openCount = published('training').filter((training) => Date.parse(training.registrationDeadline) > sampleNow().getTime()).length
    expect(openCount, 'the sample dataset has trainings open at its now').toBeGreaterThan(0)
    await expect(trainings.getByRole('listitem')).toHaveCount(Math.min(3, openCount))
    await expect(trainings.getByText(/^Hạn đăng ký: Thứ/).first()).toBeVisible()
    await expect(trainings.locator('[data-closes-at]').first()).toHaveAttribute('data-closes-at', /^\d{4}-\d{2}-\d{2}T/)
    await expect(trainings.getByRole('listitem').first().getByRole('link')).toHaveAttribute('href', /^\/dao-tao\/[a-z0-9-]+\/$/)

    const news = page.getByRole('region', {name: 'Tin mới'})
    await expect(news.getByRole('listitem')).toHaveCount(3)
    await expect(news.getByRole('listitem').first().getByRole('link')).toHaveAttribute('href', /^\/tin-tuc\/[a-z0-9-]+\/$/)

    const villages = page.getByRole('region', {name: 'Làng nghề nên ghé'})
    await expect(villages.getByRole('link', {name: 'Làng gốm Bát Tràng'})).toHaveAttribute('href', '/lang-nghe/lang-gom-bat-trang/')

    const shops = page.getByRole('region', {name: 'Nơi mua sản phẩm OCOP'})
    await expect(shops.locator('a[href^="tel:"]').first()).toBeVisible()
    await expect(shops.getByRole('link', {name: /^Tất cả \d+ điểm bán/})).toHaveAttribute('href', '/diem-ban/')
  })

  test('describes the department and the site for search engines, with no script file: only the inline schedule and open-now refreshes', async ({page, request}) => {
    await page.goto('/')
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text))
    expect(blocks.find((data) => data['@type'] === 'Organization')).toMatchObject({name: 'Sở Công Thương Hà Nội', telephone: '024 3833 6452'})
    expect(blocks.find((data) => data['@type'] === 'WebSite')).toMatchObject({name: 'OCOP Hà Nội'})
    const html = await (await request.get('/')).text()
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    // Only the small modules, written inline, that bring "Sắp diễn ra" / "Đang nhận đăng ký" and the
    // points of sale's "Đang mở cửa" up to date for the visitor's moment.
    expect(scripts.filter((tag) => !tag.includes('type="application/ld+json"'))).toEqual(['<script type="module">', '<script type="module">'])
  })
})

test.describe('about OCOP and the 404 page', () => {
  test('the about page explains groups, scores, stars and expiry', async ({page}) => {
    await page.goto('/gioi-thieu/')
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Về chương trình OCOP')
    await expect(page.getByRole('heading', {level: 2, name: 'Sáu nhóm sản phẩm'})).toBeVisible()
    await expect(page.getByRole('row', {name: /5 sao.*90–100/})).toBeVisible()
    await expect(page.getByRole('row', {name: /4 sao.*70–89/})).toBeVisible()
    await expect(page.getByRole('row', {name: /3 sao.*50–69/})).toBeVisible()
    await expect(page.getByText(/có giá trị 36 tháng/)).toBeVisible()
    await expect(page.getByText('Hết hiệu lực', {exact: true})).toBeVisible()
  })

  test('the 404 page offers a search box and the main sections', async ({page}) => {
    const response = await page.goto('/khong-co-trang-nay/')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Không tìm thấy trang này')
    await page.getByRole('main').getByRole('searchbox', {name: 'Tìm sản phẩm, chủ thể, địa điểm'}).fill('gom bat trang')
    await page.getByRole('button', {name: 'Tìm kiếm'}).click()
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=gom\+bat\+trang$/)
  })

  test('the 404 page links to the main sections', async ({page}) => {
    await page.goto('/khong-co-trang-nay/')
    const main = page.getByRole('main')
    for (const [name, href] of [['Xem danh mục sản phẩm OCOP', '/san-pham/'], ['Điểm bán sản phẩm OCOP', '/diem-ban/'], ['Làng nghề', '/lang-nghe/'], ['Hội chợ, sự kiện', '/su-kien/']]) {
      await expect(main.getByRole('link', {name, exact: true})).toHaveAttribute('href', href)
    }
  })
})

test.describe('home screenshots', () => {
  for (const width of [360, 1280]) {
    test(`home, about and 404 at ${width} px`, async ({page}, testInfo) => {
      await page.setViewportSize({width, height: 900})
      for (const [name, path] of [['home', '/'], ['about', '/gioi-thieu/'], ['not-found', '/khong-co-trang-nay/']]) {
        await page.goto(path)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0)
        await page.screenshot({path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true})
      }
    })
  }
})
