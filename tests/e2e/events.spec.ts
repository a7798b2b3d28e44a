import {readCalendar} from '../support/ical'
import {expect, test, type APIRequestContext} from './fixtures'

const FAIR = '/su-kien/hoi-cho-san-pham-ocop-ha-noi-nam-2026/'
// The 2026 fair runs from 8:00 Tuesday 24/11/2026 to 21:00 Monday 30/11/2026, Hà Nội time.
const FAIR_START = '2026-11-24T01:00:00Z'
const FAIR_END = '2026-11-30T14:00:00Z'
// The Long Biên product week takes registrations until 17:00 Friday 27/11/2026, the day after the sample's "now".
const WEEK = '/su-kien/tuan-hang-ocop-ha-noi-tai-sieu-thi-nong-san-sach-long-bien/'
const WEEK_TITLE = 'Tuần hàng OCOP Hà Nội tại Siêu thị Nông sản Sạch Long Biên'

/** The VEVENTs of an .ics file, each as its own property → value (reminders left out), after checking its frame. */
async function calendar(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  const text = await response.text()
  expect(text.startsWith('BEGIN:VCALENDAR\r\n'), path).toBe(true)
  expect(text.trimEnd().endsWith('END:VCALENDAR'), path).toBe(true)
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n')
  const events: Record<string, string>[] = []
  let inAlarm = false
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') events.push({})
    else if (line === 'BEGIN:VALARM' || line === 'END:VALARM') inAlarm = line === 'BEGIN:VALARM'
    else if (events.length > 0 && !inAlarm && line !== 'END:VEVENT' && line.includes(':')) {
      const colon = line.indexOf(':')
      events.at(-1)![line.slice(0, colon).split(';')[0]!] = line.slice(colon + 1)
    }
  }
  return events
}

test.describe('events', () => {
  test('the list puts current and upcoming events first, soonest first, then past ones, newest first', async ({page}) => {
    await page.goto('/su-kien/')
    await expect(page.getByRole('heading', {level: 1, name: 'Hội chợ, sự kiện'})).toBeVisible()
    const current = page.locator('section', {has: page.getByRole('heading', {name: 'Sắp diễn ra và đang diễn ra'})})
    const titles = await current.getByRole('heading', {level: 3}).allTextContents()
    expect(titles[0]).toBe('Hội chợ sản phẩm OCOP Hà Nội năm 2026')
    expect(titles[1]).toBe('Tuần hàng OCOP Hà Nội tại Siêu thị Nông sản Sạch Long Biên')
    const firstCard = current.getByRole('article').first()
    await expect(firstCard.getByText('Thứ Ba, 24/11/2026')).toBeVisible()
    await expect(firstCard.getByText('Hội chợ', {exact: true})).toBeVisible()
    await expect(firstCard.getByText('Đang diễn ra')).toBeVisible()
    await expect(firstCard.getByText(/Trung tâm Triển lãm Giảng Võ/)).toBeVisible()
    await expect(current.getByText('Sắp diễn ra', {exact: true}).first()).toBeVisible()

    const past = page.locator('section', {has: page.getByRole('heading', {name: 'Đã diễn ra'})})
    const pastTitles = await past.getByRole('heading', {level: 3}).allTextContents()
    expect(pastTitles[0]).toBe('Triển lãm gốm Bát Tràng 2026')
    expect(pastTitles.at(-1)).toBe('Hội chợ sản phẩm OCOP Hà Nội năm 2025')
    await expect(past.getByText('Sắp diễn ra', {exact: true})).toHaveCount(0)

    await page.getByRole('link', {name: 'Hội chợ sản phẩm OCOP Hà Nội năm 2026'}).click()
    await expect(page).toHaveURL(new RegExp(`${FAIR}$`))
  })

  test('an event page shows when, where, who, what and how to add it to a calendar', async ({page}) => {
    await page.goto(FAIR)
    await expect(page.getByRole('heading', {level: 1, name: 'Hội chợ sản phẩm OCOP Hà Nội năm 2026'})).toBeVisible()
    await expect(page.getByRole('heading', {level: 1})).toHaveCount(1)
    await expect(page.getByText('Đang diễn ra').first()).toBeVisible()
    await expect(page.locator(`time[datetime="${'2026-11-24T01:00:00Z'}"]`).first()).toHaveText('Thứ Ba, 24/11/2026')
    await expect(page.getByText('Thứ Hai, 30/11/2026').first()).toBeVisible()
    await expect(page.getByText('Bắt đầu 8:00, kết thúc 21:00')).toBeVisible()
    await expect(page.getByText('Số 148 phố Giảng Võ, phường Giảng Võ, Hà Nội')).toBeVisible()
    await expect(page.getByRole('link', {name: /^Chỉ đường/})).toHaveAttribute('href', /google\.com\/maps\/dir\/.*destination=21\.0272,105\.8214/)
    await expect(page.getByText('Sở Công Thương Hà Nội').first()).toBeVisible()
    await expect(page.getByRole('heading', {level: 2, name: 'Giới thiệu'})).toBeVisible()
    await expect(page.getByRole('link', {name: 'Thêm vào lịch'})).toHaveAttribute('href', '/su-kien/hoi-cho-san-pham-ocop-ha-noi-nam-2026.ics')
    await expect(page.getByRole('navigation', {name: 'Bạn đang ở'}).getByRole('link', {name: 'Hội chợ, sự kiện'})).toBeVisible()

    // Producers link to their pages; products come as cards.
    const producers = page.locator('section', {has: page.getByRole('heading', {name: 'Chủ thể tham gia'})})
    if ((await producers.count()) > 0) {
      const href = await producers.getByRole('link').first().getAttribute('href')
      expect(href).toMatch(/^\/chu-the\/[a-z0-9-]+\/$/)
    }
    const products = page.locator('section', {has: page.getByRole('heading', {name: 'Sản phẩm tại sự kiện'})})
    if ((await products.count()) > 0) await expect(products.getByRole('link').first()).toHaveAttribute('href', /^\/san-pham\//)
  })

  test('the event page describes the event in JSON-LD with Hà Nội offsets', async ({request}) => {
    const html = await (await request.get(FAIR)).text()
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]!))
    const event = blocks.find((block) => block['@type'] === 'Event')
    expect(event).toMatchObject({
      name: 'Hội chợ sản phẩm OCOP Hà Nội năm 2026',
      startDate: '2026-11-24T08:00:00+07:00',
      endDate: '2026-11-30T21:00:00+07:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {'@type': 'Place', name: 'Trung tâm Triển lãm Giảng Võ', address: {streetAddress: 'Số 148 phố Giảng Võ', addressRegion: 'Hà Nội'}},
      organizer: {'@type': 'Organization', name: 'Sở Công Thương Hà Nội'},
    })
    expect(event.image?.[0]).toMatch(/^https?:\/\//)
    expect(event.description).toBeTruthy()
    expect(blocks.some((block) => block['@type'] === 'BreadcrumbList')).toBe(true)
  })

  test('a visitor after the end of an event sees "Đã diễn ra", even on a page built before', async ({page}) => {
    // One minute after the fair closed: the page still carries the build-time state, the script corrects it.
    await page.clock.setFixedTime(new Date(Date.parse(FAIR_END) + 60_000))
    await page.goto(FAIR)
    const badge = page.locator('header [data-starts-at]')
    await expect(badge).toHaveText('Đã diễn ra')
    await expect(badge).toHaveAttribute('data-status', 'past')
    await page.goto('/su-kien/')
    const card = page.getByRole('article').filter({has: page.getByRole('heading', {name: 'Hội chợ sản phẩm OCOP Hà Nội năm 2026'})})
    await expect(card.getByText('Đã diễn ra')).toBeVisible()
    await expect(card.getByText(/Sắp diễn ra|Đang diễn ra/)).toHaveCount(0)
  })

  test('before an event starts it says "Sắp diễn ra"; during it, "Đang diễn ra"', async ({page}) => {
    await page.clock.setFixedTime(new Date(Date.parse(FAIR_START) - 3_600_000))
    await page.goto(FAIR)
    await expect(page.locator('header [data-starts-at]')).toHaveText('Sắp diễn ra')
    await page.clock.setFixedTime(new Date(Date.parse(FAIR_START) + 3_600_000))
    await page.reload()
    await expect(page.locator('header [data-starts-at]')).toHaveText('Đang diễn ra')
  })

  test('without JavaScript the page keeps the state it was built with', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto(FAIR)
    await expect(page.locator('header [data-starts-at]')).toHaveText(/^(Sắp diễn ra|Đang diễn ra|Đã diễn ra)$/)
    await context.close()
  })

  test('each event has an .ics file: a fair of seven days is seven entries, 8:00–21:00 each day, reminded the day before', async ({request}) => {
    const [first] = await calendar(request, '/su-kien/hoi-cho-san-pham-ocop-ha-noi-nam-2026.ics')
    expect(first).toMatchObject({
      UID: 'event-hoi-cho-san-pham-ocop-ha-noi-2026-20261124@ocop-hanoi',
      DTSTART: '20261124T010000Z',
      DTEND: '20261124T140000Z',
      SUMMARY: 'Hội chợ sản phẩm OCOP Hà Nội năm 2026 (ngày 1/7)',
    })
    expect(first!.URL).toMatch(/\/su-kien\/hoi-cho-san-pham-ocop-ha-noi-nam-2026\/$/)
    expect(first!.LOCATION).toContain('Trung tâm Triển lãm Giảng Võ')

    // As a calendar app reads it (ical.js): one entry per day, from 8:00 to 21:00 Hà Nội time (UTC+7).
    const entries = readCalendar(await (await request.get('/su-kien/hoi-cho-san-pham-ocop-ha-noi-nam-2026.ics')).text())
    expect(entries.map((entry) => [entry.start, entry.end])).toEqual(
      ['24', '25', '26', '27', '28', '29', '30'].map((day) => [`2026-11-${day}T01:00:00.000Z`, `2026-11-${day}T14:00:00.000Z`]),
    )
    expect(entries[0]!.alarms).toEqual([{action: 'DISPLAY', seconds: -86_400, description: 'Ngày mai: Hội chợ sản phẩm OCOP Hà Nội năm 2026'}])
  })

  test('an event that takes registrations has its deadline in the .ics file, reminded the day before and that morning', async ({request}) => {
    const entries = readCalendar(await (await request.get('/su-kien/tuan-hang-ocop-ha-noi-tai-sieu-thi-nong-san-sach-long-bien.ics')).text())
    const deadline = entries.find((entry) => entry.summary === `Hạn đăng ký: ${WEEK_TITLE}`)
    expect(deadline).toMatchObject({uid: 'event-tuan-hang-ocop-sieu-thi-long-bien-han-dang-ky@ocop-hanoi', start: '2026-11-27T10:00:00.000Z'})
    expect(deadline!.description).toContain('Hạn chót đăng ký: 17:00 Thứ Sáu, 27/11/2026.')
    expect(deadline!.description).toContain('Đăng ký: https://forms.gle/tuanhangocoplongbien')
    // The day before, and at 8:00 on the day (nine hours before 17:00).
    expect(deadline!.alarms.map((alarm) => alarm.seconds)).toEqual([-86_400, -9 * 3600])
    // And the week itself, 8:00–21:00 each of its seven days.
    const days = entries.filter((entry) => entry !== deadline)
    expect(days).toHaveLength(7)
    expect(days[0]).toMatchObject({start: '2026-12-18T01:00:00.000Z', end: '2026-12-18T14:00:00.000Z'})
  })

  test('the calendar feed has every event, by the same rules', async ({page, request}) => {
    const entries = await calendar(request, '/su-kien/lich.ics')
    await page.goto('/su-kien/')
    const count = await page.getByRole('heading', {level: 3}).count()
    // A UID is the event's id, with the day of a session or "han-dang-ky" for a deadline.
    const documents = new Set(entries.map((entry) => entry.UID!.replace(/-(\d{8}|han-dang-ky)@/, '@')))
    expect(documents.size).toBe(count)
    expect(new Set(entries.map((entry) => entry.UID)).size).toBe(entries.length)
    expect(entries.find((entry) => entry.UID === 'event-hoi-cho-tet-dinh-mui-2027-20270122@ocop-hanoi')).toMatchObject({
      DTSTART: '20270122T010000Z',
      DTEND: '20270122T150000Z',
    })
    expect(entries.filter((entry) => entry.UID!.startsWith('event-hoi-cho-tet-dinh-mui-2027-2027'))).toHaveLength(14)
    expect(entries.find((entry) => entry.UID === 'event-hoi-cho-tet-dinh-mui-2027-han-dang-ky@ocop-hanoi')).toMatchObject({DTSTART: '20261231T100000Z'})
  })

  test('the events RSS feed is announced and lists the events', async ({page, request}) => {
    await page.goto('/su-kien/')
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/su-kien/rss.xml')
    const response = await request.get('/su-kien/rss.xml')
    expect(response.status()).toBe(200)
    const xml = await response.text()
    expect(xml).toContain('<title>Hội chợ, sự kiện OCOP Hà Nội</title>')
    expect(xml).toMatch(/<link>https?:\/\/[^<]+\/su-kien\/hoi-cho-tet-dinh-mui-2027\/<\/link>/)
  })

  test('drafts never reach the events pages or files', async ({page, request}) => {
    await page.goto('/su-kien/hoi-cho-tet-dinh-mui-2027/')
    await expect(page.getByText(/nháp/i)).toHaveCount(0)
    expect(await (await request.get('/su-kien/lich.ics')).text()).not.toMatch(/nháp/i)
  })
})

test.describe('registration for an event', () => {
  test.use({viewport: {width: 360, height: 800}})

  test('a visitor sees how long is left on the card and on the page, with registering as the first action', async ({page}) => {
    await page.goto('/su-kien/')
    const card = page.getByRole('article').filter({has: page.getByRole('heading', {name: WEEK_TITLE})})
    await expect(card.locator('[data-closes-at]')).toHaveText('Đang nhận đăng ký – còn 1 ngày')
    await expect(card.locator('[data-closes-at]')).toBeVisible()
    // A past event says nothing about its registration.
    const past = page.getByRole('article').filter({has: page.getByRole('heading', {name: 'Kết nối nông sản OCOP Hà Nội với các chuỗi siêu thị'})})
    await expect(past.locator('[data-closes-at]')).toHaveCount(0)

    await page.goto(WEEK)
    await expect(page.locator('header [data-closes-at]')).toHaveText('Đang nhận đăng ký – còn 1 ngày')
    await expect(page.getByText('17:00 Thứ Sáu, 27/11/2026')).toBeVisible()
    // The page's first button registers, and a phone shows it without scrolling.
    const first = page.locator('main .action').first()
    await expect(first).toHaveText('Đăng ký tham gia')
    await expect(first).toHaveAttribute('href', 'https://forms.gle/tuanhangocoplongbien')
    await expect(first).toHaveClass(/action--primary/)
    await expect(first).toBeInViewport({ratio: 1})
    await expect(page.getByRole('link', {name: 'Thêm vào lịch'})).not.toHaveClass(/action--primary/)
  })

  test('with weeks left it counts the Hà Nội days to the deadline', async ({page}) => {
    await page.clock.setFixedTime(new Date('2026-12-20T10:00:00+07:00'))
    await page.goto('/su-kien/')
    const card = page.getByRole('article').filter({has: page.getByRole('heading', {name: 'Hội chợ Tết Đinh Mùi 2027'})})
    await expect(card.locator('[data-closes-at]')).toHaveText('Đang nhận đăng ký – còn 11 ngày')
  })

  test('on the last day it says until what time, on the card and the page', async ({page}) => {
    await page.clock.setFixedTime(new Date('2026-11-27T08:30:00+07:00'))
    await page.goto('/su-kien/')
    const card = page.getByRole('article').filter({has: page.getByRole('heading', {name: WEEK_TITLE})})
    await expect(card.locator('[data-closes-at]')).toHaveText('Hạn chót hôm nay, đến 17:00')
    await page.goto(WEEK)
    await expect(page.locator('header [data-closes-at]')).toHaveText('Hạn chót hôm nay, đến 17:00')
    await expect(page.getByRole('link', {name: 'Đăng ký tham gia'})).toBeVisible()
  })

  test('once closed it says so, the register link goes and adding to a calendar is what is left', async ({page}) => {
    await page.clock.setFixedTime(new Date('2026-11-27T17:01:00+07:00'))
    await page.goto('/su-kien/')
    const card = page.getByRole('article').filter({has: page.getByRole('heading', {name: WEEK_TITLE})})
    await expect(card.locator('[data-closes-at]')).toHaveText('Hết hạn đăng ký')
    await page.goto(WEEK)
    await expect(page.locator('header [data-closes-at]')).toHaveText('Hết hạn đăng ký')
    await expect(page.locator('header [data-closes-at]')).toHaveAttribute('data-status', 'closed')
    await expect(page.getByRole('link', {name: 'Đăng ký tham gia'})).toBeHidden()
    await expect(page.getByRole('link', {name: 'Thêm vào lịch'})).toBeVisible()
    await expect(page.getByRole('link', {name: 'Thêm vào Google Calendar'})).toBeVisible()
  })

  test('"Thêm vào Google Calendar" opens Google\'s form with the first day\'s hours, repeated each day of the fair', async ({page}) => {
    await page.goto(FAIR)
    const link = page.getByRole('link', {name: 'Thêm vào Google Calendar'})
    await expect(link).toHaveAttribute('target', '_blank')
    await expect(link).toHaveAttribute('rel', 'noopener')
    const href = new URL((await link.getAttribute('href'))!)
    expect(href.origin + href.pathname).toBe('https://calendar.google.com/calendar/render')
    expect(href.searchParams.get('action')).toBe('TEMPLATE')
    expect(href.searchParams.get('text')).toBe('Hội chợ sản phẩm OCOP Hà Nội năm 2026')
    // 8:00–21:00 on Tuesday 24/11/2026 in Hà Nội, in UTC; seven days.
    expect(href.searchParams.get('dates')).toBe('20261124T010000Z/20261124T140000Z')
    expect(href.searchParams.get('recur')).toBe('RRULE:FREQ=DAILY;COUNT=7')
    expect(href.searchParams.get('location')).toContain('Trung tâm Triển lãm Giảng Võ')
  })
})

test.describe('event screenshots', () => {
  for (const width of [360, 1280]) {
    test(`events list and event page at ${width} px`, async ({page}, testInfo) => {
        await page.setViewportSize({width, height: 900})
      for (const [name, path] of [['events', '/su-kien/'], ['event', FAIR]] as const) {
        await page.goto(path)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0)
        await page.screenshot({path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true})
      }
    })
  }
})

test.describe('accessibility of the events, trainings and news pages', () => {
  test('no WCAG 2 A/AA violations that axe can find', async ({page}) => {
    test.setTimeout(120_000)
    const {default: AxeBuilder} = await import('@axe-core/playwright')
    // quality.spec.ts checks one page per template; these are the richest ones, with the live states.
    for (const path of [FAIR, '/dao-tao/thiet-ke-bao-bi-va-nhan-hang-hoa-cho-san-pham-ocop/', '/tin-tuc/ke-hoach-to-chuc-hoi-cho-san-pham-ocop-ha-noi-nam-2026/']) {
      await page.goto(path)
      const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), path).toEqual([])
    }
  })
})
