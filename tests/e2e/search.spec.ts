import {expect, test} from '@playwright/test'

test.describe('search', () => {
  test('typing "banh chung" without diacritics lists the bánh chưng product', async ({page}) => {
    await page.goto('/tim-kiem/')
    await page.getByRole('searchbox', {name: /Tìm sản phẩm, chủ thể, địa điểm/}).fill('banh chung')
    await expect(page.getByText('đang tắt JavaScript')).toBeHidden()
    const results = page.locator('#search-results')
    await expect(results.getByRole('link', {name: 'Bánh chưng Tranh Khúc', exact: true})).toBeVisible()
    await expect(page.getByRole('status')).toContainText('kết quả')
    await expect(page).toHaveURL(/\?q=banh\+chung$/)
  })

  test('the header search box on a product page leads to results', async ({page}) => {
    await page.goto('/san-pham/sua-chua-ba-vi/')
    await page.getByRole('searchbox', {name: 'Tìm sản phẩm, chủ thể, địa điểm'}).fill('khan lua van phuc')
    await page.getByRole('button', {name: 'Tìm', exact: true}).click()
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=khan\+lua\+van\+phuc$/)
    await expect(page.locator('#search-results').getByRole('link').first()).toHaveText('Khăn lụa tơ tằm Vạn Phúc')
  })

  test('a query with no match says so', async ({page}) => {
    await page.goto('/tim-kiem/?q=xyzzy')
    await expect(page.getByRole('status')).toHaveText('Không tìm thấy kết quả cho “xyzzy”.')
  })

  test('drafts are not in the search index', async ({page}) => {
    // "Mật ong hoa nhãn Ba Vì (nháp)" exists only as a draft.
    await page.goto('/tim-kiem/?q=mat+ong+hoa+nhan')
    await expect(page.getByRole('status')).toContainText(/kết quả|Không tìm thấy/)
    await expect(page.locator('#search-results')).not.toContainText('nháp')
    await expect(page.locator('#search-results a[href="/san-pham/mat-ong-hoa-nhan-ba-vi/"]')).toHaveCount(0)
  })
})

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false})

  test('the search page points to the catalogue', async ({page}) => {
    await page.goto('/tim-kiem/?q=banh+chung')
    await expect(page.getByText('đang tắt JavaScript')).toBeVisible()
    await page.getByRole('link', {name: 'xem toàn bộ danh mục sản phẩm'}).click()
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Sản phẩm OCOP')
  })
})
