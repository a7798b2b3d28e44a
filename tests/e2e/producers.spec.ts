import {readFileSync} from 'node:fs'
import {expect, test} from './fixtures'
import {PRODUCT_GROUPS} from '../../schemas/constants'

/** The sample's published products and producers, to know who makes what. */
const documents = readFileSync(new URL('../../content/data.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, any>)
const published = (type: string) => documents.filter((doc) => doc._type === type && !doc._id.startsWith('drafts.'))
const products = published('product')
const producers = published('producer')
/** The names of the producers with a product in this group. */
const makersOf = (group: string) =>
  producers.filter((producer) => products.some((product) => product.group === group && product.producer?._ref === producer._id)).map((producer) => producer.name as string)

test.describe('producers', () => {
  test('the list shows every producer with kind, place and number of products', async ({page}) => {
    await page.goto('/chu-the/')
    await expect(page.getByRole('heading', {level: 1, name: 'Chủ thể OCOP'})).toBeVisible()
    const cards = page.getByRole('article')
    const count = Number((await page.getByText(/^\d+ hợp tác xã, doanh nghiệp/).textContent())?.match(/\d+/)?.[0])
    expect(count).toBeGreaterThanOrEqual(20)
    await expect(cards).toHaveCount(count)
    const card = cards.filter({has: page.getByRole('link', {name: 'Hợp tác xã Bánh chưng Tranh Khúc'})})
    await expect(card.getByText('Hợp tác xã · xã Nam Phù (Thanh Trì cũ)')).toBeVisible()
    // What they make, not only how much.
    await expect(card.getByText('2 sản phẩm OCOP: Thực phẩm')).toBeVisible()
    await expect(page.getByRole('heading', {level: 2, name: 'Hợp tác xã'})).toBeVisible()
  })

  test('a tap anywhere on a card opens the producer; the call button still calls', async ({page}) => {
    await page.setViewportSize({width: 360, height: 800})
    await page.goto('/chu-the/')
    const card = page.getByRole('article').filter({has: page.getByRole('link', {name: 'Hợp tác xã Bánh chưng Tranh Khúc'})})
    await expect(card.getByRole('link', {name: /^Gọi /})).toHaveAttribute('href', /^tel:/)
    // Where there is no text: the card's empty top-right corner.
    await card.scrollIntoViewIfNeeded()
    const box = (await card.boundingBox())!
    await page.mouse.click(box.x + box.width - 12, box.y + 12)
    await expect(page).toHaveURL(/\/chu-the\/htx-banh-chung-tranh-khuc\/$/)
  })

  test('narrows to the producers of one product group, by links that work without JavaScript', async ({page}) => {
    await page.goto('/chu-the/')
    const filter = page.getByRole('navigation', {name: 'Theo nhóm sản phẩm'})
    await expect(filter.getByRole('link', {name: /^Tất cả/})).toHaveAttribute('aria-current', 'page')
    const drinks = PRODUCT_GROUPS.find((group) => group.value === 'do-uong')!
    const makers = makersOf(drinks.value)
    expect(makers.length).toBeGreaterThan(1)
    await filter.getByRole('link', {name: `${drinks.short} (${makers.length})`}).click()
    await expect(page).toHaveURL(/\/chu-the\/nhom\/do-uong\/$/)
    await expect(page.getByRole('heading', {level: 1})).toHaveText(`Chủ thể OCOP: ${drinks.title}`)
    await expect(page.getByRole('navigation', {name: 'Theo nhóm sản phẩm'}).getByRole('link', {name: /^Đồ uống/})).toHaveAttribute('aria-current', 'page')
    const names = await page.getByRole('article').getByRole('heading').allInnerTexts()
    expect(names.sort()).toEqual([...makers].sort())
    for (const line of await page.getByRole('article').getByText(/sản phẩm OCOP:/).allInnerTexts()) expect(line).toContain(drinks.short)
    // Every group with producers has its page; the breadcrumbs lead back.
    await page.getByRole('navigation', {name: 'Bạn đang ở'}).getByRole('link', {name: 'Chủ thể'}).click()
    await expect(page).toHaveURL(/\/chu-the\/$/)
  })

  test('a producer page shows contacts, links and lists its products', async ({page}) => {
    await page.goto('/chu-the/htx-banh-chung-tranh-khuc/')
    await expect(page.getByRole('heading', {level: 1, name: 'Hợp tác xã Bánh chưng Tranh Khúc'})).toBeVisible()
    await expect(page.getByRole('img', {name: /Biểu trưng/})).toBeVisible()
    await expect(page.getByText('Thôn Tranh Khúc, xã Nam Phù (Thanh Trì cũ), Hà Nội')).toBeVisible()
    await expect(page.getByRole('link', {name: 'Gọi 0243 686 1234'})).toHaveAttribute('href', 'tel:+842436861234')
    await expect(page.getByRole('link', {name: 'banhchungtranhkhuc.htx@gmail.com'})).toHaveAttribute('href', 'mailto:banhchungtranhkhuc.htx@gmail.com')
    await expect(page.getByRole('link', {name: /^Facebook/})).toHaveAttribute('rel', 'noopener')
    const products = page.getByRole('region', {name: /Sản phẩm OCOP của/}).getByRole('article')
    await expect(products).toHaveCount(2)
    await products.getByRole('link', {name: 'Bánh chưng Tranh Khúc'}).click()
    await expect(page).toHaveURL(/\/san-pham\/banh-chung-tranh-khuc\/$/)
  })

  test('a producer page is described as an Organization', async ({page}) => {
    await page.goto('/chu-the/htx-banh-chung-tranh-khuc/')
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text))
    const organisation = blocks.find((data) => data['@type'] === 'Organization')
    expect(organisation).toMatchObject({name: 'Hợp tác xã Bánh chưng Tranh Khúc', telephone: '0243 686 1234', address: {addressRegion: 'Hà Nội'}})
    expect(organisation.makesOffer).toHaveLength(2)
    expect(blocks.find((data) => data['@type'] === 'BreadcrumbList')?.itemListElement.map((item: {name: string}) => item.name)).toEqual([
      'Trang chủ',
      'Chủ thể',
      'Hợp tác xã Bánh chưng Tranh Khúc',
    ])
  })

  test('producer pages ship no JavaScript', async ({request}) => {
    for (const path of ['/chu-the/', '/chu-the/nhom/do-uong/', '/chu-the/htx-banh-chung-tranh-khuc/']) {
      const html = await (await request.get(path)).text()
      const scripts = html.match(/<script\b[^>]*>/g) ?? []
      expect(scripts.filter((tag) => !tag.includes('type="application/ld+json"')), path).toEqual([])
    }
  })

  for (const width of [360, 1280]) {
    test(`producer pages at ${width} px`, async ({page}, testInfo) => {
      await page.setViewportSize({width, height: 900})
      for (const [name, path] of [['producer', '/chu-the/htx-banh-chung-tranh-khuc/'], ['producers', '/chu-the/'], ['producers-drinks', '/chu-the/nhom/do-uong/']]) {
        await page.goto(path)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0)
        await page.screenshot({path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true})
      }
    })
  }
})
