import {expect, test} from '@playwright/test'
import {SAMPLE_NOW} from '../support/clock'
import {nextSave, pickReference, publish, publishButton, published, validationMessages} from '../support/studio-editing'

/**
 * Editors at work in the built Studio, against the local double of Sanity's API (which saves
 * through the Actions API as the Content Lake does): documents are created from the lists they
 * belong in, typed field by field, flagged and fixed, published, and read back from the API.
 * Each test makes its own documents, so the smoke tests' fixtures stay as they were.
 */

test.describe('editing for real', () => {
  test.use({viewport: {width: 1280, height: 900}})

  test('a drink created from its group list starts in that group, is corrected where the Studio says, and is published as typed', async ({page, request}, testInfo) => {
    const name = 'Rượu mơ Hương Sơn thử nghiệm'
    await page.goto('/structure/products;by-group;group-do-uong')
    await page.getByRole('link', {name: 'Sản phẩm OCOP mới trong nhóm này'}).click()
    // The form opens beside the list it was created from, with the list's group chosen.
    await expect(page).toHaveURL(/group-do-uong;/)
    await expect(page.getByRole('combobox', {name: 'Nhóm sản phẩm'}).locator('option:checked')).toHaveText('Đồ uống')

    await page.getByRole('textbox', {name: 'Tên sản phẩm'}).fill(name)
    await page.getByTestId('field-slug').getByRole('button', {name: 'Tạo'}).click()
    await expect(page.getByTestId('field-slug').getByRole('textbox')).toHaveValue('ruou-mo-huong-son-thu-nghiem')
    await pickReference(page, 'Chủ thể', 'Bò sữa', /Bò sữa/)
    await pickReference(page, 'Nơi sản xuất (xã / phường)', 'Ba', /Ba Vì/)

    // Nothing typed yet for the summary or the certificate: the panel says what to do, in Vietnamese.
    const before = await validationMessages(page)
    expect(before.join('\n')).toContain('Hãy viết một hai câu giới thiệu sản phẩm.')
    expect(before.join('\n')).toContain('Hãy nhập số quyết định công nhận.')
    await expect(publishButton(page)).toBeDisabled()
    await page.getByRole('textbox', {name: 'Tóm tắt'}).fill('Rượu ngâm từ mơ rừng Hương Sơn, vị chua thanh.')

    await page.getByRole('tab', {name: 'Chứng nhận OCOP'}).click()
    await page.getByTestId('field-ocop.stars').getByRole('radio', {name: '4'}).check()
    await page.getByTestId('field-ocop.decisionNumber').getByRole('textbox').fill('4321/QĐ-UBND')
    const decision = page.getByTestId('field-ocop.decisionDate').getByRole('textbox')
    const expiry = page.getByTestId('field-ocop.expiresOn').getByRole('textbox')
    await decision.fill('15/10/2025')
    await decision.press('Enter')
    // The expiry fills itself, 36 months on, and follows when the decision date is corrected.
    await expect(expiry).toHaveValue('15/10/2028')
    const saved = nextSave(page)
    await decision.fill('16/10/2025')
    await decision.press('Enter')
    await expect(expiry).toHaveValue('16/10/2028')
    await saved
    await page.screenshot({path: testInfo.outputPath('product-certificate.png')})

    await publish(page, () => published(request, 'product', 'name', name))
    const doc = await published(request, 'product', 'name', name)
    expect(doc).toMatchObject({
      name,
      slug: {current: 'ruou-mo-huong-son-thu-nghiem'},
      group: 'do-uong',
      summary: 'Rượu ngâm từ mơ rừng Hương Sơn, vị chua thanh.',
      ocop: {stars: 4, decisionNumber: '4321/QĐ-UBND', decisionDate: '2025-10-16', expiresOn: '2028-10-16', issuer: 'ubnd-ha-noi'},
    })
    expect(doc!.producer._ref).toMatch(/^producer-/)
    expect(doc!.area._ref).toMatch(/^area-/)
  })

  test('a date typed in another format keeps Xuất bản closed, says the format in Vietnamese, and publishes nothing', async ({page, request}, testInfo) => {
    const name = 'Trà sen thử nghiệm ngày sai'
    await page.goto('/structure/products;by-stars;stars-3')
    await page.getByRole('link', {name: 'Sản phẩm OCOP mới với số sao này'}).click()
    await expect(page).toHaveURL(/stars-3;/)
    await page.getByRole('textbox', {name: 'Tên sản phẩm'}).fill(name)
    await page.getByTestId('field-slug').getByRole('button', {name: 'Tạo'}).click()
    await page.getByRole('combobox', {name: 'Nhóm sản phẩm'}).selectOption({label: 'Đồ uống'})
    await pickReference(page, 'Chủ thể', 'Bò sữa', /Bò sữa/)
    await pickReference(page, 'Nơi sản xuất (xã / phường)', 'Ba', /Ba Vì/)
    await page.getByRole('textbox', {name: 'Tóm tắt'}).fill('Trà ướp sen Tây Hồ.')
    await page.getByRole('tab', {name: 'Chứng nhận OCOP'}).click()
    await expect(page.getByTestId('field-ocop.stars').getByRole('radio', {name: '3'})).toBeChecked()
    await page.getByTestId('field-ocop.decisionNumber').getByRole('textbox').fill('4322/QĐ-UBND')
    const decision = page.getByTestId('field-ocop.decisionDate').getByRole('textbox')
    await decision.fill('15/10/2025')
    await decision.press('Enter')
    await expect(page.getByTestId('field-ocop.expiresOn').getByRole('textbox')).toHaveValue('15/10/2028')
    await expect(publishButton(page)).toBeEnabled()

    // "20.10.26" is not a date the Studio can read: the document keeps 15/10/2025, so publishing now
    // would publish a date other than the one on screen. Xuất bản waits, and the editor is told why.
    await decision.fill('20.10.26')
    await decision.press('Tab')
    await expect(publishButton(page)).toBeDisabled()
    const messages = await validationMessages(page)
    expect(messages.join('\n')).toContain('Ngày chưa đúng định dạng. Hãy nhập theo dạng DD/MM/YYYY, ví dụ 20/10/2026, hoặc chọn trên lịch.')
    expect(messages.join('\n')).not.toMatch(/Invalid date|Must be in the format/)
    await publishButton(page).hover({force: true})
    await expect(page.getByText('Chưa xuất bản được: Ngày chưa đúng định dạng. Hãy nhập theo dạng DD/MM/YYYY, ví dụ 20/10/2026, hoặc chọn trên lịch.')).toBeVisible()
    await page.screenshot({path: testInfo.outputPath('unreadable-date.png')})
    expect(await published(request, 'product', 'name', name)).toBeNull()

    // Fixed as the message says: publishing opens again, with the date as typed.
    const saved = nextSave(page)
    await decision.fill('20/10/2025')
    await decision.press('Enter')
    await expect(page.getByTestId('field-ocop.expiresOn').getByRole('textbox')).toHaveValue('20/10/2028')
    await saved
    await publish(page, () => published(request, 'product', 'name', name))
    expect((await published(request, 'product', 'name', name))?.ocop).toMatchObject({stars: 3, decisionDate: '2025-10-20', expiresOn: '2028-10-20'})
  })

  test('an expiry typed by hand is never overwritten: the Studio offers the statutory date instead', async ({page}) => {
    await page.goto('/structure/products;all-products')
    await page.getByTestId('action-intent-button').click()
    await page.getByRole('textbox', {name: 'Tên sản phẩm'}).fill('Sản phẩm thử hạn tự nhập')
    await page.getByRole('tab', {name: 'Chứng nhận OCOP'}).click()
    const decision = page.getByTestId('field-ocop.decisionDate').getByRole('textbox')
    const expiry = page.getByTestId('field-ocop.expiresOn').getByRole('textbox')
    await decision.fill('01/03/2025')
    await decision.press('Enter')
    await expect(expiry).toHaveValue('01/03/2028')
    await expiry.fill('30/06/2027')
    await expiry.press('Enter')
    await decision.fill('02/03/2025')
    await decision.press('Enter')
    await expect(expiry).toHaveValue('30/06/2027')
    const offer = page.getByRole('button', {name: 'Dùng ngày 02/03/2028'})
    await expect(offer).toBeVisible()
    await offer.click()
    await expect(expiry).toHaveValue('02/03/2028')
    await expect(offer).toHaveCount(0)
  })

  test('an event created from "Sắp và đang diễn ra" is typed in Hà Nội time and published as typed', async ({page, request}) => {
    const title = 'Phiên chợ OCOP cuối tuần thử nghiệm'
    await page.goto('/structure/event;upcoming-events')
    await page.getByTestId('action-intent-button').click()
    await page.getByRole('tab', {name: 'Tất cả các trường'}).click()
    await page.getByRole('textbox', {name: 'Tên sự kiện'}).fill(title)
    await page.getByTestId('field-slug').getByRole('button', {name: 'Tạo'}).click()
    await page.getByTestId('field-kind').getByRole('radio').first().check()
    const startsAt = page.getByTestId('field-startsAt').getByRole('textbox')
    await startsAt.fill('12/12/2026 08:00')
    await startsAt.press('Enter')
    const endsAt = page.getByTestId('field-endsAt').getByRole('textbox')
    await endsAt.fill('13/12/2026 21:00')
    await endsAt.press('Enter')
    await page.getByTestId('field-venue.name').getByRole('textbox').fill('Phố đi bộ Hồ Gươm')
    await page.getByTestId('field-organiser').getByRole('textbox').fill('Sở Công Thương Hà Nội')
    const saved = nextSave(page)
    await page.getByTestId('field-summary').getByRole('textbox').fill('Hai ngày bán sản phẩm OCOP ở phố đi bộ.')
    await saved
    await expect(page).toHaveURL(/upcoming-events;/)
    await publish(page, () => published(request, 'event', 'title', title))
    const doc = await published(request, 'event', 'title', title)
    // 08:00 in Hà Nội is 01:00 UTC, whatever the editor's computer says.
    expect(doc).toMatchObject({title, startsAt: '2026-12-12T01:00:00.000Z', endsAt: '2026-12-13T14:00:00.000Z', venue: {name: 'Phố đi bộ Hồ Gươm'}})
    // On the double's day (the sample's now), it is upcoming: it shows in the list it was created from.
    await page.goto('/structure/event;upcoming-events')
    await expect(page.getByRole('listbox', {name: 'Sắp và đang diễn ra'}).getByRole('link', {name: new RegExp(title)})).toBeVisible()
  })

  test('a training is typed field by field, flagged when its deadline is after its start, and published once fixed', async ({page, request}) => {
    const title = 'Lớp thử nghiệm bán hàng qua mạng xã hội'
    await page.goto('/structure/training;open-trainings')
    await page.getByTestId('action-intent-button').click()
    await page.getByRole('tab', {name: 'Tất cả các trường'}).click()
    await page.getByRole('textbox', {name: 'Tên lớp'}).fill(title)
    await page.getByTestId('field-slug').getByRole('button', {name: 'Tạo'}).click()
    await expect(page).toHaveURL(/open-trainings;/)
    await page.getByTestId('field-topic').getByRole('textbox').fill('Bán hàng qua mạng xã hội')
    await page.getByTestId('field-audience').getByRole('textbox').fill('Hợp tác xã và hộ kinh doanh có sản phẩm OCOP.')
    const fill = async (field: string, text: string) => {
      const input = page.getByTestId(`field-${field}`).getByRole('textbox').first()
      await input.fill(text)
      await input.press('Enter')
    }
    await fill('startsAt', '15/01/2027 08:00')
    await fill('endsAt', '15/01/2027 16:30')
    await fill('registrationDeadline', '20/01/2027 17:00')
    await page.getByTestId('field-venue.name').getByRole('textbox').fill('Hội trường Sở Công Thương Hà Nội')
    await page.getByTestId('field-fee').getByRole('spinbutton').fill('0')
    await page.getByTestId('field-contactPhone').getByRole('textbox').fill('024 3825 1234')
    await page.getByTestId('field-summary').getByRole('textbox').fill('Một ngày thực hành bán hàng qua mạng xã hội.')
    const messages = await validationMessages(page)
    expect(messages.join('\n')).toMatch(/Hạn đăng ký/)
    await expect(publishButton(page)).toBeDisabled()
    const saved = nextSave(page)
    await fill('registrationDeadline', '10/01/2027 17:00')
    await saved
    await publish(page, () => published(request, 'training', 'title', title))
    expect(await published(request, 'training', 'title', title)).toMatchObject({
      title,
      startsAt: '2027-01-15T01:00:00.000Z',
      registrationDeadline: '2027-01-10T10:00:00.000Z',
      fee: 0,
    })
    await page.goto('/structure/training;open-trainings')
    await expect(page.getByRole('listbox', {name: 'Đang nhận đăng ký'}).getByRole('link', {name: new RegExp(title)})).toBeVisible()
  })

  test('a notice created from "Thông báo" is a notice, and lands in that list', async ({page, request}) => {
    const title = 'Thông báo thử nghiệm lịch tiếp nhận hồ sơ OCOP'
    await page.goto('/structure/articles;article-thong-bao')
    await page.getByRole('link', {name: 'Bài mới loại này'}).click()
    await expect(page).toHaveURL(/article-thong-bao;/)
    await page.getByRole('textbox', {name: 'Tiêu đề'}).fill(title)
    await expect(page.getByTestId('field-kind').getByRole('radio', {name: 'Thông báo'})).toBeChecked()
  })
})

test('the pages editors use show none of the English or misleading words the Vietnamese locale left', async ({page}) => {
  const seen: string[] = []
  const read = async () => seen.push(await page.locator('body').innerText())
  for (const path of ['/structure/products;by-group;group-do-uong', '/intent/edit/id=product-binh-gom-men-lam;type=product', '/structure/inbox;inbox-open']) {
    await page.goto(path)
    await expect(page.getByRole('button', {name: 'Tạo tài liệu mới'})).toBeVisible()
    await page.waitForLoadState('load')
    await read()
  }

  // A product's photos and shops: each list's button says what it adds, and the photo's crop tool speaks Vietnamese.
  await page.goto('/intent/edit/id=product-binh-gom-men-lam;type=product')
  // The intent resolves to the product's place in the structure, and the form may mount again then,
  // back on its first tab (seen once in CI): choose the tab until its lists show.
  await expect(page).toHaveURL(/\/structure\/.*product-binh-gom-men-lam/)
  await expect(async () => {
    await page.getByRole('tab', {name: 'Nơi mua'}).click()
    await expect(page.getByRole('button', {name: 'Thêm liên kết'})).toBeVisible({timeout: 2_000})
  }).toPass({timeout: 30_000})
  await expect(page.getByRole('button', {name: 'Thêm điểm bán'})).toBeVisible()
  await read()
  await page.getByRole('tab', {name: 'Ảnh và câu chuyện'}).click()
  await expect(page.getByRole('button', {name: 'Thêm ảnh'})).toBeVisible()
  await page.getByTestId('field-images').locator('img').first().click()
  const photo = page.getByRole('dialog')
  // Named by its description, not "Không tiêu đề" (untitled).
  await expect(photo).toContainText('Hình minh họa bình gốm')
  await read()
  await photo.locator('button').filter({has: page.locator('[data-sanity-icon="crop"]')}).first().click()
  await expect(page.getByText('Cắt ảnh và điểm giữ lại')).toBeVisible()
  await expect(page.getByText('Chia sẻ Facebook, Zalo')).toBeVisible()
  await read()

  const text = seen.join('\n')
  for (const word of ['Vision', 'Releases', 'Comments', 'Field actions', 'Thêm phần tử', 'Yêu cầu', 'Mới Sản phẩm', 'Không có tài liệu của loại này', 'Có lỗi xác thực', 'Không Tiêu Đề', 'otspot', 'Square', 'Panorama']) {
    expect(text, word).not.toContain(word)
  }
})

test.describe('lists by date', () => {
  test('events and trainings split into current and past as of the double’s now, the sample’s day', async ({page}) => {
    expect(SAMPLE_NOW).toBe('2026-11-26T10:00:00+07:00')
    await page.goto('/structure/event;upcoming-events')
    const upcoming = page.getByRole('listbox', {name: 'Sắp và đang diễn ra'})
    await expect(upcoming.getByRole('link', {name: /Hội chợ sản phẩm OCOP Hà Nội năm 2026/})).toBeVisible()
    await expect(upcoming.getByRole('link', {name: /Hội chợ sản phẩm OCOP Hà Nội năm 2025/})).toHaveCount(0)
    await page.goto('/structure/event;past-events')
    const past = page.getByRole('listbox', {name: 'Đã diễn ra'})
    await expect(past.getByRole('link', {name: /Hội chợ sản phẩm OCOP Hà Nội năm 2025/})).toBeVisible()
    await expect(past.getByRole('link', {name: /Hội chợ sản phẩm OCOP Hà Nội năm 2026/})).toHaveCount(0)
    await page.goto('/structure/training;open-trainings')
    await expect(page.getByRole('listbox', {name: 'Đang nhận đăng ký'}).getByRole('link', {name: /Thiết kế bao bì và nhãn hàng hóa/})).toBeVisible()
    await page.goto('/structure/training;closed-trainings')
    await expect(page.getByRole('listbox', {name: 'Đã hết hạn đăng ký'}).getByRole('link', {name: /Livestream bán hàng cho chủ thể OCOP/})).toBeVisible()
  })
})
