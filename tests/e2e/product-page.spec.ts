/**
 * A shopper opens a product page, from a QR code or a search, on a phone or a computer: without
 * scrolling they see the name with its stars and how long the certificate holds, the photo, the
 * price (or "Liên hệ") and the first place to buy it with a way to call, find or open it. The
 * producer's tools (QR code, badge, shop-link form) are on a page of their own, reached from the
 * foot of the product page, and the QR codes there still read as the short link to the product.
 */
import {readFileSync} from 'node:fs'
import {expect, test, type Page} from './fixtures'
import {decodeQr} from '../support/qr'

const products = [
  // A price and points of sale.
  {slug: 'banh-chung-tranh-khuc', name: 'Bánh chưng Tranh Khúc', price: '60.000–120.000 ₫ / chiếc', validity: 'Còn hiệu lực đến 15/11/2027'},
  // No price: "Liên hệ".
  {slug: 'gio-may-dan-co-nap-phu-vinh', name: 'Giỏ mây đan có nắp Phú Vinh', price: 'Liên hệ', validity: 'Còn hiệu lực đến 18/09/2029'},
  // An expired certificate, no price.
  {slug: 'keo-lac-vung-son-tay', name: 'Kẹo lạc vừng Sơn Tây', price: 'Liên hệ', validity: 'Hết hiệu lực từ 22/09/2025'},
]

/** Whether the element is wholly inside the first screen, as the page opens, without scrolling. */
async function onFirstScreen(page: Page, what: ReturnType<Page['locator']>): Promise<string | true> {
  const box = await what.boundingBox()
  const height = page.viewportSize()!.height
  if (!box) return 'not shown'
  return box.y >= 0 && box.y + box.height <= height ? true : `from ${Math.round(box.y)} to ${Math.round(box.y + box.height)} px, the screen ends at ${height} px`
}

for (const viewport of [
  {width: 360, height: 800},
  {width: 1280, height: 800},
]) {
  test.describe(`a product page at ${viewport.width}×${viewport.height}`, () => {
    test.use({viewport})

    for (const product of products) {
      test(`${product.name}: name, stars and validity, photo, price and the first place to buy are on the first screen`, async ({page}) => {
        await page.goto(`/san-pham/${product.slug}/`)
        const name = page.getByRole('heading', {level: 1, name: product.name})
        const trust = page.locator('.trust')
        await expect(trust.getByRole('img', {name: /^OCOP \d sao/})).toBeVisible()
        await expect(trust).toContainText(product.validity)
        const buy = page.getByRole('region', {name: 'Mua ở đâu'})
        const price = buy.getByText(product.price, {exact: true})
        const photo = page.locator('.product__photo img')
        const firstShop = buy.getByRole('listitem').first()
        const shopName = firstShop.getByRole('heading', {level: 3})
        const action = firstShop.getByRole('link', {name: /^(Gọi|Chỉ đường)/}).first()

        for (const [label, element] of [
          ['the name', name],
          ['the stars and validity', trust],
          ['the photo', photo],
          ['the price', price],
          ['the first place to buy', shopName],
          ['its call or directions button', action],
        ] as const) {
          expect(await onFirstScreen(page, element), label).toBe(true)
        }
        expect(await page.evaluate(() => window.scrollY)).toBe(0)

        // The trust mark sits right under the name (at its side would not fit a phone).
        const [nameBox, trustBox] = [await name.boundingBox(), await trust.boundingBox()]
        expect(trustBox!.y - (nameBox!.y + nameBox!.height)).toBeLessThan(24)
        expect(Math.abs(trustBox!.x - nameBox!.x)).toBeLessThan(8)

        // The certificate's details are still on the page, further down.
        const certificate = page.getByRole('region', {name: 'Chứng nhận OCOP'})
        await expect(certificate.getByText('Quyết định')).toBeVisible()
        await expect(certificate.getByText('Cơ quan công nhận')).toBeVisible()

        // The producer's tools are not the shopper's.
        await expect(page.getByRole('region', {name: 'Mã QR cho bao bì'})).toHaveCount(0)
        await expect(page.getByRole('region', {name: 'Cập nhật liên kết cửa hàng'})).toHaveCount(0)
        await expect(page.locator('a[download]')).toHaveCount(0)
        if (viewport.width === 360) expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
      })
    }

    test('online shops open in a new tab, next to the points of sale', async ({page}) => {
      await page.goto('/san-pham/binh-gom-men-lam-ve-tay/')
      const buy = page.getByRole('region', {name: 'Mua ở đâu'})
      const shopee = buy.getByRole('link', {name: /^Shopee/})
      await expect(shopee).toHaveAttribute('target', '_blank')
      await expect(shopee).toHaveAttribute('href', /^https:\/\/shopee\.vn\//)
    })
  })
}

test.describe('Dành cho chủ thể', () => {
  test.use({viewport: {width: 360, height: 800}})

  test('a producer taps the link at the foot of their product page and finds the QR codes, the badge and the form; the QR codes still lead to the product', async ({page}) => {
    await page.goto('/san-pham/banh-chung-tranh-khuc/')
    await page.getByRole('link', {name: 'Tải mã QR, huy hiệu và cập nhật liên kết'}).click()
    await expect(page).toHaveURL(/\/san-pham\/banh-chung-tranh-khuc\/chu-the\/$/)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Bánh chưng Tranh Khúc')
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex')
    const crumbs = page.getByRole('navigation', {name: 'Bạn đang ở'})
    await expect(crumbs.getByRole('link', {name: 'Bánh chưng Tranh Khúc'})).toHaveAttribute('href', '/san-pham/banh-chung-tranh-khuc/')

    const kit = page.getByRole('region', {name: 'Mã QR cho bao bì'})
    const shortLink = (await kit.getByRole('link', {name: /\/p\/[a-z0-9]{7}\/$/}).textContent())!
    await expect(kit.getByRole('img', {name: `Mã QR dẫn tới ${shortLink}`})).toBeVisible()
    await expect(kit.getByRole('img', {name: 'Sản phẩm OCOP Hà Nội 4 sao'})).toBeVisible()
    await expect(kit.getByRole('textbox', {name: /Mã HTML của huy hiệu/})).toHaveValue(/^<a href="https?:\/\/[^"]+\/san-pham\/banh-chung-tranh-khuc\/">/)
    await expect(page.getByRole('region', {name: 'Cập nhật liên kết cửa hàng'}).getByRole('button', {name: 'Xem lại trước khi gửi'})).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)

    for (const file of ['qr.png', 'qr.svg']) {
      const response = await page.request.get(`${new URL(`https://${shortLink}`).pathname}${file}`)
      expect(response.status(), file).toBe(200)
      expect(await decodeQr(await response.body()), file).toMatch(new RegExp(`^https?://${shortLink.replace(/[.]/g, '\\.')}$`))
    }
    const [download] = await Promise.all([page.waitForEvent('download'), kit.getByRole('link', {name: 'Tải mã QR để in (PNG)'}).click()])
    expect(download.suggestedFilename()).toBe('ma-qr-banh-chung-tranh-khuc.png')
    expect(await decodeQr(readFileSync((await download.path())!))).toMatch(new RegExp(`${shortLink.replace(/[.]/g, '\\.')}$`))

    // The short link on the packaging still opens the product page, not this one.
    await page.goto(new URL(`https://${shortLink}`).pathname)
    await expect(page).toHaveURL(/\/san-pham\/banh-chung-tranh-khuc\/$/)
  })

  test('the producer page links to the tools page of each of its products', async ({page}) => {
    await page.goto('/chu-the/htx-banh-chung-tranh-khuc/')
    await page.getByRole('link', {name: 'Mã QR, huy hiệu và liên kết của Bánh chưng Tranh Khúc'}).click()
    await expect(page).toHaveURL(/\/san-pham\/banh-chung-tranh-khuc\/chu-the\/$/)
    await expect(page.getByRole('region', {name: 'Mã QR cho bao bì'})).toBeVisible()
  })
})
