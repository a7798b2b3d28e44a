/**
 * What search costs a visitor, measured in Chromium on a built site. A report tool, not part of
 * `npm test` (timings vary with the machine):
 *
 *   npx tsx scripts/measure-search.ts [--dist dist] [--port 4462] [--runs 15]
 *
 * Serves the build as a static host does (gzip for text), opens /tim-kiem/ on a 360 px phone
 * viewport and reports, from Chromium's network log (bytes on the wire, headers included):
 * - the bytes of the page itself, before any search;
 * - the bytes the first search downloads (Pagefind's runtime and WebAssembly, the index chunks and
 *   filters it needs, the first results' fragments and the thumbnails on screen);
 * - the bytes one more search downloads once the index is loaded;
 * - the time from the last keystroke to the results on screen, median and worst of `--runs`
 *   different queries, typing debounce included.
 * Exits 1 when a budget is broken: first search at most 150 KB, results within 300 ms (median).
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {gzipSync} from 'node:zlib'
import {chromium, type Page, type Request} from '@playwright/test'
import {VOCABULARY_PATH} from '../site/lib/search-fields.ts'
import {serve} from './lib/static-server.ts'
import {chromiumPath} from './lib/chromium.ts'
import {median} from './bench/pages.ts'

export const BUDGET = {firstSearchBytes: 150 * 1024, resultsMs: 300}

const QUERIES = ['banh chung', 'gom bat trang', 'dan phuong', 'lua van phuc', 'tra sen', 'che lam', 'nem phung', 'ruou mo', 'hoa lan', 'khay may', 'dao bep', 'non la', 'sua chua', 'ca vat', 'hoi cho tet', 'tap huan', 'bao bi', 'com vong', 'nam linh chi', 'tinh dau']

export interface SearchCost {
  pageBytes: number
  firstSearchBytes: number
  firstSearchRequests: number
  nextSearchBytes: number
  medianMs: number
  worstMs: number
  runs: number
}

/**
 * What a finished request cost on the wire: its body as sent (compressed) and headers. Chromium
 * reports no body size for some responses (served from a worker, or streamed): then the body is
 * weighed as the server sent it.
 */
export async function bytesOf(request: Request): Promise<number> {
  const sizes = await request.sizes()
  let body = sizes.responseBodySize
  const response = await request.response()
  if (body === 0 && response?.status() === 200) {
    const content = await response.body().catch(() => Buffer.alloc(0))
    body = (await response.headerValue('content-encoding')) === 'gzip' ? gzipSync(content).length : content.length
  }
  return body + sizes.responseHeadersSize
}

/**
 * `bytesOf` for a request seen by a listener, which may still be weighing it when the measurement
 * is over and its page closed: such a request was not counted and weighs nothing, rather than
 * failing the run as a rejection nobody awaits.
 */
export function bytesOfSeen(request: Request): Promise<number> {
  return bytesOf(request).catch((error: unknown) => {
    if (error instanceof Error && /has been closed/.test(error.message)) return 0
    throw error
  })
}

/**
 * Bytes received per request, as Chromium counts them on the wire (body as sent, gzip, and
 * headers), split into search's files (Pagefind's and the vocabulary) and the rest (scripts/measure-catalogue.ts uses it too).
 * From Playwright's requests rather than the page's DevTools session, which does not see what
 * Pagefind's worker downloads; the worker's own script, whose size Chromium does not report, is
 * counted as the server sent it (its body gzipped again here, as the static server does).
 */
export async function networkMeter(page: Page) {
  const log: Promise<{url: string; bytes: number}>[] = []
  page.on('requestfinished', (request) => {
    // The browser's own request for the tab's icon is no download of the page's (DevTools did not count it either).
    if (new URL(request.url()).pathname.startsWith('/favicon')) return
    log.push(bytesOfSeen(request).then((bytes) => ({url: request.url(), bytes})))
  })
  return {
    /** What was downloaded since the last call. */
    async take() {
      const taken = await Promise.all(log.splice(0))
      const sum = (list: typeof taken) => list.reduce((total, entry) => total + entry.bytes, 0)
      // Search's own files: Pagefind's, and the vocabulary the page checks queries against.
      const pagefind = taken.filter(({url}) => new URL(url).pathname.startsWith('/pagefind/') || new URL(url).pathname === VOCABULARY_PATH)
      const other = taken.filter((entry) => !pagefind.includes(entry))
      return {pagefind: sum(pagefind), other: sum(other), requests: taken.length, entries: taken}
    },
  }
}

/** Types a query and resolves with the milliseconds until its results are on screen. */
async function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('#q')!
    const status = document.querySelector<HTMLElement>('#search-status')!
    const list = document.querySelector<HTMLElement>('#search-results')!
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    const start = performance.now()
    input.value = text
    input.dispatchEvent(new Event('input', {bubbles: true}))
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (list.hasAttribute('aria-busy') || !status.textContent!.includes(`“${text}”`)) return
        observer.disconnect()
        resolve()
      })
      observer.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true})
    })
    // Until the browser has painted them.
    await new Promise(requestAnimationFrame)
    return performance.now() - start
  }, query)
}

export async function measureSearch(dist: string, port: number, runs: number): Promise<SearchCost> {
  const server = await serve(dist, port)
  const executablePath = chromiumPath()
  const browser = await chromium.launch({executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']})
  try {
    const page = await browser.newPage({viewport: {width: 360, height: 800}, deviceScaleFactor: 2})
    const meter = await networkMeter(page)
    await page.goto(`http://127.0.0.1:${port}/tim-kiem/`, {waitUntil: 'networkidle'})
    // The page starts loading Pagefind as soon as the search box has the focus: that counts as search.
    const opened = await meter.take()

    await page.locator('#q').fill('banh chung')
    await page.locator('#search-status').filter({hasText: '“banh chung”'}).waitFor()
    await page.waitForLoadState('networkidle')
    const first = await meter.take()
    if (process.env.VERBOSE) for (const entry of [...opened.entries, ...first.entries]) console.error(entry.bytes, entry.url)

    await page.locator('#q').fill('gom bat trang')
    await page.locator('#search-status').filter({hasText: '“gom bat trang”'}).waitFor()
    await page.waitForLoadState('networkidle')
    const next = await meter.take()
    if (process.env.VERBOSE) for (const entry of next.entries) console.error("next", entry.bytes, entry.url)

    const times: number[] = []
    for (const query of QUERIES.slice(0, runs)) times.push(await timeQuery(page, query))
    return {
      pageBytes: opened.other,
      firstSearchBytes: opened.pagefind + first.pagefind + first.other,
      firstSearchRequests: first.requests + opened.requests - opened.entries.filter(({url}) => !/\/pagefind\/|\/tim-kiem\/tu-vung\.json/.test(url)).length,
      nextSearchBytes: next.pagefind + next.other,
      medianMs: median(times),
      worstMs: Math.max(...times),
      runs: times.length,
    }
  } finally {
    await browser.close()
    server.close()
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

async function main() {
  const {values} = parseArgs({options: {dist: {type: 'string', default: 'dist'}, port: {type: 'string', default: '4462'}, runs: {type: 'string', default: '15'}}})
  const dist = path.resolve(values.dist as string)
  if (!existsSync(path.join(dist, 'tim-kiem/index.html'))) {
    console.error(`No built site with a search page in ${dist}. Build it first: npm run build -- --outDir ${values.dist}`)
    process.exit(2)
  }
  const cost = await measureSearch(dist, Number(values.port), Math.min(QUERIES.length, Math.max(1, Number(values.runs) || 15)))
  const ok = (pass: boolean) => (pass ? 'within budget' : '**over budget**')
  console.log(`| measure | value | budget |
| --- | --- | --- |
| search page (HTML, CSS, JS) | ${kb(cost.pageBytes)} | |
| first search, all downloads (${cost.firstSearchRequests} requests) | ${kb(cost.firstSearchBytes)} | ≤ ${kb(BUDGET.firstSearchBytes)}: ${ok(cost.firstSearchBytes <= BUDGET.firstSearchBytes)} |
| one more search | ${kb(cost.nextSearchBytes)} | |
| typing to results on screen, median of ${cost.runs} | ${Math.round(cost.medianMs)} ms | ≤ ${BUDGET.resultsMs} ms: ${ok(cost.medianMs <= BUDGET.resultsMs)} |
| typing to results on screen, slowest | ${Math.round(cost.worstMs)} ms | |`)
  if (cost.firstSearchBytes > BUDGET.firstSearchBytes || cost.medianMs > BUDGET.resultsMs) process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
