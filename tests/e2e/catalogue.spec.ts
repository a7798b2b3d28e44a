import {readFileSync} from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import {PRODUCT_GROUPS} from '../../schemas/constants'
import {vietnameseSlug} from '../../schemas/lib/slug'
import {hanoiToday} from '../../site/lib/search-client'
import {sampleNow} from '../support/clock'
import {expect, test, type Page} from './fixtures'

/** The published products of the sample dataset, with their place: what the catalogue must list. */
const documents = readFileSync(new URL('../../content/data.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, any>)
const areas = new Map(documents.filter((doc) => doc._type === 'area').map((area) => [area._id, area]))
const today = hanoiToday(sampleNow())
const products = documents
  .filter((doc) => doc._type === 'product' && !doc._id.startsWith('drafts.'))
  .map((doc) => ({name: doc.name as string, group: doc.group as string, stars: doc.ocop.stars as number, valid: doc.ocop.expiresOn >= today, area: areas.get(doc.area._ref)!}))
type Sample = (typeof products)[number]
const vietnamese = new Intl.Collator('vi')
const PAGE_SIZE = 24

/** The names of the cards listed on the page, in order. */
const listed = (page: Page) => page.getByRole('article').getByRole('heading', {level: 3}).allTextContents()

test.describe('product pages', () => {
  test('a product page shows its name, rating, producer, place and story', async ({page}) => {
    await page.goto('/san-pham/banh-chung-tranh-khuc/')
    await expect(page.getByRole('heading', {level: 1, name: 'Bánh chưng Tranh Khúc'})).toBeVisible()
    await expect(page.getByRole('region', {name: 'Chứng nhận OCOP'}).getByRole('img', {name: 'OCOP 4 sao'})).toBeVisible()
    await expect(page.getByRole('link', {name: 'Hợp tác xã Bánh chưng Tranh Khúc'})).toBeVisible()
    await expect(page.getByText('xã Nam Phù, Hà Nội')).toBeVisible()
    await expect(page.getByRole('heading', {name: 'Gạo nếp, đỗ xanh và lá dong'})).toBeVisible()
    await expect(page.getByText('luộc liên tục chừng mười tiếng')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  })

  test('product pages load one script file, the map\'s small loader (Leaflet only once "Xem bản đồ" is tapped); "open now", "Gần tôi" and sharing are inline', async ({request}) => {
    for (const path of ['/san-pham/binh-gom-men-lam-ve-tay/', '/san-pham/banh-chung-tranh-khuc/']) {
      const html = await (await request.get(path)).text()
      const code = (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !/type="application\/(ld\+)?json"/.test(tag))
      expect(code.filter((tag) => tag === '<script type="module">'), path).toHaveLength(3)
      const files = code.filter((tag) => tag !== '<script type="module">')
      expect(files, path).toHaveLength(1)
      expect(files[0], path).toMatch(/^<script type="module" src="\/_astro\/PlacesMap\.[^"]+\.js">$/)
      expect(html, path).not.toMatch(/leaflet/i)
    }
  })

  test('an expired certificate is shown as expired, never as current', async ({page}) => {
    await page.goto('/san-pham/sua-chua-ba-vi/')
    // Beside the name and in the certificate's details.
    await expect(page.getByText('Hết hiệu lực từ 10/06/2025')).toHaveCount(2)
    await expect(page.getByText('Hết hiệu lực từ 10/06/2025').first()).toBeVisible()
    await expect(page.getByText(/Còn hiệu lực/)).toHaveCount(0)
  })

  test('the catalogue lists every published product, 24 a page in Vietnamese A–Z order, and links to its page', async ({page}) => {
    await page.goto('/san-pham/')
    const count = Number((await page.getByText(/^\d+ sản phẩm được công nhận/).textContent())?.match(/\d+/)?.[0])
    expect(count).toBeGreaterThanOrEqual(60)
    const pages = Math.ceil(count / 24)
    const seen: string[] = []
    for (let n = 1; n <= pages; n++) {
      if (n > 1) await page.goto(`/san-pham/trang/${n}/`)
      seen.push(...(await page.getByRole('list').filter({has: page.getByRole('article')}).getByRole('heading', {level: 3}).allTextContents()))
    }
    expect(seen).toHaveLength(count)
    // "Đèn mây tre đan…" between "Dưa lưới…" and "Gà đồi…", not after "Z" as code points would put it.
    expect(seen.map((name) => name.trim())).toEqual(products.map((p) => p.name).sort(vietnamese.compare))
    await page.goto('/san-pham/trang/2/')
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

test.describe('browsing the catalogue without JavaScript', () => {
  test.use({javaScriptEnabled: false})

  test('page 2 of the catalogue exists, says where it is and links back', async ({page}) => {
    await page.goto('/san-pham/trang/2/')
    await expect(page.getByRole('heading', {level: 1, name: 'Sản phẩm OCOP'})).toBeVisible()
    const pager = page.getByRole('navigation', {name: 'Các trang của danh sách'})
    await expect(pager.getByText('Trang 2/3')).toBeVisible()
    await expect(pager.getByRole('link', {name: '‹ Trang trước'})).toHaveAttribute('rel', 'prev')
    await expect(pager.getByRole('link', {name: 'Trang sau ›'})).toHaveAttribute('rel', 'next')
    await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', '/san-pham/')
    await pager.getByRole('link', {name: '‹ Trang trước'}).click()
    await expect(page).toHaveURL(/\/san-pham\/$/)
    await expect(page.getByRole('navigation', {name: 'Các trang của danh sách'}).getByText('Trang 1/3')).toBeVisible()
    expect((await page.request.get('/san-pham/trang/4/')).status()).toBe(404)
  })

  test('the 4★ and 5★ Bát Tràng ceramics appear on the Bát Tràng page, with the former district', async ({page}) => {
    await page.goto('/san-pham/')
    await page.getByText(/xã, phường có sản phẩm/).click()
    await page.getByRole('link', {name: /xã Bát Tràng \(Gia Lâm cũ\)/}).click()
    await expect(page).toHaveURL(/\/san-pham\/dia-ban\/bat-trang\/$/)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Sản phẩm OCOP ở xã Bát Tràng (Gia Lâm cũ)')
    await expect(page.getByText(/^5 sản phẩm OCOP được sản xuất ở/)).toBeVisible()
    const cards = page.getByRole('article')
    await expect(cards).toHaveCount(5)
    await expect(cards.filter({has: page.getByRole('img', {name: 'OCOP 4 sao'})}).getByRole('link', {name: 'Bộ bát đĩa men ngọc Bát Tràng'})).toBeVisible()
    await expect(cards.filter({has: page.getByRole('img', {name: 'OCOP 5 sao'})})).toHaveCount(2)
    await expect(page.getByText('Đang xem xã Bát Tràng (Gia Lâm cũ).')).toBeVisible()
    await expect(page.locator('a[href="/san-pham/dia-ban/bat-trang/"]')).toHaveAttribute('aria-current', 'page')
  })

  test('browse pages by group and by stars have a heading, a count and links to the other ways of browsing', async ({page}) => {
    await page.goto('/san-pham/nhom/thu-cong-my-nghe/')
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Hàng thủ công mỹ nghệ')
    await expect(page.getByText(/^\d+ sản phẩm OCOP thuộc nhóm hàng thủ công mỹ nghệ/)).toBeVisible()
    const browse = page.getByRole('navigation', {name: /Xem sản phẩm theo/})
    for (const name of [/^Tất cả/, /^Thực phẩm/, /^Đồ uống/, /^Dược liệu/, /^Sinh vật cảnh/, /^Du lịch cộng đồng/]) {
      await expect(browse.getByRole('link', {name})).toBeVisible()
    }
    await browse.getByRole('link', {name: /^★?5 sao/}).click()
    await expect(page).toHaveURL(/\/san-pham\/sao\/5\/$/)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Sản phẩm OCOP 5 sao')
    const fiveStars = page.getByRole('article')
    expect(await fiveStars.count()).toBeGreaterThan(0)
    await expect(fiveStars.getByRole('img', {name: /OCOP [34] sao/})).toHaveCount(0)

    await page.goto('/san-pham/sao/3/')
    await expect(page.getByRole('navigation', {name: 'Các trang của danh sách'}).getByText('Trang 1/2')).toBeVisible()
    expect((await page.request.get('/san-pham/sao/3/trang/2/')).status()).toBe(200)
  })
})

test.describe('product page: producer and where to buy', () => {
  test('lists its points of sale with tap-to-call and directions', async ({page}) => {
    await page.goto('/san-pham/banh-chung-tranh-khuc/')
    const buy = page.getByRole('region', {name: 'Mua ở đâu'})
    const shops = buy.getByRole('listitem').filter({has: page.getByRole('heading', {level: 3})})
    expect(await shops.count()).toBeGreaterThanOrEqual(1)
    const first = shops.first()
    await expect(first.getByRole('heading', {level: 3}).getByRole('link')).toHaveAttribute('href', /^\/diem-ban\/[a-z0-9-]+\/$/)
    await expect(first.getByText(/Giờ mở cửa/)).toBeVisible()
    await expect(first.getByRole('link', {name: /^Gọi /})).toHaveAttribute('href', /^tel:\+84\d+$/)
    const directions = first.getByRole('link', {name: /Chỉ đường/})
    await expect(directions).toHaveAttribute('href', /^https:\/\/www\.google\.com\/maps\/dir\//)
    await expect(directions).toHaveAttribute('rel', 'noopener')
    await expect(buy.getByText('60.000–120.000 ₫ / chiếc').or(page.getByText('60.000–120.000 ₫ / chiếc'))).toBeVisible()
  })

  test('shows the producer card with tap-to-call and a link to the producer page', async ({page}) => {
    await page.goto('/san-pham/banh-chung-tranh-khuc/')
    const producer = page.getByRole('region', {name: 'Chủ thể sản xuất'})
    await expect(producer.getByText(/Hợp tác xã · xã Nam Phù/)).toBeVisible()
    await expect(producer.getByRole('link', {name: /^Gọi /})).toHaveAttribute('href', 'tel:+842436861234')
    await producer.getByRole('link', {name: 'Hợp tác xã Bánh chưng Tranh Khúc'}).click()
    await expect(page).toHaveURL(/\/chu-the\/htx-banh-chung-tranh-khuc\/$/)
  })

  test('marketplace links carry nofollow noopener, other sites noopener, phones are tel: links with the number shown', async ({page}) => {
    await page.goto('/san-pham/binh-gom-men-lam-ve-tay/')
    const buy = page.getByRole('region', {name: 'Mua ở đâu'})
    await expect(buy.getByRole('link', {name: /^Shopee/})).toHaveAttribute('rel', 'noopener nofollow')
    await expect(buy.getByRole('link', {name: /^Website/})).toHaveAttribute('rel', 'noopener')
    await page.goto('/san-pham/banh-chung-tranh-khuc/')
    const phone = page.getByRole('region', {name: 'Mua ở đâu'}).getByRole('link', {name: /^Điện thoại 024 3686 1234/})
    await expect(phone).toHaveAttribute('href', 'tel:+842436861234')
    expect(await phone.getAttribute('rel')).toBeNull()
    // Every external link on a product page opens without giving the other site a handle on ours.
    for (const link of await page.locator('main a[href^="http"]').all()) {
      expect(await link.getAttribute('rel'), await link.getAttribute('href') ?? '').toMatch(/noopener/)
    }
  })

  test('links to its craft village, the browse pages and up to four related products', async ({page}) => {
    await page.goto('/san-pham/binh-gom-men-lam-ve-tay/')
    await expect(page.getByRole('link', {name: /Bát Tràng/}).and(page.locator('a[href^="/lang-nghe/"]')).first()).toBeVisible()
    const more = page.getByRole('navigation', {name: 'Xem thêm sản phẩm'})
    await expect(more.getByRole('link', {name: 'Sản phẩm OCOP 5 sao'})).toHaveAttribute('href', '/san-pham/sao/5/')
    await expect(more.getByRole('link', {name: /Sản phẩm ở xã Bát Tràng/})).toHaveAttribute('href', '/san-pham/dia-ban/bat-trang/')
    await expect(more.getByRole('link', {name: /Nhóm hàng thủ công/})).toHaveAttribute('href', '/san-pham/nhom/thu-cong-my-nghe/')
    const related = page.getByRole('region', {name: 'Sản phẩm cùng nhóm, cùng địa bàn'}).getByRole('article')
    await expect(related).toHaveCount(4)
    await expect(related.getByRole('link', {name: 'Bình gốm men lam vẽ tay'})).toHaveCount(0)
    await expect(related.getByRole('link', {name: 'Bộ ấm chén men rạn Bát Tràng'})).toBeVisible()
  })

  test('describes the product as schema.org Product made by an Organization', async ({page}) => {
    await page.goto('/san-pham/banh-chung-tranh-khuc/')
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    const product = blocks.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'Product')
    expect(product).toMatchObject({
      name: 'Bánh chưng Tranh Khúc',
      url: expect.stringMatching(/\/san-pham\/banh-chung-tranh-khuc\/$/),
      brand: {'@type': 'Organization', name: 'Hợp tác xã Bánh chưng Tranh Khúc'},
      manufacturer: {'@type': 'Organization', name: 'Hợp tác xã Bánh chưng Tranh Khúc'},
      offers: {'@type': 'AggregateOffer', priceCurrency: 'VND', lowPrice: 60000, highPrice: 120000},
    })
    expect(product.image[0]).toMatch(/^https?:\/\//)
    expect(product.description).toContain('lá dong')
  })

  test('prints on one A4 sheet with the producer, where to buy, the page address and its short link', async ({page}, testInfo) => {
    await page.goto('/san-pham/banh-chung-tranh-khuc/')
    await page.emulateMedia({media: 'print'})
    await expect(page.getByText(/^Xem trực tuyến: https?:\/\/.+\/san-pham\/banh-chung-tranh-khuc\/$/)).toBeVisible()
    await expect(page.getByText(/^Đường dẫn ngắn, không đổi: https?:\/\/.+\/p\/[a-z0-9]{7}\/$/)).toBeVisible()
    await expect(page.getByRole('region', {name: 'Mã QR cho bao bì'})).toBeHidden()
    await expect(page.getByRole('region', {name: 'Mua ở đâu'}).getByRole('link', {name: /^Gọi /}).first()).toBeVisible()
    const pdf = await page.pdf({format: 'A4', printBackground: true, path: testInfo.outputPath('product-print.pdf')})
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBe(1)
  })

  test('has one h1 and headings in order', async ({page}) => {
    for (const path of ['/san-pham/banh-chung-tranh-khuc/', '/san-pham/', '/san-pham/dia-ban/bat-trang/']) {
      await page.goto(path)
      const levels = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((els) => els.map((el) => Number(el.tagName[1])))
      expect(levels.filter((level) => level === 1), path).toHaveLength(1)
      levels.forEach((level, index) => index > 0 && expect(level - levels[index - 1], `${path}: heading ${index}`).toBeLessThanOrEqual(1))
    }
  })
})

test.describe('screenshots', () => {
  for (const width of [360, 1280]) {
    test(`product page and catalogue at ${width} px`, async ({page}, testInfo) => {
      await page.setViewportSize({width, height: 900})
      for (const [name, path] of [
        ['product', '/san-pham/banh-chung-tranh-khuc/'],
        ['catalogue', '/san-pham/'],
        ['catalogue-page-2', '/san-pham/trang/2/'],
        ['area', '/san-pham/dia-ban/bat-trang/'],
      ]) {
        await page.goto(path)
        // Nothing may stick out sideways on a small phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0)
        await page.screenshot({path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true})
      }
    })
  }
})

test.describe('static catalogue pages without JavaScript', () => {
  test.use({javaScriptEnabled: false})

  const listings = [
    {path: '/san-pham/', items: products},
    ...PRODUCT_GROUPS.map((group) => ({path: `/san-pham/nhom/${group.value}/`, items: products.filter((p) => p.group === group.value)})),
    ...[3, 4, 5].map((stars) => ({path: `/san-pham/sao/${stars}/`, items: products.filter((p) => p.stars === stars)})),
    {path: '/san-pham/dia-ban/ba-vi/', items: products.filter((p) => p.area._id === 'area-ba-vi')},
  ]
  test('every listing lists its products, page by page, and links to each; its filters are links', async ({page}) => {
    test.setTimeout(90_000)
    for (const {path, items} of listings) {
      const names: string[] = []
      const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE))
      for (let n = 1; n <= pages; n++) {
        await page.goto(n === 1 ? path : `${path}trang/${n}/`)
        names.push(...(await listed(page)))
        for (const href of await page.getByRole('article').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
          expect(href).toMatch(/^\/san-pham\/[a-z0-9-]+\/$/)
        }
      }
      expect(names.sort(), path).toEqual(items.map((p) => p.name).sort())
      const browse = page.getByRole('navigation', {name: /Xem sản phẩm theo/})
      // Only the choices a static page can keep are shown, and every one is a link to a static page.
      const controls = browse.locator('a:visible, button:visible, select:visible, input:visible')
      expect(await controls.count()).toBeGreaterThan(5)
      for (const href of await controls.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) expect(href).toMatch(/^\/san-pham\/((nhom|sao|dia-ban)\/[a-z0-9-]+\/)?$/)
      await expect(page.getByRole('button', {name: /^Lọc/})).toBeHidden()
    }
  })
})

/** Taps a filter value in the panel (in the dialog on a phone, which it opens first). */
async function choose(page: Page, name: RegExp, phone: boolean) {
  const dialog = page.getByRole('dialog', {name: 'Lọc sản phẩm'})
  if (phone && !(await dialog.isVisible())) await page.getByRole('button', {name: /^Lọc/}).click()
  const scope = phone ? dialog : page.getByRole('navigation', {name: /Xem sản phẩm theo/})
  // Beside the list, the links are there before the page's script: filters combine once it has set
  // the panel up and its "Sắp xếp" row shows (a tap before that opens the static page, as without JavaScript).
  // (Pagefind's index and WebAssembly arrive first: on a loaded 2-core machine that took over 5 s.)
  await expect(scope.getByRole('heading', {name: 'Sắp xếp'})).toBeVisible({timeout: 15_000})
  const link = scope.getByRole('link', {name})
  if (!(await link.isVisible())) await scope.getByText(/Chọn trong \d+ xã, phường/).click()
  await link.click()
}

/** The products the panel's state must list, ordered as "Nhiều sao nhất" orders them. */
const byStars = (items: Sample[]) => [...items].sort((a, b) => b.stars - a.stars || vietnamese.compare(a.name, b.name)).map((p) => p.name)

for (const [width, height] of [[360, 800], [1280, 800]] as const) {
  const phone = width < 1000
  test.describe(`filters that combine at ${width} px`, () => {
    test.use({viewport: {width, height}})

    test('from the home page to 4-star drinks in xã Ba Vì by stars, by tapping only; the URL holds it; back undoes one filter at a time', async ({page}) => {
      const drinks = products.filter((p) => p.group === 'do-uong')
      const fourStar = drinks.filter((p) => p.stars === 4)
      const inBaVi = fourStar.filter((p) => p.area._id === 'area-ba-vi')
      expect(inBaVi.length).toBeGreaterThan(0)

      await page.goto('/')
      await page.getByRole('link', {name: 'Xem sản phẩm OCOP'}).click()
      await expect(page).toHaveURL(/\/san-pham\/$/)
      await choose(page, /^Đồ uống/, phone)
      await expect(page).toHaveURL(/\/san-pham\/\?nhom=do-uong$/)
      // In Vietnamese A–Z order, as the static pages list.
      await expect.poll(() => listed(page)).toEqual(drinks.map((p) => p.name).sort(vietnamese.compare))
      await choose(page, /^4 sao/, phone)
      await expect(page).toHaveURL(/\/san-pham\/\?nhom=do-uong&sao=4$/)
      // The folded place list is counted once unfolded: 4-star drinks in each commune.
      const panel = phone ? page.getByRole('dialog', {name: 'Lọc sản phẩm'}) : page.getByRole('navigation', {name: /Xem sản phẩm theo/})
      await panel.getByText(/xã, phường có sản phẩm/).click()
      await expect(panel.locator('a[data-filter="xa"][data-value="xa-ba-vi"]')).toContainText(`(${inBaVi.length})`)
      await choose(page, /^xã Ba Vì \(/, phone)
      await expect(page).toHaveURL(/\/san-pham\/\?nhom=do-uong&sao=4&xa=xa-ba-vi$/)
      await choose(page, /^Nhiều sao nhất/, phone)
      await expect(page).toHaveURL(/\/san-pham\/\?nhom=do-uong&sao=4&xa=xa-ba-vi&sap-xep=nhieu-sao$/)
      if (phone) {
        await expect(page.getByRole('button', {name: /Xem \d+ sản phẩm/})).toHaveText(`Xem ${inBaVi.length} sản phẩm`)
        await page.getByRole('button', {name: /Xem \d+ sản phẩm/}).click()
        await expect(page.getByRole('button', {name: /^Lọc/})).toHaveText('Lọc (3)')
      }
      await expect.poll(() => listed(page)).toEqual(byStars(inBaVi))

      await page.goBack()
      await expect(page).toHaveURL(/\?nhom=do-uong&sao=4&xa=xa-ba-vi$/)
      await page.goBack()
      await expect(page).toHaveURL(/\?nhom=do-uong&sao=4$/)
      await expect.poll(() => listed(page).then((names) => names.sort())).toEqual(fourStar.map((p) => p.name).sort())
      await page.goBack()
      await expect(page).toHaveURL(/\?nhom=do-uong$/)
      await expect.poll(() => listed(page).then((names) => names.sort())).toEqual(drinks.map((p) => p.name).sort())
      await page.goBack()
      await expect(page).toHaveURL(/\/san-pham\/$/)
      await expect(page.getByRole('heading', {level: 1})).toHaveText('Sản phẩm OCOP')
      await expect(page.getByRole('article')).toHaveCount(Math.min(PAGE_SIZE, products.length))
    })

    test('a pasted address shows the same products; the counts match what each value lists; a value giving nothing is disabled', async ({page}) => {
      const drinksInBaVi = products.filter((p) => p.group === 'do-uong' && p.area._id === 'area-ba-vi')
      await page.goto('/san-pham/?nhom=do-uong&xa=xa-ba-vi&sap-xep=nhieu-sao')
      await expect.poll(() => listed(page)).toEqual(byStars(drinksInBaVi))
      await page.reload()
      await expect.poll(() => listed(page)).toEqual(byStars(drinksInBaVi))

      if (phone) await page.getByRole('button', {name: /^Lọc/}).click()
      const panel = phone ? page.getByRole('dialog', {name: 'Lọc sản phẩm'}) : page.getByRole('navigation', {name: /Xem sản phẩm theo/})
      for (const stars of [3, 4, 5]) {
        const expected = drinksInBaVi.filter((p) => p.stars === stars).length
        const chip = panel.locator(`a[data-filter="sao"][data-value="${stars}"]`)
        await expect(chip).toContainText(`(${expected})`)
        if (expected === 0) {
          await expect(chip).toHaveAttribute('aria-disabled', 'true')
          await expect(chip).not.toHaveAttribute('href', /./)
        } else await expect(chip).not.toHaveAttribute('aria-disabled', 'true')
      }
      // Group counts keep the place: drinks, food… in xã Ba Vì.
      for (const group of PRODUCT_GROUPS) {
        const expected = products.filter((p) => p.group === group.value && p.area._id === 'area-ba-vi').length
        await expect(panel.locator(`a[data-filter="nhom"][data-value="${group.value}"]`)).toContainText(`(${expected})`)
      }
      const valid = drinksInBaVi.filter((p) => p.valid).length
      await expect(panel.getByRole('link', {name: /^Còn hiệu lực/})).toContainText(`(${valid})`)
      // The folded place list is counted when unfolded: drinks in each commune.
      await panel.getByText(/xã, phường có sản phẩm/).click()
      const drinks = products.filter((p) => p.group === 'do-uong')
      const places = panel.locator('a[data-filter="xa"]')
      expect(await places.count()).toBeGreaterThan(10)
      for (const value of await places.evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset.value!))) {
        const expected = drinks.filter((p) => `${p.area.kind}-${vietnameseSlug(p.area.name)}` === value).length
        await expect(panel.locator(`a[data-filter="xa"][data-value="${value}"]`), value).toContainText(`(${expected})`)
      }
      // A value's count is what choosing it lists.
      await panel.getByRole('link', {name: /^Còn hiệu lực/}).click()
      await expect(page).toHaveURL(/hieu-luc=con/)
      if (phone) await page.getByRole('button', {name: /Xem \d+ sản phẩm/}).click()
      await expect.poll(() => listed(page)).toEqual(byStars(drinksInBaVi.filter((p) => p.valid)))
      // The former district filter combines too: Ba Vì cũ holds more communes than xã Ba Vì.
      const district = products.filter((p) => p.area.formerDistrict === 'Ba Vì')
      await page.goto(`/san-pham/?huyen=${vietnameseSlug('Ba Vì')}&sap-xep=ten`)
      await expect.poll(() => listed(page)).toEqual(district.map((p) => p.name).sort(vietnamese.compare).slice(0, PAGE_SIZE))
    })

    test('a static group page keeps its group when a star level is chosen', async ({page}) => {
      await page.goto('/san-pham/nhom/do-uong/')
      await choose(page, /^4 sao/, phone)
      await expect(page).toHaveURL(/\/san-pham\/\?nhom=do-uong&sao=4$/)
      if (phone) await page.keyboard.press('Escape')
      await expect.poll(() => listed(page).then((names) => names.sort())).toEqual(products.filter((p) => p.group === 'do-uong' && p.stars === 4).map((p) => p.name).sort())
      await page.goBack()
      await expect(page).toHaveURL(/\/san-pham\/nhom\/do-uong\/$/)
      await expect(page.getByRole('heading', {level: 1})).toHaveText('Đồ uống')
    })

    test('no accessibility violations with the filters closed and open', async ({page}, testInfo) => {
      await page.goto('/san-pham/?nhom=do-uong&sao=4')
      await expect(page.getByRole('article').first()).toBeVisible()
      await expect(page.getByRole('status')).toContainText('sản phẩm')
      const check = async (state: string) => {
        const axe = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `filters ${state}`).toEqual([])
        await page.screenshot({path: testInfo.outputPath(`catalogue-${width}-filters-${state}.png`)})
      }
      await check('closed')
      if (phone) {
        const button = page.getByRole('button', {name: /^Lọc/})
        await button.click()
        await expect(page.getByRole('dialog', {name: 'Lọc sản phẩm'})).toBeVisible()
        await expect(page.getByRole('dialog').locator('a[data-filter="sao"][data-value="4"]')).toContainText(/\(\d+\)/)
        await check('open')
        await page.keyboard.press('Escape')
        await expect(page.getByRole('dialog')).toBeHidden()
        await expect(button).toBeFocused()
      } else {
        await page.getByText(/Chọn trong \d+ xã, phường/).click()
        await page.getByText(/Theo quận, huyện cũ/).click()
        await check('open')
      }
    })
  })
}

test.describe('the catalogue on a phone', () => {
  test.use({viewport: {width: 360, height: 800}})

  test('two cards a row, the first inside the first screen, and "Lọc" says how many filters are set', async ({page}) => {
    await page.goto('/san-pham/nhom/do-uong/')
    await expect(page.getByRole('button', {name: /^Lọc/})).toHaveText('Lọc (1)')
    const cards = page.getByRole('article')
    const [first, second, third] = await Promise.all([0, 1, 2].map((n) => cards.nth(n).boundingBox()))
    expect(second!.y).toBe(first!.y)
    expect(third!.y).toBeGreaterThan(first!.y)
    expect(first!.y + first!.height).toBeLessThanOrEqual(800)
    const card = cards.first()
    await expect(card.getByRole('img', {name: /OCOP \d sao/})).toBeVisible()
    await expect(card.getByText(/^Công nhận năm \d{4}$/)).toBeVisible()
    await expect(card.locator('.product-card__price')).toHaveText(/₫|Liên hệ/)
    await page.goto('/san-pham/?nhom=do-uong&sao=4&hieu-luc=con')
    await expect(page.getByRole('button', {name: /^Lọc/})).toHaveText('Lọc (3)')
    // The filtered list has replaced the static one.
    await expect(page.getByRole('status')).toContainText('Còn hiệu lực')
    const box = await page.getByRole('article').first().boundingBox()
    expect(box!.y + box!.height).toBeLessThanOrEqual(800)
  })
})
