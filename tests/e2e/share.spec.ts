/**
 * A visitor on a phone shares a product, event, training, craft village or news article: the
 * "Chia sẻ" button opens the phone's share sheet (where Zalo is offered) with the page's name and
 * address, Facebook's sharer opens with the address, "Sao chép liên kết" copies it and says "Đã
 * sao chép". Without JavaScript the Facebook link works and the address is there to select.
 */
import {expect, test, type Page} from './fixtures'

const pages = [
  {kind: 'a product', path: '/san-pham/banh-chung-tranh-khuc/'},
  {kind: 'an event', path: '/su-kien/hoi-cho-san-pham-ocop-ha-noi-nam-2026/'},
  {kind: 'a training', path: '/dao-tao/an-toan-thuc-pham-cho-co-so-san-xuat-nho/'},
  {kind: 'a craft village', path: '/lang-nghe/lang-gom-bat-trang/'},
  {kind: 'a news article', path: '/tin-tuc/banh-chung-tranh-khuc-vao-vu-tet/'},
]

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href') as Promise<string>

test.use({viewport: {width: 360, height: 800}, hasTouch: true, isMobile: true})

for (const {kind, path} of pages) {
  test.describe(`sharing ${kind}`, () => {
    test('Facebook opens its sharer with the page’s address, in a new tab; every control is a 44 px target', async ({page}) => {
      await page.goto(path)
      const share = page.getByRole('region', {name: 'Chia sẻ'})
      const facebook = share.getByRole('link', {name: /^Facebook/})
      const url = await canonical(page)
      await expect(facebook).toHaveAttribute('href', `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`)
      await expect(facebook).toHaveAttribute('target', '_blank')
      await expect(facebook).toHaveAttribute('rel', /noopener/)
      for (const control of [facebook, share.getByRole('button', {name: 'Sao chép liên kết'})]) {
        expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44)
      }
      // Nothing wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    })

    test('"Sao chép liên kết" puts the address in the clipboard and says "Đã sao chép"', async ({page, context}) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await page.goto(path)
      const share = page.getByRole('region', {name: 'Chia sẻ'})
      await share.getByRole('button', {name: 'Sao chép liên kết'}).click()
      await expect(share.getByRole('status')).toHaveText('Đã sao chép')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonical(page))
    })
  })
}

test.describe('the phone’s share sheet', () => {
  test('where the browser has one, "Chia sẻ" hands it the page’s name and address, in the place of the label', async ({page}) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = []
      Object.assign(window, {shareCalls: calls})
      navigator.share = async (data?: ShareData) => void calls.push(data!)
    })
    await page.goto(pages[0]!.path)
    const share = page.getByRole('region', {name: 'Chia sẻ'})
    await expect(share.getByText('Chia sẻ:', {exact: true})).toBeHidden()
    const button = share.getByRole('button', {name: 'Chia sẻ', exact: true})
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44)
    await button.click()
    const calls = await page.evaluate(() => (window as unknown as {shareCalls: ShareData[]}).shareCalls)
    expect(calls).toEqual([{title: await page.getByRole('heading', {level: 1}).textContent(), url: await canonical(page)}])
  })

  test('the button takes the label’s place at the same height: nothing below it moves', async ({page, browser}) => {
    const heightAndTop = (p: Page) =>
      p.getByRole('region', {name: 'Chia sẻ'}).evaluate((box) => [box.getBoundingClientRect().height, box.nextElementSibling!.getBoundingClientRect().top - box.getBoundingClientRect().top])
    await page.goto(pages[0]!.path)
    const without = await heightAndTop(page)
    const context = await browser.newContext({viewport: {width: 360, height: 800}, hasTouch: true, isMobile: true})
    await context.addInitScript(() => (navigator.share = async () => {}))
    const withShare = await context.newPage()
    await withShare.goto(`${test.info().project.use.baseURL}${pages[0]!.path}`)
    await expect(withShare.getByRole('button', {name: 'Chia sẻ', exact: true})).toBeVisible()
    expect(await heightAndTop(withShare)).toEqual(without)
    await context.close()
  })

  test('where the browser has none, the button stays hidden', async ({page}) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', {value: undefined}))
    await page.goto(pages[1]!.path)
    const share = page.getByRole('region', {name: 'Chia sẻ'})
    await expect(share.getByText('Chia sẻ:', {exact: true})).toBeVisible()
    await expect(share.getByRole('button', {name: 'Chia sẻ', exact: true})).toBeHidden()
  })
})

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false})

  for (const {kind, path} of pages) {
    test(`${kind}: the Facebook link works, the address is there to select, and no button does nothing`, async ({page}) => {
      await page.goto(path)
      const share = page.getByRole('region', {name: 'Chia sẻ'})
      const url = await canonical(page)
      await expect(share.getByRole('link', {name: /^Facebook/})).toHaveAttribute('href', `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`)
      await expect(share.getByText(url, {exact: true})).toBeVisible()
      await expect(share.getByRole('button')).toHaveCount(0)
    })
  }
})
