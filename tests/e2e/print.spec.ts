/**
 * A stallholder prints a product, event or training page for a fair: it comes out on one A4 sheet,
 * with the page's address; a product's sheet also has the QR code of its short link. Longer pages
 * (a craft village, a point of sale, a news article) print without a sheet that holds only the
 * site's logo or footer. Chromium's own PDF (`page.pdf`) is what a visitor's "In" makes.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {expect, test, type Page} from './fixtures'

const DIST = process.env.E2E_DIST ?? 'dist'

/** The documents' pages in a folder of the build, such as every event: /su-kien/<slug>/ (not its listings' folders, nor the redirects from previous slugs). */
function pagesUnder(section: string): string[] {
  return readdirSync(path.join(DIST, section), {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .filter((entry) => {
      const file = path.join(DIST, section, entry.name, 'index.html')
      return existsSync(file) && !readFileSync(file, 'utf8').includes('http-equiv="refresh"')
    })
    .map((entry) => `/${section}/${entry.name}/`)
}

/** Prints the page as Chromium does to an A4 PDF; its number of sheets. */
async function sheets(page: Page): Promise<number> {
  const pdf = await page.pdf({format: 'A4'})
  // Chromium writes one "/Type /Page" object per sheet (and "/Type /Pages" for the tree).
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0
}

// Before this fix the event and training pages took three sheets: the logo alone, the content,
// the footer alone (the whole <article> was kept unbroken and pushed past the header).
for (const section of ['su-kien', 'dao-tao']) {
  test(`every page under /${section}/ prints on one A4 sheet with its address`, async ({page}) => {
    for (const pagePath of pagesUnder(section)) {
      await page.goto(pagePath)
      expect(await sheets(page), pagePath).toBe(1)
      await page.emulateMedia({media: 'print'})
      await expect(page.getByText(/^Xem chi tiết: http/), pagePath).toBeVisible()
      // Back to no emulation: page.pdf() prints with screen styles while 'screen' is emulated.
      await page.emulateMedia({media: null})
    }
  })
}

// The five longest product pages (most places to buy, longest texts): all 68 would take two minutes.
test('the longest product pages print on one A4 sheet', async ({page}) => {
  const bytes = (pagePath: string) => statSync(path.join(DIST, pagePath, 'index.html')).size
  const longest = pagesUnder('san-pham').sort((a, b) => bytes(b) - bytes(a)).slice(0, 5)
  for (const pagePath of longest) {
    await page.goto(pagePath)
    expect(await sheets(page), pagePath).toBe(1)
  }
})

test.describe('a printed product page', () => {
  const productPath = '/san-pham/banh-chung-tranh-khuc/'

  test('has the QR code of its short link, and the short link written out', async ({page}) => {
    await page.goto(productPath)
    const qr = page.getByRole('img', {name: 'Mã QR đến đường dẫn ngắn của sản phẩm', includeHidden: true})
    const shortLink = (await qr.getAttribute('src'))!.replace(/qr\.svg$/, '')
    expect(shortLink).toMatch(/^\/p\/[a-z0-9]{7}\/$/)
    expect(await sheets(page)).toBe(1)
    // Printing loaded the lazy image: it was drawn on the sheet, not left as an empty box.
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
    await page.emulateMedia({media: 'print'})
    await expect(qr).toBeVisible()
    await expect(page.getByText('Quét mã QR để xem sản phẩm trên điện thoại.')).toBeVisible()
    const written = page.getByText('Đường dẫn ngắn, không đổi:')
    await expect(written).toBeVisible()
    expect(await written.getByRole('strong').textContent()).toMatch(new RegExp(`^https?://[^/]+${shortLink}$`))
    await expect(page.getByRole('region', {name: 'Chia sẻ'})).toBeHidden()
  })

  test('on a screen, the print-only QR code is never downloaded', async ({page}) => {
    const asked: string[] = []
    page.on('request', (request) => asked.push(new URL(request.url()).pathname))
    await page.goto(productPath)
    // Down to the foot of the page, where the QR code sits, hidden: a lazy image there would load now.
    await page.keyboard.press('End')
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(300)
    expect(asked.filter((p) => p.endsWith('/qr.svg'))).toEqual([])
    await expect(page.getByRole('img', {name: 'Mã QR đến đường dẫn ngắn của sản phẩm', includeHidden: true})).toBeHidden()
  })
})

// Measured on the sample dataset: the longest village, point of sale and article take 3, 4 and 2
// sheets (lists of products print three to a row, without their photos).
for (const {name, pagePath, most} of [
  {name: 'a craft village', pagePath: '/lang-nghe/lang-gom-bat-trang/', most: 3},
  {name: 'a point of sale', pagePath: '/diem-ban/diem-gioi-thieu-san-pham-ocop-ho-guom/', most: 4},
  {name: 'a news article', pagePath: '/tin-tuc/banh-chung-tranh-khuc-vao-vu-tet/', most: 2},
]) {
  test(`${name} prints on at most ${most} sheets, its content starting on the first, with no footer sheet`, async ({page}) => {
    await page.goto(pagePath)
    expect(await sheets(page)).toBeLessThanOrEqual(most)
    await page.emulateMedia({media: 'print'})
    // The frame is the logo only: no menu, no footer, no search box, no sharing buttons.
    for (const frame of ['.site-nav', '.site-footer', '.site-header form', '.share']) {
      await expect(page.locator(frame)).toBeHidden()
    }
    // The heading sits right under the logo, on the first sheet (A4 less its margins: 1030 px tall).
    const top = await page.getByRole('heading', {level: 1}).evaluate((h1) => h1.getBoundingClientRect().top + window.scrollY)
    expect(top).toBeLessThan(200)
  })
}
