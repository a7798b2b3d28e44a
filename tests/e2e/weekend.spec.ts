/**
 * "Cuối tuần này": the page holds several weekends built from the sample's day; the browser picks
 * the coming one by the visitor's clock in Hà Nội. Expectations come from the sample dataset
 * (content/data.ndjson) and the lunar calendar, plus one fact known independently: the 11th lunar
 * month of Bính Ngọ starts on Wednesday 9/12/2026, so Chợ Chuông (lunar 4, 10, 14, 20, 24, 30)
 * meets on Saturday 12/12/2026, mùng 4.
 */
import {readFileSync} from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import {toLunar, addDays} from '../../site/lib/lunar'
import {expect, test, type Page} from './fixtures'

interface Doc {
  _id: string
  _type: string
  title?: string
  startsAt?: string
  endsAt?: string
  visit?: {marketDays?: {lunarDays: number[]}}
}
const docs: Doc[] = readFileSync('content/data.ndjson', 'utf8').trim().split('\n').map((line) => JSON.parse(line))
const published = docs.filter((doc) => !doc._id.startsWith('drafts.'))
const events = published.filter((doc) => doc._type === 'event')
const chuong = published.find((doc) => doc._id === 'village-chuong')!
const chuongDays = chuong.visit!.marketDays!.lunarDays

/** Titles of events that run on some part of the weekend starting `saturday` (Hà Nội time). */
function eventsOn(saturday: string): string[] {
  const from = Date.parse(`${saturday}T00:00:00+07:00`)
  const to = from + 2 * 86_400_000
  return events.filter((e) => Date.parse(e.startsAt!) < to && Date.parse(e.endsAt!) > from).map((e) => e.title!)
}
const marketDatesOn = (saturday: string) => [saturday, addDays(saturday, 1)].filter((date) => chuongDays.includes(toLunar(date).day))

const at = (page: Page, moment: string) => page.clock.setFixedTime(new Date(moment))
const shown = (page: Page) => page.locator('[data-weekend]:visible')

async function expectWeekend(page: Page, saturday: string) {
  const section = shown(page)
  await expect(section).toHaveCount(1)
  await expect(section).toHaveAttribute('data-saturday', saturday)
  const titles = eventsOn(saturday)
  const eventLinks = section.locator('[data-weekend-events] > li > a')
  await expect(eventLinks).toHaveText(titles)
  await expect(section.locator('[data-weekend-markets] [data-market-date]')).toHaveCount(marketDatesOn(saturday).length)
  for (const date of marketDatesOn(saturday)) await expect(section.locator(`[data-market-date="${date}"]`)).toBeVisible()
}

test.describe('cuối tuần này', () => {
  test('on Thursday 10/12/2026 it is the weekend of 12–13/12, with Chợ Chuông on Saturday mùng 4; "Tuần sau" shows 19–20/12', async ({page}) => {
    await at(page, '2026-12-10T09:00:00+07:00')
    await page.goto('/cuoi-tuan/')
    await expectWeekend(page, '2026-12-12')
    // Independently known: mùng 1 tháng 11 Bính Ngọ is 9/12/2026.
    await expect(shown(page).getByText('Thứ Bảy 12/12 (mùng 4 tháng 11 âm lịch), 5:00–12:00')).toBeVisible()
    await expect(shown(page).getByRole('link', {name: 'Chợ Chuông'})).toHaveAttribute('href', '/lang-nghe/lang-non-chuong/')
    await expect(page.getByRole('button', {name: 'Cuối tuần này'})).toHaveAttribute('aria-pressed', 'true')

    await page.getByRole('button', {name: 'Tuần sau'}).click()
    await expect(page.getByRole('button', {name: 'Tuần sau'})).toHaveAttribute('aria-pressed', 'true')
    await expectWeekend(page, '2026-12-19')
    expect(eventsOn('2026-12-19').length).toBeGreaterThan(0)
    await shown(page).locator('[data-weekend-events] a').first().click()
    await expect(page).toHaveURL(/\/su-kien\/[^/]+\/$/)
  })

  test('on the last day of the 29-day tháng Chạp (5/2/2027) the weekend is Tết, mùng 1 and 2 tháng Giêng, with no "30 Chạp" market', async ({page}) => {
    expect(toLunar('2027-02-05')).toMatchObject({day: 29, month: 12, monthLength: 29})
    await at(page, '2027-02-05T18:00:00+07:00')
    await page.goto('/cuoi-tuan/')
    await expectWeekend(page, '2027-02-06')
    await expect(shown(page).getByRole('heading', {level: 2})).toHaveText('Thứ Bảy 06/02 và Chủ Nhật 07/02')
    await expect(shown(page).getByText('Không có phiên chợ làng nghề nào theo lịch âm vào hai ngày này.')).toBeVisible()
    // Past weekends are gone, not merely hidden behind the switch.
    await expect(page.locator('[data-weekend][data-saturday="2027-01-30"]')).toHaveCount(0)
  })

  test('on a Sunday the weekend is the current one: 17/1/2027, mùng 10 tháng Chạp, a market day', async ({page}) => {
    await at(page, '2027-01-17T07:00:00+07:00')
    await page.goto('/cuoi-tuan/')
    await expectWeekend(page, '2027-01-16')
    await expect(shown(page).locator('[data-market-date="2027-01-17"]')).toContainText('Chủ Nhật 17/01 (mùng 10 tháng Chạp âm lịch)')
  })

  test('without JavaScript every weekend is listed in order, with its heading', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto('/cuoi-tuan/')
    const saturdays = await page.locator('[data-weekend]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.saturday!))
    expect(saturdays[0]).toBe('2026-11-28')
    expect(saturdays).toEqual([...saturdays].sort())
    await expect(page.locator('[data-weekend] h2')).toHaveCount(saturdays.length)
    await context.close()
  })

  test('a visitor on a phone taps from the home page to the weekend', async ({page}) => {
    await page.setViewportSize({width: 360, height: 780})
    await page.goto('/')
    await page.getByRole('navigation', {name: 'Chính'}).getByText('Danh mục').click()
    await page.getByRole('navigation', {name: 'Chính'}).getByRole('link', {name: 'Cuối tuần này'}).click()
    await expect(page).toHaveURL(/\/cuoi-tuan\/$/)
    await expectWeekend(page, '2026-11-28')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })

  for (const width of [360, 1280]) {
    test(`axe finds nothing at ${width} px, and a screenshot`, async ({page}, testInfo) => {
      await page.setViewportSize({width, height: 900})
      await page.goto('/cuoi-tuan/')
      await expect(shown(page)).toHaveCount(1)
      const axe = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
      await page.screenshot({path: testInfo.outputPath(`weekend-${width}.png`), fullPage: true})
      await page.goto('/lang-nghe/lang-non-chuong/')
      await page.screenshot({path: testInfo.outputPath(`village-chuong-${width}.png`), fullPage: true})
    })
  }
})
