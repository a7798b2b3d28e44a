import {expect, test, type Page} from '@playwright/test'
import {sampleNow} from '../support/clock'
import {API} from '../support/studio-editing'

/**
 * Smoke test of the built Studio against the local double of Sanity's API, with the dataset
 * content/data.ndjson plus tests/fixtures/studio-event-invalid-dates.ndjson (an event made for these tests)
 * and tests/fixtures/studio-submissions.ndjson (submissions from the site's forms). Tests that write run last.
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

// Submissions from the site's forms (tests/fixtures/studio-submissions.ndjson): three open drafts and a rejected one.
const SILK_SHOP = 'submission-9c41f6d2-7a3b-4e85-b0d9-5f2a8c6e7b14'
const YOGHURT_LINKS = 'submission-e5a7d3f9-2b6c-4c18-8e40-a9d1b7c3f526'

test.describe('the inbox of submissions', () => {
  test.use({viewport: {width: 1280, height: 900}})

  test('lists open submissions newest first and opens one on what it would change, with no way to publish it', async ({page}, testInfo) => {
    const failed = failedDataRequests(page)
    await page.goto('/')
    await page.getByRole('listbox', {name: 'Nội dung'}).getByRole('link', {name: 'Hộp thư đề xuất'}).click()
    await page.getByRole('link', {name: 'Chưa xử lý'}).click()

    const open = page.getByRole('listbox', {name: 'Chưa xử lý'})
    await expect(open.getByRole('link')).toHaveText([
      /Cập nhật liên kết cửa hàng: Hợp tác xã Chè an toàn Ba Vì/,
      /Đăng ký điểm bán sản phẩm OCOP: Cửa hàng Lụa Vạn Phúc/,
      /Cập nhật liên kết cửa hàng: Sữa chua Ba Vì/,
    ])
    await page.screenshot({path: testInfo.outputPath('inbox-open.png')})

    await open.getByRole('link', {name: /Hợp tác xã Chè an toàn Ba Vì/}).click()
    // The comparison is the first view: the producer's links now, next to the proposed ones.
    await expect(page.getByText('Chủ thể: Hợp tác xã Chè an toàn Ba Vì')).toBeVisible()
    const current = page.getByRole('region', {name: 'Hiện tại', exact: true})
    const proposed = page.getByRole('region', {name: /^Đề xuất/})
    await expect(current.getByRole('listitem')).toHaveText([/Shopee.*Giữ nguyên/, /Facebook.*facebook\.com\/cheantoanbavi.*Bỏ đi/])
    await expect(proposed.getByRole('listitem')).toHaveText([/Shopee.*Giữ nguyên/, /Zalo · Đặt chè qua Zalo.*Thêm mới/, /Website.*cheantoanbavi\.example\.vn.*Thêm mới/])
    await expect(page.getByText('2 thêm mới, 1 bỏ đi, 1 giữ nguyên.', {exact: false})).toBeVisible()
    await expect(page.getByRole('region', {name: 'Người gửi'})).toContainText('Đỗ Văn Hùng')
    await page.screenshot({path: testInfo.outputPath('submission-links-comparison.png')})

    // Apply and reject, delete kept, and no publishing: a submission holds personal data.
    await expect(page.getByRole('button', {name: 'Áp dụng'})).toBeEnabled()
    await expect(page.getByRole('button', {name: 'Xuất bản', exact: true})).toHaveCount(0)
    await page.getByRole('button', {name: 'Mở hành động tài liệu'}).click()
    await expect(page.getByRole('menuitem', {name: /Từ chối/})).toBeVisible()
    await expect(page.getByRole('menuitem', {name: /Xóa/})).toBeVisible()
    await expect(page.getByRole('menuitem', {name: /Xuất bản|Nhân bản|Ngừng xuất bản/})).toHaveCount(0)
    await page.screenshot({path: testInfo.outputPath('submission-actions.png')})
    await page.keyboard.press('Escape')

    // The second view is the form with what was sent.
    await page.getByRole('tab', {name: 'Nội dung gửi'}).click()
    await expect(page.getByTestId('field-contact')).toBeVisible()
    expect(failed).toEqual([])
  })

  test('shows the commune a new point of sale would be placed in and a shop it may duplicate', async ({page}, testInfo) => {
    const failed = failedDataRequests(page)
    await page.goto(`/intent/edit/id=${SILK_SHOP};type=submission`)

    await expect(page.getByRole('region', {name: 'Điểm bán đề nghị đăng ký'})).toContainText('Số 12, phố Vạn Phúc')
    await expect(page.getByRole('region', {name: 'Xã / phường'})).toContainText('Sẽ gắn với Phường Hà Đông (trước đây thuộc Hà Đông).')
    await expect(page.getByRole('region', {name: 'Điểm bán có thể trùng'}).getByRole('link')).toHaveText(['Cửa hàng lụa đầu làng Vạn Phúc'])
    await page.screenshot({path: testInfo.outputPath('submission-point-of-sale-comparison.png')})
    expect(failed).toEqual([])
  })

  test('asks for a reason before rejecting', async ({page}, testInfo) => {
    test.slow()
    await page.goto(`/intent/edit/id=${SILK_SHOP};type=submission`)
    await expect(page.getByRole('region', {name: 'Xã / phường'})).toBeVisible()
    // The actions settle once the document is loaded; a menu opened before may close again.
    await expect(page.getByRole('button', {name: 'Áp dụng'})).toBeEnabled()
    await expect(async () => {
      await page.getByRole('button', {name: 'Mở hành động tài liệu'}).click()
      await page.getByRole('menuitem', {name: /Từ chối/}).click({timeout: 5_000})
    }).toPass()

    const dialog = page.getByRole('dialog', {name: 'Từ chối đề xuất'})
    await dialog.getByRole('button', {name: 'Từ chối đề xuất'}).click()
    await expect(dialog.getByText('Hãy ghi lý do từ chối.')).toBeVisible()
    await page.screenshot({path: testInfo.outputPath('submission-reject-dialog.png')})
    await dialog.getByRole('textbox', {name: /Lý do từ chối/}).fill('Cửa hàng chưa bày bán sản phẩm OCOP nào.')
    await dialog.getByRole('button', {name: 'Từ chối đề xuất'}).click()
    await expect(page.getByText('Đã từ chối đề xuất')).toBeVisible()
    await expect(dialog).toHaveCount(0)
    // The double tells the Studio about the change, as Sanity's listener does.
    await expect(page.getByText(/^Đã từ chối lúc .*, bởi Biên tập viên thử nghiệm\. Lý do: Cửa hàng chưa bày bán sản phẩm OCOP nào\.$/)).toBeVisible()
    await expect(page.getByRole('button', {name: 'Áp dụng'})).toBeDisabled()
    await page.screenshot({path: testInfo.outputPath('submission-rejected.png')})
  })

  test('applies new shop links and opens the product’s draft with them', async ({page}, testInfo) => {
    // Applying opens another document; on a busy machine that takes a while.
    test.slow()
    const failed = failedDataRequests(page)
    await page.goto(`/intent/edit/id=${YOGHURT_LINKS};type=submission`)
    await expect(page.getByRole('region', {name: /^Đề xuất/}).getByRole('listitem')).toHaveText([/Shopee.*Thêm mới/])

    await page.getByRole('button', {name: 'Áp dụng'}).click()
    await expect(page.getByText('Đã áp dụng đề xuất')).toBeVisible()
    // The product's draft opens on its shop links, where the new one is.
    await expect(page.getByTestId('field-shopLinks')).toContainText('Sữa chua Ba Vì trên Shopee', {timeout: 60_000})
    await expect(page.getByTestId('field-shopLinks')).toBeInViewport()
    await page.screenshot({path: testInfo.outputPath('submission-applied.png')})
    expect(failed).toEqual([])
  })

  // Last: it adds a proposal, which the tests above would see in their lists.
  test('counts the proposals waiting on the inbox, and counts a new one as it arrives', async ({page, request}) => {
    const openCount = async () => {
      const query = encodeURIComponent('count(*[_type == "submission" && status == "open"])')
      return (await (await request.get(`${API}/v2026-11-01/data/query/production?query=${query}&perspective=drafts`)).json()).result as number
    }
    const waiting = await openCount()
    expect(waiting).toBeGreaterThan(0)
    await page.goto('/')
    const sidebar = page.getByRole('listbox', {name: 'Nội dung'})
    await expect(sidebar.getByRole('link', {name: `Hộp thư đề xuất (${waiting})`})).toBeVisible()

    // A producer sends a proposal through the website: the intake service stores it as a draft.
    const response = await request.post(`${API}/v2026-11-01/data/mutate/production`, {
      data: {
        mutations: [
          {
            create: {
              _id: `drafts.submission-${crypto.randomUUID()}`,
              _type: 'submission',
              kind: 'shopLinks',
              status: 'open',
              // On the double's day (its clock starts at the sample's now), not the machine's.
              receivedAt: sampleNow().toISOString(),
              target: {_type: 'reference', _ref: 'product-sua-chua-ba-vi', _weak: true},
              shopLinks: [{_key: 'k1', _type: 'shopLink', kind: 'tiktok', url: 'https://www.tiktok.com/@suachuabavi'}],
            },
          },
        ],
      },
    })
    expect(response.ok()).toBe(true)
    // Without reloading: the Studio listens.
    await expect(sidebar.getByRole('link', {name: `Hộp thư đề xuất (${waiting + 1})`})).toBeVisible()
    await sidebar.getByRole('link', {name: /Hộp thư đề xuất/}).click()
    await expect(page.getByRole('link', {name: `Chưa xử lý (${waiting + 1})`})).toBeVisible()
  })
})
