import {readCalendar} from '../support/ical'
import {expect, test} from './fixtures'

const PACKAGING = '/dao-tao/thiet-ke-bao-bi-va-nhan-hang-hoa-cho-san-pham-ocop/'
// Registration for the packaging course closes at 17:00 Thursday 10/12/2026, Hà Nội time.
const PACKAGING_DEADLINE = '2026-12-10T10:00:00Z'
// The online sales course: registration closes at 17:00 Saturday 5/12/2026, with a form to fill in.
const ONLINE = '/dao-tao/ban-hang-ocop-tren-san-thuong-mai-dien-tu/'
const ONLINE_TITLE = 'Bán hàng OCOP trên sàn thương mại điện tử'

test.describe('trainings', () => {
  test('the list shows open registrations first, each with its deadline', async ({page}) => {
    await page.goto('/dao-tao/')
    await expect(page.getByRole('heading', {level: 1, name: 'Đào tạo, tập huấn'})).toBeVisible()
    const headings = await page.getByRole('heading', {level: 2}).allTextContents()
    expect(headings.indexOf('Đang nhận đăng ký')).toBeLessThan(headings.indexOf('Đã hết hạn đăng ký'))

    const open = page.locator('section', {has: page.getByRole('heading', {name: 'Đang nhận đăng ký'})})
    const openTitles = await open.getByRole('heading', {level: 3}).allTextContents()
    expect(openTitles[0]).toBe('Bán hàng OCOP trên sàn thương mại điện tử')
    expect(openTitles).toContain('Thiết kế bao bì và nhãn hàng hóa cho sản phẩm OCOP')
    expect(openTitles).not.toContain('Livestream bán hàng cho chủ thể OCOP')
    await expect(open.getByText('Hạn đăng ký: 17:00 Thứ Bảy, 05/12/2026')).toBeVisible()

    const closed = page.locator('section', {has: page.getByRole('heading', {name: 'Đã hết hạn đăng ký'})})
    await expect(closed.getByRole('heading', {name: 'Livestream bán hàng cho chủ thể OCOP'})).toBeVisible()
    await expect(closed.getByText('Đang nhận đăng ký')).toHaveCount(0)
  })

  test('a training page tells who it is for, when, where, the fee and how to register', async ({page}) => {
    await page.goto(PACKAGING)
    await expect(page.getByRole('heading', {level: 1, name: 'Thiết kế bao bì và nhãn hàng hóa cho sản phẩm OCOP'})).toBeVisible()
    await expect(page.getByText('Tập huấn · Bao bì, nhãn hàng hóa')).toBeVisible()
    await expect(page.getByText(/^Hợp tác xã, doanh nghiệp nhỏ và hộ kinh doanh/)).toBeVisible()
    await expect(page.getByText('Thứ Ba, 15/12/2026')).toBeVisible()
    await expect(page.getByText('Thứ Tư, 16/12/2026')).toBeVisible()
    await expect(page.getByText('Hội trường Sở Công Thương Hà Nội', {exact: true})).toBeVisible()
    await expect(page.getByRole('link', {name: /^Chỉ đường/})).toBeVisible()
    await expect(page.getByText('40 học viên')).toBeVisible()
    await expect(page.getByText('Miễn phí')).toBeVisible()
    await expect(page.getByText('17:00 Thứ Năm, 10/12/2026')).toBeVisible()
    await expect(page.getByText('Đang nhận đăng ký – còn 14 ngày')).toBeVisible()
    // No form to fill in: the first action leads to the phone and e-mail below.
    await expect(page.getByRole('link', {name: 'Cách đăng ký'})).toHaveAttribute('href', '#how-title')
    await expect(page.getByRole('link', {name: 'Cách đăng ký'})).toHaveClass(/action--primary/)
    await expect(page.getByRole('main').getByRole('link', {name: '024 3833 6452'})).toHaveAttribute('href', 'tel:+842438336452')
    await expect(page.getByRole('main').getByRole('link', {name: 'taphuan.ocop@hanoi.gov.vn'})).toHaveAttribute('href', 'mailto:taphuan.ocop@hanoi.gov.vn')
    await expect(page.getByRole('link', {name: 'Thêm vào lịch'})).toHaveAttribute('href', '/dao-tao/thiet-ke-bao-bi-va-nhan-hang-hoa-cho-san-pham-ocop.ics')

    const attachment = page.getByRole('link', {name: /Chương trình lớp tập huấn bao bì/})
    await expect(attachment).toContainText('PDF, 1 KB')
    const href = await attachment.getAttribute('href')
    const file = await page.request.get(href!)
    expect(file.status()).toBe(200)
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-')
  })

  test('a paid course shows its fee in đồng; an online one its link', async ({page}) => {
    await page.goto('/dao-tao/chup-anh-san-pham-bang-dien-thoai/')
    await expect(page.getByText('200.000 ₫')).toBeVisible()
    await page.goto('/dao-tao/ban-hang-ocop-tren-san-thuong-mai-dien-tu/')
    await expect(page.getByRole('link', {name: 'meet.google.com/ocp-tmdt-hnx'})).toHaveAttribute('href', 'https://meet.google.com/ocp-tmdt-hnx')
  })

  test('after the deadline the page says registration is closed and hides the form link', async ({page}) => {
    await page.goto(ONLINE)
    await expect(page.getByRole('link', {name: 'Đăng ký trực tuyến'})).toBeVisible()
    await expect(page.getByRole('link', {name: 'forms.gle/taphuantmdt122026'})).toBeVisible()
    await page.clock.setFixedTime(new Date(Date.parse('2026-12-05T10:00:00Z') + 60_000))
    await page.reload()
    await expect(page.getByText('Hết hạn đăng ký').first()).toBeVisible()
    await expect(page.getByText('Đang nhận đăng ký')).toHaveCount(0)
    await expect(page.getByRole('link', {name: 'Đăng ký trực tuyến'})).toBeHidden()
    await expect(page.getByRole('link', {name: 'forms.gle/taphuantmdt122026'})).toBeHidden()
    await expect(page.getByRole('link', {name: 'Thêm vào lịch'})).toBeVisible()
  })

  test('the registration state follows the clock on the list too', async ({page}) => {
    await page.clock.setFixedTime(new Date(Date.parse(PACKAGING_DEADLINE) + 60_000))
    await page.goto('/dao-tao/')
    const card = page.getByRole('article').filter({has: page.getByRole('heading', {name: 'Thiết kế bao bì và nhãn hàng hóa cho sản phẩm OCOP'})})
    await expect(card.locator('[data-closes-at]')).toHaveText('Hết hạn đăng ký')
    await expect(card.locator('[data-closes-at]')).toHaveAttribute('data-status', 'closed')
  })

  test('each training has an .ics file: a two-day course is two sessions, and its deadline is an entry with reminders', async ({request}) => {
    const response = await request.get('/dao-tao/thiet-ke-bao-bi-va-nhan-hang-hoa-cho-san-pham-ocop.ics')
    expect(response.status()).toBe(200)
    const text = await response.text()
    const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n')
    expect(lines).toContain('UID:training-thiet-ke-bao-bi-nhan-hang-hoa-20261215@ocop-hanoi')
    expect(lines).toContain('DTSTART:20261215T010000Z')
    expect(lines).toContain('DTEND:20261215T093000Z')

    // As a calendar app reads it (ical.js): 8:00–16:30 Hà Nội time on each of the two days, then the deadline.
    const entries = readCalendar(text)
    expect(entries.map((entry) => [entry.summary, entry.start, entry.end])).toEqual([
      ['Thiết kế bao bì và nhãn hàng hóa cho sản phẩm OCOP (ngày 1/2)', '2026-12-15T01:00:00.000Z', '2026-12-15T09:30:00.000Z'],
      ['Thiết kế bao bì và nhãn hàng hóa cho sản phẩm OCOP (ngày 2/2)', '2026-12-16T01:00:00.000Z', '2026-12-16T09:30:00.000Z'],
      ['Hạn đăng ký: Thiết kế bao bì và nhãn hàng hóa cho sản phẩm OCOP', PACKAGING_DEADLINE.replace('Z', '.000Z'), PACKAGING_DEADLINE.replace('Z', '.000Z')],
    ])
    expect(entries[0]!.alarms.map((alarm) => alarm.seconds)).toEqual([-86_400])
    expect(entries[2]!.alarms.map((alarm) => alarm.seconds)).toEqual([-86_400, -9 * 3600])
  })

  test('the training page carries an EducationEvent', async ({request}) => {
    const html = await (await request.get(PACKAGING)).text()
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]!))
    expect(blocks.find((block) => block['@type'] === 'EducationEvent')).toMatchObject({
      startDate: '2026-12-15T08:00:00+07:00',
      endDate: '2026-12-16T16:30:00+07:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    })
  })
})

test.describe('registration for a training, as a visitor sees it on a phone', () => {
  test.use({viewport: {width: 360, height: 800}})
  const card = (page: import('./fixtures').Page) =>
    page.getByRole('article').filter({has: page.getByRole('heading', {name: ONLINE_TITLE})}).locator('[data-closes-at]')

  test('days left on the card and the page, and the form as the first action', async ({page}) => {
    await page.goto('/dao-tao/')
    await expect(card(page)).toHaveText('Đang nhận đăng ký – còn 9 ngày')
    await page.goto(ONLINE)
    await expect(page.locator('header [data-closes-at]')).toHaveText('Đang nhận đăng ký – còn 9 ngày')
    // The page's first button registers, and a phone shows it without scrolling.
    const first = page.locator('main .action').first()
    await expect(first).toHaveText('Đăng ký trực tuyến')
    await expect(first).toHaveClass(/action--primary/)
    await expect(first).toBeInViewport({ratio: 1})
    await expect(first).toHaveAttribute('href', 'https://forms.gle/taphuantmdt122026')
    await expect(page.getByRole('link', {name: 'Thêm vào lịch'})).not.toHaveClass(/action--primary/)
    const google = new URL((await page.getByRole('link', {name: 'Thêm vào Google Calendar'}).getAttribute('href'))!)
    // 8:30–11:30 on Tuesday 8/12/2026 in Hà Nội.
    expect(google.searchParams.get('dates')).toBe('20261208T013000Z/20261208T043000Z')
  })

  test('on the deadline\'s day: "Hạn chót hôm nay, đến 17:00"', async ({page}) => {
    await page.clock.setFixedTime(new Date('2026-12-05T08:00:00+07:00'))
    await page.goto('/dao-tao/')
    await expect(card(page)).toHaveText('Hạn chót hôm nay, đến 17:00')
    await expect(card(page)).toHaveAttribute('data-status', 'last-day')
    await page.goto(ONLINE)
    await expect(page.locator('header [data-closes-at]')).toHaveText('Hạn chót hôm nay, đến 17:00')
    await expect(page.getByRole('link', {name: 'Đăng ký trực tuyến'})).toBeVisible()
  })

  test('the evening before, one day is left', async ({page}) => {
    await page.clock.setFixedTime(new Date('2026-12-04T23:30:00+07:00'))
    await page.goto(ONLINE)
    await expect(page.locator('header [data-closes-at]')).toHaveText('Đang nhận đăng ký – còn 1 ngày')
  })

  test('after it: "Hết hạn đăng ký" on the card and the page', async ({page}) => {
    await page.clock.setFixedTime(new Date('2026-12-05T17:00:00+07:00'))
    await page.goto('/dao-tao/')
    await expect(card(page)).toHaveText('Hết hạn đăng ký')
    await page.goto(ONLINE)
    await expect(page.locator('header [data-closes-at]')).toHaveText('Hết hạn đăng ký')
    await expect(page.getByRole('link', {name: 'Đăng ký trực tuyến'})).toBeHidden()
  })
})
