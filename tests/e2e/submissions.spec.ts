/**
 * The site's forms as people use them: a producer sends a new Shopee link from their product page
 * (without JavaScript), a shop registers as a point of sale. The built site is served as in every
 * e2e test; /api/de-xuat/ is forwarded to the intake service as the web server does in production
 * (README), and the intake stores into the local double of Sanity's API.
 */
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import {expect, test, type Page} from './fixtures'
import {readIntakeConfig} from '../../intake/config'
import {startIntake, type Intake} from '../../intake/service'
import {startSanityApiDouble, type SanityApiDouble} from '../support/sanity-api-double'

const WRITE_TOKEN = 'e2e-write-token-for-the-api-double-01'

let double: SanityApiDouble
let intake: Intake

test.beforeAll(async ({}, testInfo) => {
  double = await startSanityApiDouble({documents: path.resolve('content/data.ndjson'), writeToken: WRITE_TOKEN})
  const config = readIntakeConfig({
    SITE_URL: String(testInfo.project.use.baseURL),
    SANITY_API_WRITE_TOKEN: WRITE_TOKEN,
    SANITY_PROJECT_ID: double.projectId,
    SANITY_DATASET: double.dataset,
    SANITY_API_VERSION: '2026-11-01',
    SANITY_API_HOST: double.url,
    INTAKE_SITE_ROOT: process.env.E2E_DIST ?? 'dist',
    INTAKE_PORT: '0',
    // Every test here comes from 127.0.0.1; the limit itself is tested in tests/unit/intake.test.ts.
    INTAKE_RATE_LIMIT: '1000',
  })
  intake = await startIntake(config, () => undefined)
})
test.afterAll(async () => {
  await intake?.close()
  await double?.close()
})

/** What the web server does: /api/de-xuat/ goes to the intake service, redirects and all. Returns the paths sent. */
async function forwardToIntake(page: Page): Promise<string[]> {
  const sent: string[] = []
  await page.route(/\/api\/de-xuat\//, async (route) => {
    const {pathname} = new URL(route.request().url())
    sent.push(pathname)
    const response = await route.fetch({url: `${intake.url}${pathname}`, maxRedirects: 0})
    await route.fulfill({response})
  })
  return sent
}

const submissions = () => double.documents().filter((doc) => doc._type === 'submission')

async function expectAccessible(page: Page) {
  const {violations} = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([])
}

test.describe('a producer, on a phone without JavaScript', () => {
  test.use({viewport: {width: 360, height: 780}, javaScriptEnabled: false})

  test('sends a new Shopee link from the product’s page for its producer, fixing a mistake on the way', async ({page}, testInfo) => {
    await forwardToIntake(page)
    const before = submissions().length
    await page.goto('/san-pham/banh-chung-tranh-khuc/')
    await page.getByRole('link', {name: 'Tải mã QR, huy hiệu và cập nhật liên kết'}).click()
    // On the producer's page the form is unfolded.
    const section = page.getByRole('region', {name: 'Cập nhật liên kết cửa hàng'})

    // The current links are there to keep, change or clear; two rows are free for new ones.
    await expect(section.getByRole('textbox', {name: 'Địa chỉ hoặc số điện thoại'}).first()).toHaveValue('https://www.facebook.com/banhchungtranhkhuc.htx')
    await expect(section.getByRole('group', {name: 'Liên kết 2'}).getByRole('textbox')).toHaveValue('02436861234')
    const third = section.getByRole('group', {name: 'Liên kết 3'})
    await third.getByRole('combobox', {name: 'Kênh'}).selectOption({label: 'Shopee'})
    // A slip: the link copied from the Lazada tab.
    await third.getByRole('textbox').fill('https://www.lazada.vn/shop/banh-chung-tranh-khuc')
    await section.getByRole('textbox', {name: 'Họ và tên'}).fill('Nguyễn Thị Hoa')
    await section.getByRole('textbox', {name: 'Số điện thoại liên hệ'}).fill('0987 654 321')
    await page.screenshot({path: testInfo.outputPath('form-product-360.png'), fullPage: true})
    await section.getByRole('button', {name: 'Xem lại trước khi gửi'}).click()

    // The form again: what is wrong, next to the field, and everything typed still there.
    await expect(page).toHaveTitle('Lỗi: Cập nhật liên kết cửa hàng | OCOP Hà Nội')
    await expect(page.getByRole('alert')).toContainText('Có 1 chỗ cần sửa trước khi gửi')
    const fixed = page.getByRole('group', {name: 'Liên kết 3'})
    await expect(fixed).toContainText('Đây không phải địa chỉ Shopee (shopee.vn). Hãy chọn đúng kênh hoặc sửa địa chỉ.')
    await expect(fixed.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByRole('textbox', {name: 'Họ và tên'})).toHaveValue('Nguyễn Thị Hoa')
    await page.screenshot({path: testInfo.outputPath('form-errors-360.png'), fullPage: true})
    expect(submissions()).toHaveLength(before)

    await fixed.getByRole('textbox').fill('https://shopee.vn/banhchungtranhkhuc')
    await page.getByRole('button', {name: 'Xem lại trước khi gửi'}).click()
    await expect(page).toHaveTitle('Xem lại trước khi gửi | OCOP Hà Nội')
    const changes = page.getByRole('region', {name: 'Liên kết sẽ hiện trên trang “Bánh chưng Tranh Khúc”'})
    await expect(changes.getByRole('listitem')).toHaveText(['Facebook: https://www.facebook.com/banhchungtranhkhuc.htx', 'Điện thoại: 02436861234', 'Shopee: https://shopee.vn/banhchungtranhkhuc mới'])
    await page.screenshot({path: testInfo.outputPath('form-review-360.png'), fullPage: true})
    expect(submissions()).toHaveLength(before)

    // A person reads before confirming; the intake refuses confirmations within two seconds.
    await page.waitForTimeout(2100)
    await page.getByRole('button', {name: 'Gửi đề xuất'}).click()
    await expect(page).toHaveURL(/\/da-gui\/lien-ket\/$/)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Cảm ơn bạn, đề xuất đã được gửi')
    await page.screenshot({path: testInfo.outputPath('form-thanks-360.png'), fullPage: true})

    const stored = submissions().slice(before)
    expect(stored).toHaveLength(1)
    expect(stored[0]._id).toMatch(/^drafts\.submission-/)
    expect(stored[0]).toMatchObject({
      kind: 'shopLinks',
      status: 'open',
      target: {_ref: 'product-banh-chung-tranh-khuc'},
      shopLinks: [
        {kind: 'facebook', url: 'https://www.facebook.com/banhchungtranhkhuc.htx'},
        {kind: 'phone', url: 'tel:02436861234'},
        {kind: 'shopee', url: 'https://shopee.vn/banhchungtranhkhuc'},
      ],
      contact: {name: 'Nguyễn Thị Hoa', phone: '0987 654 321'},
    })
  })
})

test('a shop registers as a point of sale from the list of points of sale', async ({page}, testInfo) => {
  // A long journey (two accessibility scans, full-page screenshots, the intake service): 30 s ran out on a loaded 2-core machine.
  test.setTimeout(90_000)
  await page.setViewportSize({width: 1280, height: 900})
  const sent = await forwardToIntake(page)
  const before = submissions().length
  await page.goto('/diem-ban/')
  await page.getByRole('link', {name: 'Đăng ký điểm bán'}).click()
  await expect(page).toHaveURL(/\/dang-ky-diem-ban\/$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Đăng ký điểm bán sản phẩm OCOP')
  await expectAccessible(page)

  await page.getByRole('textbox', {name: 'Tên cửa hàng, siêu thị hoặc trung tâm'}).fill('Cửa hàng đặc sản Phố Cổ')
  await page.getByRole('radio', {name: 'Cửa hàng'}).check()
  await page.getByRole('textbox', {name: 'Địa chỉ'}).fill('25 Hàng Bạc')
  await page.getByRole('combobox', {name: 'Xã, phường'}).fill('Hoàn Kiếm')
  await page.getByRole('textbox', {name: 'Sản phẩm OCOP đang hoặc sẽ bày bán'}).fill('Gốm Bát Tràng, lụa Vạn Phúc')
  await page.getByRole('textbox', {name: 'Họ và tên'}).fill('Lê Minh Anh')
  await page.getByRole('textbox', {name: 'Thư điện tử liên hệ'}).fill('minhanh@example')
  await page.screenshot({path: testInfo.outputPath('form-point-of-sale-1280.png'), fullPage: true})
  await page.getByRole('button', {name: 'Xem lại trước khi gửi'}).click()

  // Two things forgotten or mistyped: both listed on top and marked at their fields, by the
  // browser (the same checks as the intake service, without a round trip), the summary focused.
  await expect(page.getByRole('alert')).toContainText('Có 2 chỗ cần sửa trước khi gửi')
  await expect(page.getByRole('alert')).toBeFocused()
  await expect(page).toHaveTitle(/^Lỗi: /)
  expect(sent).toEqual([])
  await expect(page.getByRole('textbox', {name: 'Giờ mở cửa'})).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('textbox', {name: 'Thư điện tử liên hệ'})).toHaveValue('minhanh@example')
  await expect(page.getByRole('radio', {name: 'Cửa hàng'})).toBeChecked()
  await expectAccessible(page)
  await page.screenshot({path: testInfo.outputPath('form-point-of-sale-errors-1280.png'), fullPage: true})
  await page.getByRole('link', {name: /Giờ mở cửa/}).click()
  await expect(page.getByRole('textbox', {name: 'Giờ mở cửa'})).toBeFocused()
  await page.getByRole('textbox', {name: 'Giờ mở cửa'}).fill('8:00–22:00 hằng ngày')
  await page.getByRole('textbox', {name: 'Thư điện tử liên hệ'}).fill('minhanh@example.vn')
  await page.getByRole('textbox', {name: 'Thư điện tử liên hệ'}).blur()
  // Each message next to a field goes once the field is corrected (the summary stays until the next try).
  await expect(page.locator('.field__error')).toHaveCount(0)
  await expect(page.getByRole('textbox', {name: 'Thư điện tử liên hệ'})).not.toHaveAttribute('aria-describedby', /loi/)
  await expect(page.getByRole('textbox', {name: 'Giờ mở cửa'})).not.toHaveAttribute('aria-invalid', 'true')
  await page.getByRole('button', {name: 'Xem lại trước khi gửi'}).click()
  expect(submissions()).toHaveLength(before)

  await expect(page.getByRole('region', {name: 'Điểm bán'})).toContainText('25 Hàng Bạc, Hoàn Kiếm')
  await expectAccessible(page)
  await page.screenshot({path: testInfo.outputPath('form-point-of-sale-review-1280.png'), fullPage: true})
  await page.waitForTimeout(2100)
  await page.getByRole('button', {name: 'Gửi đề xuất'}).click()
  await expect(page).toHaveURL(/\/da-gui\/diem-ban\/$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Cảm ơn bạn, đăng ký đã được gửi')
  expect(sent).toEqual(['/api/de-xuat/diem-ban', '/api/de-xuat/diem-ban'])

  const stored = submissions().slice(before)
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({
    kind: 'pointOfSale',
    pointOfSale: {name: 'Cửa hàng đặc sản Phố Cổ', kind: 'cua-hang', address: '25 Hàng Bạc', areaName: 'Hoàn Kiếm', openingHours: '8:00–22:00 hằng ngày'},
    contact: {name: 'Lê Minh Anh', email: 'minhanh@example.vn'},
  })
})
