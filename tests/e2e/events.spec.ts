import {expect, test, type APIRequestContext} from './fixtures'

const FAIR = '/su-kien/hoi-cho-san-pham-ocop-ha-noi-nam-2026/'
// The 2026 fair runs from 8:00 Tuesday 24/11/2026 to 21:00 Monday 30/11/2026, Hà Nội time.
const FAIR_START = '2026-11-24T01:00:00Z'
const FAIR_END = '2026-11-30T14:00:00Z'

/** The VEVENTs of an .ics file, each as property → value, after checking its frame. */
async function calendar(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  const text = await response.text()
  expect(text.startsWith('BEGIN:VCALENDAR\r\n'), path).toBe(true)
  expect(text.trimEnd().endsWith('END:VCALENDAR'), path).toBe(true)
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n')
  const events: Record<string, string>[] = []
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') events.push({})
    else if (events.length > 0 && line !== 'END:VEVENT' && line.includes(':')) {
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

  test('each event has an .ics file with its times in UTC', async ({request}) => {
    const [entry] = await calendar(request, '/su-kien/hoi-cho-san-pham-ocop-ha-noi-nam-2026.ics')
    expect(entry).toMatchObject({
      UID: 'event-hoi-cho-san-pham-ocop-ha-noi-2026@ocop-hanoi',
      DTSTART: '20261124T010000Z',
      DTEND: '20261130T140000Z',
      SUMMARY: 'Hội chợ sản phẩm OCOP Hà Nội năm 2026',
    })
    expect(entry!.URL).toMatch(/\/su-kien\/hoi-cho-san-pham-ocop-ha-noi-nam-2026\/$/)
    expect(entry!.LOCATION).toContain('Trung tâm Triển lãm Giảng Võ')
  })

  test('the calendar feed has every event', async ({page, request}) => {
    const events = await calendar(request, '/su-kien/lich.ics')
    await page.goto('/su-kien/')
    const count = await page.getByRole('heading', {level: 3}).count()
    expect(events).toHaveLength(count)
    expect(new Set(events.map((event) => event.UID)).size).toBe(count)
    expect(events.find((event) => event.UID === 'event-hoi-cho-tet-dinh-mui-2027@ocop-hanoi')).toMatchObject({
      DTSTART: '20270122T010000Z',
      DTEND: '20270204T150000Z',
    })
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
