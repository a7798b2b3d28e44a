/**
 * The frame around every page: the menu that shows every section on a phone (with and without
 * JavaScript), the header that stays reachable on a long page, "Lên đầu trang", and the
 * department's identity and contacts in the header and the footer, with the pages the footer links to.
 */
import {expect, test, type Page} from './fixtures'
import {SECTIONS} from '../../site/lib/sections'

const phone = {viewport: {width: 360, height: 740}, isMobile: true, hasTouch: true}

const mainNav = (page: Page) => page.getByRole('navigation', {name: 'Chính'})
const menuButton = (page: Page) => mainNav(page).locator('summary', {hasText: 'Danh mục'})

for (const javaScriptEnabled of [true, false]) {
  test.describe(`on a phone, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({...phone, javaScriptEnabled})

    test('"Danh mục" opens a menu that shows every section inside the screen, with 44 px targets', async ({page}) => {
      await page.goto('/')
      await expect(mainNav(page).getByRole('link')).toHaveCount(0)
      await menuButton(page).tap()
      const links = mainNav(page).getByRole('link')
      await expect(links).toHaveCount(SECTIONS.length)
      for (const [index, section] of SECTIONS.entries()) {
        const link = links.nth(index)
        await expect(link).toHaveText(section.label)
        await expect(link).toHaveAttribute('href', section.path)
        await expect(link, `${section.label} lies wholly inside the screen`).toBeInViewport({ratio: 1})
        expect((await link.boundingBox())?.height, `${section.label} is at least 44 px tall`).toBeGreaterThanOrEqual(44)
      }
      // Tapping the button again closes the menu.
      await menuButton(page).tap()
      await expect(links).toHaveCount(0)
    })

    test('every section is reached by tapping it in the menu, and the menu marks it as the current one', async ({page}) => {
      test.setTimeout(60_000)
      for (const section of [...SECTIONS].reverse()) {
        await page.goto('/')
        await menuButton(page).tap()
        await mainNav(page).getByRole('link', {name: section.label, exact: true}).tap()
        await expect(page).toHaveURL(new RegExp(`${section.path}$`))
        await menuButton(page).tap()
        await expect(mainNav(page).getByRole('link', {name: section.label, exact: true})).toHaveAttribute('aria-current', 'page')
        await expect(mainNav(page).locator('[aria-current]:visible')).toHaveCount(1)
      }
    })
  })
}

test.describe('on a long page', () => {
  test.describe('on a phone', () => {
    test.use(phone)

    test('the search box and the menu stay at the top of the screen while scrolling, and "Lên đầu trang" goes back up', async ({page}) => {
      await page.goto('/san-pham/')
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      expect(height, 'the product list is a long page').toBeGreaterThan(3 * 740)
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000)
      await expect(menuButton(page)).toBeInViewport({ratio: 1})
      await expect(page.getByRole('banner').getByRole('searchbox')).toBeInViewport({ratio: 1})

      // And the menu still opens there, over the page.
      await menuButton(page).tap()
      await expect(mainNav(page).getByRole('link', {name: 'Về OCOP'})).toBeInViewport({ratio: 1})
      await menuButton(page).tap()

      await page.getByRole('link', {name: 'Lên đầu trang'}).tap()
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
    })

    test('the header does not move the page as it sticks (no layout shift) and does not cover a link\'s target', async ({page}) => {
      await page.goto('/')
      await page.evaluate(() => window.scrollTo(0, 2500))
      await page.evaluate(() => window.scrollTo(0, 0))
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & {value: number})[]) total += entry.value
            }).observe({type: 'layout-shift', buffered: true})
            setTimeout(() => resolve(total), 300)
          }),
      )
      expect(shift, 'cumulative layout shift').toBe(0)

      await page.goto('/gioi-thieu/#groups-title')
      const heading = await page.getByRole('heading', {name: 'Sáu nhóm sản phẩm'}).boundingBox()
      const header = await page.getByRole('banner').boundingBox()
      expect(heading!.y, 'the heading shows below the header that stays').toBeGreaterThanOrEqual(header!.y + header!.height)
    })
  })

  test.describe('on a wide screen', () => {
    test.use({viewport: {width: 1280, height: 900}})

    test('the sections stay in a row at the top of the screen, with no menu button', async ({page}) => {
      await page.goto('/san-pham/')
      await expect(menuButton(page)).toBeHidden()
      await page.evaluate(() => window.scrollTo(0, 3000))
      for (const section of SECTIONS) await expect(mainNav(page).getByRole('link', {name: section.label, exact: true})).toBeInViewport({ratio: 1})
      await page.getByRole('link', {name: 'Lên đầu trang'}).click()
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
    })

    test('a printed page leaves out the menu, the search box and "Lên đầu trang"', async ({page}) => {
      await page.goto('/su-kien/')
      await page.emulateMedia({media: 'print'})
      await expect(mainNav(page)).toBeHidden()
      await expect(page.getByRole('banner').getByRole('searchbox')).toBeHidden()
      await expect(page.getByRole('link', {name: 'Lên đầu trang'})).toBeHidden()
      await expect(page.getByRole('banner').getByRole('link', {name: /OCOP Hà Nội/})).toBeVisible()
    })
  })
})

test.describe("the department's identity", () => {
  test('the header names the department, and the footer gives the agency, who answers for the content, and its contacts on its own domain', async ({page}) => {
    await page.goto('/')
    await expect(page.getByRole('banner').getByRole('link', {name: /Sở Công Thương Hà Nội.*OCOP Hà Nội.*trang chủ/})).toHaveAttribute('href', '/')
    const footer = page.getByRole('contentinfo')
    await expect(footer).toContainText('Cơ quan chủ quản: Sở Công Thương thành phố Hà Nội')
    await expect(footer).toContainText('Chịu trách nhiệm nội dung: Giám đốc Sở Công Thương Hà Nội')
    await expect(footer).toContainText('Số 331 đường Cầu Giấy, phường Cầu Giấy, Hà Nội')
    await expect(footer.getByRole('link', {name: '024 3833 6455'})).toHaveAttribute('href', /^tel:/)
    const emails = await footer.locator('a[href^="mailto:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(emails).toEqual(['mailto:ocop.socongthuong@hanoi.gov.vn'])
    await expect(footer).toContainText(/© 2026 Sở Công Thương thành phố Hà Nội\. Nội dung và dữ liệu mở .*\(CC BY 4\.0\)/)
    await expect(footer.getByRole('link', {name: 'tệp CSV'})).toHaveAttribute('href', '/du-lieu/san-pham.csv')
    await expect(footer.getByRole('link', {name: 'tệp JSON'})).toHaveAttribute('href', '/du-lieu/san-pham.json')
  })

  test('the footer leads to the sitemap page, which lists every section, and to the accessibility statement', async ({page}) => {
    await page.goto('/')
    await page.getByRole('contentinfo').getByRole('link', {name: 'Sơ đồ trang'}).click()
    await expect(page).toHaveURL(/\/so-do-trang\/$/)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Sơ đồ trang')
    const main = page.getByRole('main')
    for (const section of SECTIONS) await expect(main.getByRole('link', {name: section.label, exact: true})).toHaveAttribute('href', section.path)
    await expect(main.getByRole('link', {name: 'Danh mục sản phẩm OCOP (tệp CSV)'})).toHaveAttribute('href', '/du-lieu/san-pham.csv')

    await page.getByRole('contentinfo').getByRole('link', {name: 'Tuyên bố về khả năng tiếp cận'}).click()
    await expect(page).toHaveURL(/\/tuyen-bo-tiep-can\/$/)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Tuyên bố về khả năng tiếp cận')
    await expect(page.getByRole('main')).toContainText('WCAG')
    await expect(page.getByRole('main')).toContainText('2.2')
    await expect(page.getByRole('heading', {name: 'Những phần chưa đạt'})).toBeVisible()
    await expect(page.getByRole('main').getByRole('link', {name: 'ocop.socongthuong@hanoi.gov.vn'})).toHaveAttribute('href', 'mailto:ocop.socongthuong@hanoi.gov.vn')
  })
})
