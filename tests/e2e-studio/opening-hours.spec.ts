import {expect, test, type Page} from '@playwright/test'
import {publish, published} from '../support/studio-editing'

/**
 * An editor gives a showroom Sunday-morning hours: a row typed into the structured hours, a time
 * the website could not read flagged in Vietnamese beside the field, the week previewed as
 * visitors will read it, and the published document read back from the API as the build reads it.
 */
/** The key of the row just added, from the form's address (…hours.weekly[_key=="…"]). */
async function newRowKey(page: Page): Promise<string> {
  await expect(page).toHaveURL(/_key/)
  const match = /_key%3D%3D%22([^%]+)%22|_key=="([^"]+)"/.exec(decodeURIComponent(page.url())) ?? /_key==%22([^%]+)%22/.exec(page.url())
  return match![1] ?? match![2]!
}

test.describe('opening hours in the Studio', () => {
  test.use({viewport: {width: 1280, height: 900}})

  test('a Sunday row typed, a bad time flagged and fixed, the week previewed and published', async ({page, request}, testInfo) => {
    await page.goto('/intent/edit/id=pos-showroom-son-dong;type=pointOfSale')
    const preview = page.getByTestId('weekly-hours-preview')
    await expect(preview).toContainText('Thứ Hai – Thứ Bảy: 8:00–17:30')
    await expect(preview).toContainText('Chủ Nhật: Nghỉ')

    await page.getByTestId('field-hours.weekly').getByRole('button', {name: 'Thêm'}).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('checkbox', {name: 'Chủ Nhật'}).check()
    await dialog.getByRole('textbox', {name: 'Mở cửa lúc'}).fill('8:00')
    await dialog.getByRole('textbox', {name: 'Đóng cửa lúc'}).fill('12 giờ')
    // The field is flagged; its marker says what is wrong, in Vietnamese.
    const closes = dialog.getByTestId('field-hours.weekly[_key=="' + (await newRowKey(page)) + '"].closes')
    await closes.getByTestId('input-validation-icon-error').hover()
    await expect(page.getByText('Giờ đóng cửa phải có dạng giờ:phút, ví dụ 18:00.')).toBeVisible()
    await page.screenshot({path: testInfo.outputPath('hours-row-error.png')})
    await dialog.getByRole('textbox', {name: 'Đóng cửa lúc'}).fill('12:00')
    await expect(closes.getByTestId('input-validation-icon-error')).toHaveCount(0)
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)

    await expect(preview).toContainText('Thứ Hai – Thứ Bảy: 8:00–17:30')
    await expect(preview).toContainText('Chủ Nhật: 8:00–12:00')
    await expect(page.getByTestId('field-hours.weekly')).toContainText('Chủ Nhật 8:00–12:00')
    await page.screenshot({path: testInfo.outputPath('hours-previewed.png')})

    await publish(page, async () => {
      const doc = await published(request, 'pointOfSale', '_id', 'pos-showroom-son-dong')
      return doc?.hours?.weekly?.length === 2 ? doc : null
    })
    const doc = await published(request, 'pointOfSale', '_id', 'pos-showroom-son-dong')
    expect(doc!.hours.weekly.map(({days, opens, closes}: {days: string[]; opens: string; closes: string}) => ({days, opens, closes}))).toEqual([
      {days: ['mo', 'tu', 'we', 'th', 'fr', 'sa'], opens: '8:00', closes: '17:30'},
      {days: ['su'], opens: '8:00', closes: '12:00'},
    ])
    expect(doc!.hours.exceptions).toHaveLength(1)
  })
})

test.describe('coordinates in the Studio', () => {
  test.use({viewport: {width: 1280, height: 900}})

  test('a point typed far from the chosen commune is flagged with the distance, and the flag goes once it is right', async ({page, request}) => {
    const id = 'pos-showroom-son-dong'
    const place = (await published(request, 'pointOfSale', '_id', id))!
    const area = (await published(request, 'area', '_id', place.area._ref))!
    // Chợ gốm Bát Tràng, across the city from Sơn Đồng.
    const wrong = {lat: 20.9766, lng: 105.9131}
    const rad = Math.PI / 180
    const h = Math.sin(((wrong.lat - area.centre.lat) * rad) / 2) ** 2 + Math.cos(area.centre.lat * rad) * Math.cos(wrong.lat * rad) * Math.sin(((wrong.lng - area.centre.lng) * rad) / 2) ** 2
    const km = Math.round(2 * 6371 * Math.asin(Math.sqrt(h)))
    // Tiles are not what this test looks at; they come from a host that never answers here.
    await page.route('https://tiles.ocop.test/**', (route) => route.abort())
    await page.goto(`/intent/edit/id=${id};type=pointOfSale`)
    const location = page.getByTestId('field-location')
    await location.getByRole('textbox', {name: 'Vĩ độ', exact: true}).fill(String(wrong.lat))
    await location.getByRole('textbox', {name: 'Kinh độ', exact: true}).fill(String(wrong.lng))
    const warning = location.getByTestId('input-validation-icon-warning')
    await warning.hover()
    await expect(page.getByText(`Tọa độ này cách trung tâm xã Sơn Đồng khoảng ${km} km. Hãy kiểm tra lại vị trí trên bản đồ hoặc xã, phường đã chọn.`)).toBeVisible()

    await location.getByRole('textbox', {name: 'Vĩ độ', exact: true}).fill(String(place.location.lat))
    await location.getByRole('textbox', {name: 'Kinh độ', exact: true}).fill(String(place.location.lng))
    await expect(warning).toHaveCount(0)
  })
})
