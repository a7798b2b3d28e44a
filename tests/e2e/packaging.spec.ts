/**
 * A producer, as a new user: finds "Mã QR cho bao bì" on the page for the producer of their product
 * (/san-pham/<slug>/chu-the/, linked from the foot of the product page), downloads the QR
 * code and the badge, pastes the badge into their own shop, and both keep leading to the product
 * after the editor renames it (the sample dataset's "Trà nụ hồng sấy Mê Linh" was "Trà nụ hồng Mê
 * Linh" at /san-pham/tra-nu-hong-me-linh/).
 */
import {readFileSync} from 'node:fs'
import {expect, test, type BrowserContext} from './fixtures'
import {decodeQr} from '../support/qr'

/**
 * The snippet and the QR codes name the site by SITE_URL, which the build used; the tests serve it
 * elsewhere. Requests to that origin go to the test server instead, as they would reach the real site.
 */
async function routeSiteTo(context: BrowserContext, siteOrigin: string, baseURL: string) {
  if (siteOrigin === new URL(baseURL).origin) return
  await context.route(`${siteOrigin}/**`, (route) => route.continue({url: route.request().url().replace(siteOrigin, new URL(baseURL).origin)}))
}

test.describe('Mã QR cho bao bì', () => {
  test.use({viewport: {width: 360, height: 800}})

  test('a producer downloads the QR code of their product, which a phone reads as the short link that opens the page', async ({page}) => {
    await page.goto('/san-pham/banh-chung-tranh-khuc/chu-the/')
    const kit = page.getByRole('region', {name: 'Mã QR cho bao bì'})
    const shortLink = await kit.getByRole('link', {name: /\/p\/[a-z0-9]{7}\/$/}).textContent()
    // On the producer's page the downloads are unfolded.
    await expect(kit.getByRole('img', {name: `Mã QR dẫn tới ${shortLink}`})).toBeVisible()
    // Opened on a small phone, the section still fits the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)

    for (const [name, file] of [
      ['Tải mã QR để in (PNG)', 'ma-qr-banh-chung-tranh-khuc.png'],
      ['Tải mã QR cho thiết kế (SVG)', 'ma-qr-banh-chung-tranh-khuc.svg'],
    ]) {
      const [download] = await Promise.all([page.waitForEvent('download'), kit.getByRole('link', {name}).click()])
      expect(download.suggestedFilename()).toBe(file)
      const text = await decodeQr(readFileSync((await download.path())!))
      expect(text, file).toMatch(new RegExp(`^https?://${shortLink!.replace(/[.]/g, '\\.')}$`))
    }

    await page.goto(new URL(`https://${shortLink}`).pathname)
    await expect(page).toHaveURL(/\/san-pham\/banh-chung-tranh-khuc\/$/)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Bánh chưng Tranh Khúc')
  })

  test('a producer copies the badge into their own shop page: it shows the stars and links to the product', async ({page, context, baseURL}) => {
    await page.goto('/san-pham/banh-chung-tranh-khuc/chu-the/')
    const kit = page.getByRole('region', {name: 'Mã QR cho bao bì'})
    await expect(kit.getByRole('img', {name: 'Sản phẩm OCOP Hà Nội 4 sao'})).toBeVisible()
    // The producer selects the whole snippet, as the help text under it says, and copies it.
    const field = kit.getByRole('textbox', {name: /Mã HTML của huy hiệu/})
    await expect(field).toHaveAccessibleDescription(/chọn cả đoạn/)
    await field.click()
    await page.keyboard.press('ControlOrMeta+A')
    const snippet = await field.evaluate((textarea: HTMLTextAreaElement) => textarea.value.slice(textarea.selectionStart, textarea.selectionEnd))
    expect(snippet).toBe(await field.inputValue())
    expect(snippet).not.toMatch(/<script/i)

    const siteOrigin = new URL(/href="([^"]+)"/.exec(snippet)![1]).origin
    await routeSiteTo(context, siteOrigin, baseURL!)
    const shop = await context.newPage()
    await shop.setContent(`<!doctype html><html lang="vi"><title>Gian hàng của hợp tác xã</title><p>Sản phẩm của chúng tôi:</p>${snippet}</html>`)
    const badge = shop.getByRole('img', {name: 'Sản phẩm OCOP Hà Nội 4 sao'})
    await expect(badge).toBeVisible()
    expect(await badge.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(252)
    await badge.click()
    await expect(shop).toHaveURL(/\/san-pham\/banh-chung-tranh-khuc\/$/)
    await expect(shop.getByRole('heading', {level: 1})).toHaveText('Bánh chưng Tranh Khúc')
  })

  test('the producer page has its own short link and QR code', async ({page}) => {
    await page.goto('/chu-the/htx-banh-chung-tranh-khuc/')
    const kit = page.getByRole('region', {name: 'Mã QR cho bao bì'})
    await kit.getByText('Tải mã QR để in lên bao bì').click()
    const [download] = await Promise.all([page.waitForEvent('download'), kit.getByRole('link', {name: 'Tải mã QR để in (PNG)'}).click()])
    const text = await decodeQr(readFileSync((await download.path())!))
    await page.goto(new URL(text!).pathname)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Hợp tác xã Bánh chưng Tranh Khúc')
    await expect(page.getByRole('img', {name: /huy hiệu|Sản phẩm OCOP Hà Nội/})).toHaveCount(0)
  })

  test('after the editor renamed the product, its old address, QR code and badge still lead to it', async ({page, context, baseURL}) => {
    await page.goto('/san-pham/tra-nu-hong-me-linh/')
    await expect(page).toHaveURL(/\/san-pham\/tra-nu-hong-say-me-linh\/$/)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Trà nụ hồng sấy Mê Linh')

    // The badge a producer pasted before the rename: it names the old address.
    await page.goto('/san-pham/tra-nu-hong-say-me-linh/chu-the/')
    const kit = page.getByRole('region', {name: 'Mã QR cho bao bì'})
    const snippet = await kit.getByRole('textbox', {name: /Mã HTML của huy hiệu/}).inputValue()
    const oldSnippet = snippet.replace('/san-pham/tra-nu-hong-say-me-linh/', '/san-pham/tra-nu-hong-me-linh/')
    expect(oldSnippet).not.toBe(snippet)
    await routeSiteTo(context, new URL(/href="([^"]+)"/.exec(snippet)![1]).origin, baseURL!)
    const shop = await context.newPage()
    await shop.setContent(`<!doctype html><html lang="vi"><title>Gian hàng</title>${oldSnippet}</html>`)
    await shop.getByRole('img', {name: 'Sản phẩm OCOP Hà Nội 3 sao'}).click()
    await expect(shop).toHaveURL(/\/san-pham\/tra-nu-hong-say-me-linh\/$/)

    // The producer's old address too: it was a cooperative before it became a company.
    await page.goto('/chu-the/htx-hoa-me-linh-xanh/')
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Công ty TNHH Vườn hoa Mê Linh Xanh')
  })

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false})

    test('the badge snippet is there to select by hand', async ({page}) => {
      await page.goto('/san-pham/banh-chung-tranh-khuc/chu-the/')
      const kit = page.getByRole('region', {name: 'Mã QR cho bao bì'})
      const field = kit.getByRole('textbox', {name: /Mã HTML của huy hiệu/})
      await expect(field).toBeVisible()
      await expect(field).toHaveAttribute('readonly', '')
      await expect(field).toHaveValue(/^<a href="https?:\/\/[^"]+\/san-pham\/banh-chung-tranh-khuc\/"><img src="[^"]+\/huy-hieu\.svg"/)
    })
  })
})

test('the catalogue offers its products as a spreadsheet that opens with its Vietnamese text', async ({page}) => {
  await page.goto('/san-pham/')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', {name: 'bảng tính (CSV)'}).click()])
  expect(download.suggestedFilename()).toBe('san-pham-ocop-ha-noi.csv')
  const csv = readFileSync((await download.path())!, 'utf8')
  expect(csv.startsWith('\uFEFFTên sản phẩm,Chủ thể,')).toBe(true)
  const count = Number((await page.getByText(/^\d+ sản phẩm được công nhận/).textContent())?.match(/\d+/)?.[0])
  expect(csv.trimEnd().split('\r\n')).toHaveLength(count + 1)
  expect(csv).toContain('Bánh chưng Tranh Khúc,Hợp tác xã Bánh chưng Tranh Khúc,Thực phẩm,4,')
})
