import {expect, test, type Page} from '@playwright/test'

/**
 * Smoke test of the built Studio against the local double of Sanity's API, with the dataset
 * content/data.ndjson plus tests/fixtures/studio-event-invalid-dates.ndjson (an event made for these tests).
 * Run with `npx playwright test -c playwright.studio.config.ts`.
 */

/** Collects the data requests (queries, documents, listeners, history) answered with an error. */
function failedDataRequests(page: Page): string[] {
  const failed: string[] = []
  page.on('response', (response) => {
    const {pathname} = new URL(response.url())
    if (/^\/v[^/]+\/data\//.test(pathname) && response.status() >= 400) failed.push(`${response.status()} ${pathname}`)
  })
  return failed
}

test('shows the structure in Vietnamese and opens a product in its form', async ({page}, testInfo) => {
  const failed = failedDataRequests(page)
  await page.goto('/')

  // Logged in as the double's user, without a login screen; UI strings from @sanity/locale-vi-vn.
  await expect(page.getByRole('button', {name: 'Biên tập viên thử nghiệm'})).toBeVisible()
  await expect(page.getByRole('button', {name: 'Tạo tài liệu mới'})).toBeVisible()
  await expect(page.getByRole('button', {name: 'Mở tìm kiếm'})).toBeVisible()
  const structure = page.getByRole('listbox', {name: 'Nội dung'})
  await expect(structure.getByRole('link', {name: 'Sản phẩm OCOP'})).toBeVisible()
  await expect(structure.getByRole('link', {name: 'Sự kiện xúc tiến thương mại'})).toBeVisible()
  await page.screenshot({path: testInfo.outputPath('structure.png')})

  await structure.getByRole('link', {name: 'Sản phẩm OCOP'}).click()
  await page.getByRole('link', {name: 'Tất cả sản phẩm'}).click()
  const products = page.getByRole('listbox', {name: 'Tất cả sản phẩm'})
  await expect(products.getByRole('link', {name: /Bình gốm men lam vẽ tay/})).toBeVisible()
  await products.getByRole('link', {name: /^Bánh chưng Tranh Khúc/}).click()

  // The Studio edits the draft, which the fixture has for this product.
  await expect(page.getByRole('textbox', {name: 'Tên sản phẩm'})).toHaveValue('Bánh chưng Tranh Khúc (bản nháp chưa duyệt)')
  await expect(page.getByRole('tab', {name: 'Chứng nhận OCOP'})).toBeVisible()
  await page.screenshot({path: testInfo.outputPath('product-form.png')})

  // Beside "Xuất bản": the published page, and the page in the draft preview.
  await page.getByRole('button', {name: 'Mở hành động tài liệu'}).click()
  await expect(page.getByRole('menuitem', {name: /Xem trên website/})).toBeVisible()
  await expect(page.getByRole('menuitem', {name: /Xem bản nháp/})).toBeVisible()
  await page.screenshot({path: testInfo.outputPath('product-actions.png')})
  await page.keyboard.press('Escape')
  expect(failed).toEqual([])
})

test('marks an event that ends before it starts as invalid', async ({page}, testInfo) => {
  const failed = failedDataRequests(page)
  await page.goto('/intent/edit/id=event-invalid-dates;type=event')

  await expect(page.getByRole('textbox', {name: 'Tên sự kiện'})).toHaveValue('Hội chợ thử nghiệm ngày sai')
  const endsAt = page.getByTestId('field-endsAt')
  await expect(endsAt.getByTestId('input-validation-icon-error')).toBeVisible()
  await expect(page.getByTestId('field-startsAt').getByTestId('input-validation-icon-error')).toHaveCount(0)

  // The validation inspector names the field and gives the rule's message.
  await page.getByRole('button', {name: 'Kiểm tra'}).click()
  const inspector = page.getByRole('complementary').filter({has: page.getByRole('heading', {name: 'Kiểm tra'})})
  await expect(inspector.getByRole('button', {name: /^Kết thúc .*kết thúc không được trước thời điểm bắt đầu/})).toBeVisible()
  await page.screenshot({path: testInfo.outputPath('event-validation.png')})
  expect(failed).toEqual([])
})

test('shows a renamed product’s previous address, kept so that its printed links still work', async ({page}, testInfo) => {
  const failed = failedDataRequests(page)
  await page.goto('/intent/edit/id=product-tra-nu-hong-me-linh;type=product')

  await expect(page.getByRole('textbox', {name: 'Tên sản phẩm'})).toHaveValue('Trà nụ hồng sấy Mê Linh')
  const previous = page.getByTestId('field-previousSlugs')
  await expect(previous.getByText('Địa chỉ cũ (đường dẫn trước đây)')).toBeVisible()
  await expect(previous.getByText(/Tự động thêm khi bạn đổi đường dẫn rồi xuất bản/)).toBeVisible()
  await expect(previous.locator('input')).toHaveValue('tra-nu-hong-me-linh')
  await expect(previous.getByTestId('input-validation-icon-error')).toHaveCount(0)
  await page.screenshot({path: testInfo.outputPath('product-previous-slugs.png')})
  expect(failed).toEqual([])
})
