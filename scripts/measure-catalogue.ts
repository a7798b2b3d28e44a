/**
 * What the catalogue's filters cost a visitor, measured in Chromium on a built site. A report tool,
 * not part of `npm test`:
 *
 *   npx tsx scripts/measure-catalogue.ts [--dist dist] [--port 4463]
 *
 * Serves the build as a static host does (gzip for text), opens /san-pham/ on a 360 px phone and
 * reports, from Chromium's network log (bytes on the wire, headers included):
 * - the bytes of the page itself, before any filter;
 * - the bytes of the first filter: from the tap on "Lọc" (the dialog counts what each choice would
 *   leave, which loads Pagefind's runtime, WebAssembly and filters) to the first product group's
 *   cards drawn, their thumbnails included;
 * - the bytes of one more filter (a number of stars) once Pagefind is loaded.
 * Exits 1 when the first filter downloads more than opening search may (150 KB,
 * scripts/measure-search.ts).
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {chromium, type Locator, type Page} from '@playwright/test'
import {serve} from './lib/static-server.ts'
import {BUDGET, networkMeter} from './measure-search.ts'
import {chromiumPath} from './lib/chromium.ts'

export interface CatalogueCost {
  pageBytes: number
  firstFilterBytes: number
  firstFilterRequests: number
  nextFilterBytes: number
  /** The largest downloads of the first filter, largest first: path and bytes. */
  biggest: {path: string; bytes: number}[]
  /** The filters tapped, as the URL holds them. */
  first: string
  next: string
}

/** Waits until the catalogue has drawn the results of a filter naming `label` (site/scripts/catalogue-filters.ts sets the status last). */
async function resultsDrawn(page: Page, status: Locator, label: string) {
  // "12 sản phẩm: Đồ uống, 4 sao · Mới công nhận": the status is set with the cards, in one task.
  await status.filter({hasText: new RegExp(`^\\d+ sản phẩm: .*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)}).waitFor()
  await page.waitForLoadState('networkidle')
  // Thumbnails of the new cards: networkidle may come before a lazy image is requested.
  await page.evaluate(() => new Promise(requestAnimationFrame))
  await page.waitForLoadState('networkidle')
}

export async function measureCatalogue(dist: string, port: number): Promise<CatalogueCost> {
  const server = await serve(dist, port)
  const executablePath = chromiumPath()
  const browser = await chromium.launch({executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']})
  try {
    const page = await browser.newPage({viewport: {width: 360, height: 800}, deviceScaleFactor: 2, isMobile: true, hasTouch: true})
    const meter = await networkMeter(page)
    await page.goto(`http://127.0.0.1:${port}/san-pham/`, {waitUntil: 'networkidle'})
    const opened = await meter.take()
    if (process.env.VERBOSE) for (const entry of opened.entries) console.error('page', entry.bytes, entry.url)

    const status = page.locator('[data-catalogue] [data-status]')
    const dialog = page.getByRole('dialog', {name: 'Lọc sản phẩm'})
    await page.getByRole('button', {name: /^Lọc/}).tap()
    await dialog.waitFor()
    // The dialog counts what each choice would leave; a visitor reads the counts, then taps.
    await dialog.getByRole('button', {name: /^Xem \d+ sản phẩm/}).waitFor()
    const group = dialog.locator('a[data-filter="nhom"]:not([data-value=""]):not([aria-disabled="true"])').first()
    const groupLabel = (await group.getAttribute('data-label')) ?? ''
    await group.tap()
    await page.waitForURL(/\/san-pham\/\?(.*&)?nhom=/)
    await resultsDrawn(page, status, groupLabel)
    const first = await meter.take()
    const firstUrl = new URL(page.url()).search
    if (process.env.VERBOSE) for (const entry of first.entries) console.error('first', entry.bytes, entry.url)

    const stars = dialog.locator('a[data-filter="sao"]:not([aria-disabled="true"]):not([aria-current])').first()
    const starsLabel = (await stars.getAttribute('data-label')) ?? ''
    await stars.tap()
    await page.waitForURL(/\/san-pham\/\?(.*&)?sao=/)
    await resultsDrawn(page, status, `${groupLabel}, ${starsLabel}`)
    const next = await meter.take()
    if (process.env.VERBOSE) for (const entry of next.entries) console.error('next', entry.bytes, entry.url)

    return {
      // Pagefind is loaded on a phone only once the filters open; were it loaded earlier, it would count as filtering.
      pageBytes: opened.other,
      firstFilterBytes: opened.pagefind + first.pagefind + first.other,
      firstFilterRequests: first.requests + opened.entries.filter((entry) => new URL(entry.url).pathname.startsWith('/pagefind/')).length,
      nextFilterBytes: next.pagefind + next.other,
      biggest: [...opened.entries.filter((entry) => new URL(entry.url).pathname.startsWith('/pagefind/')), ...first.entries]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 5)
        .map((entry) => ({path: new URL(entry.url).pathname, bytes: entry.bytes})),
      first: firstUrl,
      next: new URL(page.url()).search,
    }
  } finally {
    await browser.close()
    server.close()
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

async function main() {
  const {values} = parseArgs({options: {dist: {type: 'string', default: 'dist'}, port: {type: 'string', default: '4463'}}})
  const dist = path.resolve(values.dist as string)
  if (!existsSync(path.join(dist, 'san-pham/index.html'))) {
    console.error(`No built site with a catalogue in ${dist}. Build it first: npm run build -- --outDir ${values.dist}`)
    process.exit(2)
  }
  const cost = await measureCatalogue(dist, Number(values.port))
  const ok = cost.firstFilterBytes <= BUDGET.firstSearchBytes
  console.log(`| measure | value | budget |
| --- | --- | --- |
| catalogue page /san-pham/ (HTML, CSS, JS, fonts, thumbnails) | ${kb(cost.pageBytes)} | |
| first filter: "Lọc", then ${cost.first} (${cost.firstFilterRequests} requests) | ${kb(cost.firstFilterBytes)} | ≤ ${kb(BUDGET.firstSearchBytes)}: ${ok ? 'within budget' : '**over budget**'} |
| one more filter: ${cost.next} | ${kb(cost.nextFilterBytes)} | |

Largest downloads of the first filter: ${cost.biggest.map((entry) => `${entry.path} ${kb(entry.bytes)}`).join(', ')}`)
  if (!ok) process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
