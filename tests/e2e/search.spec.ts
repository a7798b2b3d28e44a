/**
 * Search as visitors use it, in Chromium on the built site: a table of queries typed the ways
 * Vietnamese visitors type them, every name in the catalogue typed without diacritics, the
 * filters, the state in the URL, and the page without JavaScript.
 */
import {readFileSync} from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import {SEARCH_CASES, type SearchCase} from '../support/search-queries'
import {expect, test, type Page} from './fixtures'

interface Doc {
  _id: string
  _type: string
  name?: string
  title?: string
  kind?: string
  area?: {_ref: string}
  group?: string
  ocop?: {stars: number}
  endsAt?: string
  publishedAt?: string
}

const documents = readFileSync(new URL('../../content/data.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Doc)
  .filter((doc) => !doc._id.startsWith('drafts.'))
const ofType = (type: string) => documents.filter((doc) => doc._type === type)
const products = ofType('product')

/** What a visitor without a Vietnamese keyboard types: no marks at all, `d` for `đ`. */
const bare = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()

const searchbox = (page: Page) => page.getByRole('searchbox', {name: /Tìm sản phẩm, chủ thể, làng nghề, địa điểm/})
const status = (page: Page) => page.locator('#search-status')
const titles = (page: Page) => page.locator('#search-results .hit__title')

/** Types a query into the search page and waits until the page shows what it found for exactly that query: the result titles. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  await searchbox(page).fill(query)
  // The page marks the results with the query they answer, tidied: composed accents, single spaces.
  await expect(page.locator('#search-results')).toHaveAttribute('data-query', query.normalize('NFC').trim().replace(/\s+/g, ' '))
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true')
  return titles(page).allTextContents()
}

/** The number in "Tìm thấy 12 kết quả…", 0 when the page says it found nothing. */
async function resultCount(page: Page): Promise<number> {
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true')
  await expect(status(page)).toContainText(/kết quả/)
  const text = (await status(page).textContent()) ?? ''
  return Number(/Tìm thấy (\d+) kết quả/.exec(text)?.[1] ?? 0)
}

/** What is wrong with the page's answer to one row of the table, or nothing. */
async function judge(page: Page, row: SearchCase): Promise<string | undefined> {
  const found = await searchFor(page, row.query)
  const shown = `${found.slice(0, 5).join(' | ') || '(none)'} — ${(await status(page).textContent()) ?? ''}`
  if ('unknown' in row) {
    const said = (await status(page).textContent()) ?? ''
    if (found.length > 0 || !said.includes(`Không có kết quả cho “${row.unknown}”`)) return `“${row.query}” (${row.why}): expected no result naming “${row.unknown}”, got ${shown}`
    return undefined
  }
  const within = row.within ?? 3
  const missing = row.top.filter((title) => {
    const position = found.indexOf(title)
    return position < 0 || position >= within
  })
  if (missing.length > 0) return `“${row.query}” (${row.why}): expected ${missing.join(', ')} in the top ${within}, got ${shown}`
  return undefined
}

test.describe('what visitors type, and what they expect to find (tests/support/search-queries.ts)', () => {
  // A page types one query after another, as a visitor refines a search; a few pages share the table.
  const CHUNK = 15
  for (let start = 0; start < SEARCH_CASES.length; start += CHUNK) {
    const rows = SEARCH_CASES.slice(start, start + CHUNK)
    test(`rows ${start + 1}–${start + rows.length}: “${rows[0]!.query.trim()}” … “${rows.at(-1)!.query.trim()}”`, async ({page}) => {
      await page.goto('/tim-kiem/')
      const failures: string[] = []
      for (const row of rows) {
        const failure = await judge(page, row)
        if (failure) failures.push(failure)
      }
      expect(failures, failures.join('\n')).toEqual([])
    })
  }
})

test.describe('every name typed without diacritics is found on the first page of results', () => {
  const areas = new Map(ofType('area').map((area) => [area._id, area]))
  const communesWithProducts = [...new Set(products.map((product) => product.area!._ref))].map((id) => areas.get(id)!)
  const groups: [string, string[]][] = [
    ['products', products.map((doc) => doc.name!)],
    ['producers', ofType('producer').map((doc) => doc.name!)],
    ['craft villages and points of sale', [...ofType('craftVillage'), ...ofType('pointOfSale')].map((doc) => doc.name!)],
    ['communes and wards', communesWithProducts.map((area) => `${area.kind === 'phuong' ? 'Phường' : 'Xã'} ${area.name}`)],
  ]
  for (const [what, names] of groups) {
    test(`${what} (${names.length})`, async ({page}) => {
      test.setTimeout(120_000)
      await page.goto('/tim-kiem/')
      const missed: string[] = []
      for (const name of names) {
        // Communes are typed by name alone ("bat trang"), as people do.
        const query = bare(name.replace(/^(Xã|Phường) /, ''))
        const found = await searchFor(page, query)
        if (!found.includes(name)) missed.push(`${name} (typed “${query}”): ${found.slice(0, 3).join(' | ')}`)
      }
      expect(missed, missed.join('\n')).toEqual([])
    })
  }
})

test.describe('results', () => {
  test('show type, place and an excerpt in real Vietnamese, with the matches marked', async ({page}) => {
    await page.goto('/tim-kiem/')
    await searchFor(page, 'dac san')
    const results = page.locator('#search-results')
    await expect(results.locator('mark').filter({hasText: /^đặc$/}).first()).toBeVisible()
    await expect(results).not.toContainText('dặc')
    const first = results.locator('.hit').first()
    await expect(first.locator('.hit__type')).toHaveText(/Điểm bán|Sản phẩm|Hội chợ, sự kiện|Chủ thể/)
    await expect(first.locator('img')).toHaveAttribute('src', /\.webp$/)
  })

  test('are announced, and more results load on request with the focus on the first new one', async ({page}) => {
    await page.goto('/tim-kiem/?q=ba+vi')
    await expect(status(page)).toHaveAttribute('role', 'status')
    const total = await resultCount(page)
    expect(total).toBeGreaterThan(10)
    await expect(titles(page)).toHaveCount(10)
    await page.getByRole('button', {name: 'Xem thêm kết quả'}).click()
    await expect(titles(page)).toHaveCount(Math.min(20, total))
    await expect(titles(page).nth(10).getByRole('link')).toBeFocused()
  })

  test('a word that matches nothing is named, and nothing is shown for the rest unless asked', async ({page}) => {
    await page.goto('/tim-kiem/?q=xyzzy')
    await expect(status(page)).toHaveText('Không có kết quả cho “xyzzy”: không trang nào có từ này. Hãy kiểm tra chính tả hoặc thử từ khác.')
    await expect(titles(page)).toHaveCount(0)

    await searchFor(page, 'pizza hai san')
    await expect(status(page)).toHaveText('Không có kết quả cho “pizza”: không trang nào có từ này. Tìm riêng “hai san”?')
    await expect(titles(page)).toHaveCount(0)
    await status(page).getByRole('link', {name: '“hai san”'}).click()
    await expect(page).toHaveURL(/\?q=hai\+san$/)
    await expect(searchbox(page)).toHaveValue('hai san')
    await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'hai san')
  })

  test('a slip of the keyboard gets "Có phải bạn muốn tìm" and the results of the likeliest words', async ({page}) => {
    await page.goto('/tim-kiem/')
    const found = await searchFor(page, 'com lang vogn')
    await expect(status(page)).toHaveText(/^Không có kết quả cho “vogn”\. Có phải bạn muốn tìm “com lang vòng”\? Tìm thấy \d+ kết quả cho “com lang vòng”\.$/)
    expect(found[0]).toBe('Cốm làng Vòng')
    await status(page).getByRole('link', {name: '“com lang vòng”'}).click()
    await expect(searchbox(page)).toHaveValue('com lang vòng')
    await expect(status(page)).toHaveText(/^Tìm thấy \d+ kết quả cho “com lang vòng”\.$/)
    await expect(titles(page).first()).toHaveText('Cốm làng Vòng')
  })

  test('words that only say what kind of page is wanted are left out when no page has them all, and said so', async ({page}) => {
    await page.goto('/tim-kiem/')
    const found = await searchFor(page, 'mua gom o dau')
    await expect(status(page)).toHaveText(/^Không trang nào có đủ các từ “mua gom o dau”\. Tìm thấy \d+ kết quả cho “gom” \(bỏ “mua”, “o”, “dau”\)\.$/)
    expect(found[0]).toBe('Điểm bán sản phẩm OCOP chợ gốm Bát Tràng')
  })

  test('drafts are not in the index', async ({page}) => {
    // "Mật ong hoa nhãn Ba Vì (nháp)" exists only as a draft.
    await page.goto('/tim-kiem/?q=mat+ong+hoa+nhan')
    await expect(status(page)).toContainText(/kết quả/)
    await expect(page.locator('#search-results')).not.toContainText('nháp')
    await expect(page.locator('#search-results a[href="/san-pham/mat-ong-hoa-nhan-ba-vi/"]')).toHaveCount(0)
  })

  test('the page with results passes axe', async ({page}) => {
    await page.goto('/tim-kiem/?q=gom&loai=san-pham')
    await expect(titles(page).first()).toBeVisible()
    const axe = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
  })

  test('the header search box on a product page leads to results', async ({page}) => {
    await page.goto('/san-pham/sua-chua-ba-vi/')
    await page.getByRole('searchbox', {name: 'Tìm sản phẩm, chủ thể, địa điểm'}).fill('khan lua van phuc')
    await page.getByRole('button', {name: 'Tìm', exact: true}).click()
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=khan\+lua\+van\+phuc$/)
    await expect(titles(page).first()).toHaveText('Khăn lụa tơ tằm Vạn Phúc')
  })
})

test.describe('filters', () => {
  test('the type narrows the results, counts each type, and goes into the URL', async ({page}) => {
    await page.goto('/tim-kiem/')
    await searchFor(page, 'bat trang')
    const all = await resultCount(page)
    const productChip = page.getByRole('radio', {name: /^Sản phẩm/})
    const counted = Number(/\((\d+)\)/.exec((await page.locator('label.chip', {has: productChip}).textContent()) ?? '')?.[1])
    await productChip.check()
    await expect(page).toHaveURL(/\?q=bat\+trang&loai=san-pham$/)
    const narrowed = await resultCount(page)
    expect(narrowed).toBe(counted)
    expect(narrowed).toBeLessThan(all)
    for (const type of await page.locator('#search-results .hit__type').allTextContents()) expect(type).toBe('Sản phẩm')
  })

  test('group, stars and place combine, and match the catalogue', async ({page}) => {
    const craft4 = products.filter((product) => product.group === 'thu-cong-my-nghe' && product.ocop!.stars === 4)
    await page.goto('/tim-kiem/?loai=san-pham')
    await page.getByRole('group', {name: 'Loại kết quả'}).waitFor()
    await page.getByText('Lọc thêm').click()
    await page.getByRole('combobox', {name: 'Nhóm sản phẩm'}).selectOption({label: 'Hàng thủ công mỹ nghệ'})
    await page.getByRole('combobox', {name: 'Số sao OCOP'}).selectOption({label: '4 sao'})
    await expect(page).toHaveURL(/loai=san-pham&nhom=thu-cong-my-nghe&sao=4$/)
    expect(await resultCount(page)).toBe(craft4.length)
    for (const subtitle of await page.locator('#search-results .hit__subtitle').allTextContents()) expect(subtitle).toMatch(/^4 sao · /)

    const batTrang = craft4.filter((product) => product.area!._ref === 'area-bat-trang')
    await page.getByRole('combobox', {name: 'Xã, phường'}).selectOption({label: 'Xã Bát Tràng'})
    await expect(page).toHaveURL(/sao=4&xa=xa-bat-trang$/)
    expect(await resultCount(page)).toBe(batTrang.length)
    expect(batTrang.length).toBeGreaterThan(0)
    expect(batTrang.length).toBeLessThan(craft4.length)
  })

  test('a former district covers its communes', async ({page}) => {
    const giaLam = new Set(ofType('area').filter((area) => (area as {formerDistrict?: string}).formerDistrict === 'Gia Lâm').map((area) => area._id))
    const inGiaLam = products.filter((product) => giaLam.has(product.area!._ref))
    expect(inGiaLam.length).toBeGreaterThan(0)
    await page.goto('/tim-kiem/?loai=san-pham&huyen=gia-lam')
    expect(await resultCount(page)).toBe(inGiaLam.length)
    await expect(page.getByRole('combobox', {name: 'Quận, huyện cũ'})).toHaveValue('gia-lam')
  })

  test('the URL restores the search on reload, and the back button returns to the previous one', async ({page}) => {
    await page.goto('/tim-kiem/')
    await searchFor(page, 'tra')
    await page.getByRole('radio', {name: /^Sản phẩm/}).check()
    await expect(page).toHaveURL(/\?q=tra&loai=san-pham$/)
    const first = await resultCount(page)
    await page.getByText('Lọc thêm').click()
    await page.getByRole('combobox', {name: 'Số sao OCOP'}).selectOption('3')
    await expect(page).toHaveURL(/\?q=tra&loai=san-pham&sao=3$/)
    const narrowed = await resultCount(page)
    const shown = await titles(page).allTextContents()

    await page.reload()
    await expect(searchbox(page)).toHaveValue('tra')
    await expect(page.getByRole('radio', {name: /^Sản phẩm/})).toBeChecked()
    await expect(page.getByRole('combobox', {name: 'Số sao OCOP'})).toHaveValue('3')
    expect(await resultCount(page)).toBe(narrowed)
    expect(await titles(page).allTextContents()).toEqual(shown)

    await page.goBack()
    await expect(page).toHaveURL(/\?q=tra&loai=san-pham$/)
    await expect(page.getByRole('combobox', {name: 'Số sao OCOP'})).toHaveValue('')
    await expect(status(page)).toContainText(`Tìm thấy ${first} kết quả`)
  })
})

test.describe('events by date, on the day the page is used', () => {
  const events = ofType('event')
  const hanoiDay = (instant: string | Date) => new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Ho_Chi_Minh'}).format(new Date(instant))

  for (const day of ['2026-11-26', '2027-03-10', '2027-12-01']) {
    test(`on ${day}, upcoming and past events split where they should`, async ({page}) => {
      await page.clock.setFixedTime(new Date(`${day}T09:00:00+07:00`))
      const notOver = events.filter((event) => hanoiDay(event.endsAt!) >= day).length
      await page.goto('/tim-kiem/?loai=su-kien&trang-thai=sap-toi')
      expect(await resultCount(page)).toBe(notOver)
      for (const badge of await page.locator('#search-results .hit__badge').allTextContents()) expect(badge).toMatch(/Sắp diễn ra|Đang diễn ra/)
      await page.getByRole('combobox', {name: 'Sự kiện, lớp đào tạo'}).selectOption({label: 'Đã diễn ra'})
      expect(await resultCount(page)).toBe(events.length - notOver)
      for (const badge of await page.locator('#search-results .hit__badge').allTextContents()) expect(badge).toBe('Đã diễn ra')
    })
  }

  test('news sorts by date, newest or oldest first', async ({page}) => {
    const dates = ofType('article').map((article) => hanoiDay(article.publishedAt!)).sort()
    const shownDates = async () =>
      (await page.locator('#search-results .hit__subtitle').allTextContents()).map((text) => {
        const [day, month, year] = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text)!.slice(1)
        return `${year}-${month}-${day}`
      })
    await page.goto('/tim-kiem/?loai=tin-tuc&sap-xep=moi-nhat')
    expect(await resultCount(page)).toBe(dates.length)
    expect(await shownDates()).toEqual([...dates].reverse().slice(0, 10))
    await page.getByRole('combobox', {name: 'Sắp xếp'}).selectOption({label: 'Ngày, cũ nhất trước'})
    await expect(page).toHaveURL(/sap-xep=cu-nhat$/)
    await expect.poll(shownDates).toEqual(dates.slice(0, 10))
  })
})

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false})

  test('the search page explains and links to every browse page', async ({page}) => {
    await page.goto('/tim-kiem/?q=banh+chung')
    await expect(page.getByText('Ô tìm kiếm cần JavaScript')).toBeVisible()
    await expect(page.getByRole('radio')).toHaveCount(0) // the filters need the script too
    for (const name of ['Danh mục sản phẩm OCOP', 'Chủ thể OCOP', 'Làng nghề', 'Điểm giới thiệu và bán sản phẩm', 'Hội chợ, sự kiện', 'Lớp đào tạo, tập huấn', 'Tin tức, thông báo, văn bản'])
      await expect(page.getByRole('main').getByRole('link', {name, exact: true})).toBeVisible()
    await page.getByRole('main').getByRole('link', {name: 'Danh mục sản phẩm OCOP'}).click()
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Sản phẩm OCOP')
  })
})
