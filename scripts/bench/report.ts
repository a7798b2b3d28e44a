/**
 * The benchmark's figures for one catalogue size, its budgets, and the markdown report.
 * Pure functions, unit-tested in tests/unit/bench.test.ts.
 */
import {BUDGET as SEARCH_BUDGET} from '../measure-search.ts'
import type {PageWeight} from './page-weight.ts'
import {brokenPagesBudgets, renderPagesSection, type PagesResult} from './pages.ts'
import type {PublishLatency} from './publish-latency.ts'

export interface BuildFigures {
  wallMs: number
  peakRssBytes: number
  pages: number
  /** Named phases of the build with their milliseconds, in order. */
  phases: {name: string; ms: number}[]
  /** The 1-minute load average at the start and the end of the build. */
  load: [number, number]
}

export interface SizeResult {
  products: number
  /** Documents in the generated dataset, by type. */
  documents: Record<string, number>
  site: BuildFigures
  baseline: BuildFigures
  pagefind: {bytes: number; files: number}
  search: {pageBytes: number; firstSearchBytes: number; nextSearchBytes: number; medianMs: number}
  /** The catalogue's filters on a phone, as `npm run measure:catalogue` counts them (scripts/measure-catalogue.ts). */
  catalogue: {pageBytes: number; firstFilterBytes: number; nextFilterBytes: number}
  home: PageWeight
  /** Every product page, weighed; the heaviest and the median. */
  productPages: {count: number; heaviest: PageWeight & {route: string}; medianHtmlCssGzip: number; /** Pages over BUDGETS.productPageJsGzip of scripts. */ withJs: number}
  /** One page of every template, on a phone (scripts/bench/pages.ts): measured on the first size only. */
  pages?: PagesResult
  /** From an editor's publish to the page served (scripts/bench/publish-latency.ts), at the size asked for. */
  publish?: PublishLatency
}

/** The issue's limit for publish to live, from the webhook to the page served, at Hà Nội's size. */
export const PUBLISH_TO_LIVE_MS = 60_000

/** The phases of a site build, each ending at the first log line that matches. */
const PHASES: {name: string; ends: RegExp}[] = [
  {name: 'start-up, content layer (GROQ, validation)', ends: /\[content\] Synced content/},
  {name: 'bundling (Vite)', ends: /generating static routes/},
  {name: 'rendering pages and endpoints', ends: /generating optimized images/},
  {name: 'optimising images', ends: /\[build\] ✓ Completed in/},
  {name: 'sitemap', ends: /sitemap-index\.xml.* created/},
  // `npm run build` finishes once Astro's process has exited (scripts/build.ts): Pagefind indexes
  // while worker threads write the QR codes and badges and narrow the pages' policies; the last
  // phase is what is left of the threads' work once Pagefind is done.
  {name: "Astro's exit", ends: /Astro has exited; finishing/},
  {name: 'Pagefind index (beside the worker threads)', ends: /Search index written/},
  {name: 'worker threads after the index (QR codes, badges, page policies)', ends: /Build finished:/},
]

/** The phases of a site build from its log lines (with their arrival times): the rest of `wallMs` is the last one. */
export function buildPhases(lines: {ms: number; text: string}[], wallMs: number): BuildFigures['phases'] {
  const phases: BuildFigures['phases'] = []
  let last = 0
  let from = 0
  for (const {name, ends} of PHASES) {
    // Each phase ends after the previous one: Astro prints "✓ Completed in" more than once.
    const index = lines.findIndex((entry, at) => at >= from && ends.test(entry.text))
    if (index < 0) continue
    phases.push({name, ms: lines[index]!.ms - last})
    last = lines[index]!.ms
    from = index + 1
  }
  phases.push({name: 'writing out, exit', ms: wallMs - last})
  return phases
}

/**
 * The issue's budgets. The build, at Hà Nội's catalogue (3,500 products) and at Vietnam's (15,000):
 * its time at most twice the baseline's of the same run (a machine shared with others makes
 * seconds meaningless; the baseline, built just after, feels the same load), and its memory under
 * 2 GB, what a CI runner of 2 cores has to spare. Opening search and the catalogue's first filter
 * at 3,500 products and below (both load Pagefind, whose list of pages, loaded whole, grows with
 * the catalogue: the report shows what it costs beyond), and a product page's weight at every size.
 */
export const BUDGETS = {
  searchProducts: 3500,
  buildProducts: [3500, 15000],
  /** The site's build ÷ the baseline's, at most. */
  buildRatio: 2,
  peakRssBytes: 2 * 1024 ** 3,
  /**
   * As `npm run measure:search` counts it: Pagefind's runtime, WebAssembly, index and first results.
   * The catalogue's first filter (`npm run measure:catalogue`) is held to it too.
   */
  firstSearchBytes: SEARCH_BUDGET.firstSearchBytes,
  productPageHtmlCssGzip: 50 * 1024,
  /** A product page's scripts, compressed: the map's loader and the inline open-now and "Gần tôi" modules (3.8 KB in December 2026). */
  productPageJsGzip: 5 * 1024,
}

/** What a product page costs in HTML and CSS, compressed: the document (CSS inlined) and linked stylesheets. */
export const htmlCssGzip = (weight: PageWeight) => weight.htmlGzip + weight.linkedCssGzip

/** The budgets a result breaks, each as a sentence; empty when all hold. */
export function brokenBudgets(result: SizeResult): string[] {
  const broken: string[] = []
  const at = `at ${result.products} products`
  if (BUDGETS.buildProducts.includes(result.products)) {
    if (result.site.wallMs > BUDGETS.buildRatio * result.baseline.wallMs) {
      broken.push(`${at}, the full build took ${seconds(result.site.wallMs)}, ${ratio(result.site.wallMs, result.baseline.wallMs)} the baseline's ${seconds(result.baseline.wallMs)} (budget: at most ${BUDGETS.buildRatio}×)`)
    }
    if (result.site.peakRssBytes >= BUDGETS.peakRssBytes) broken.push(`${at}, the build's peak memory was ${megabytes(result.site.peakRssBytes)} (budget: under ${megabytes(BUDGETS.peakRssBytes)})`)
  }
  if (result.products <= BUDGETS.searchProducts && result.search.firstSearchBytes > BUDGETS.firstSearchBytes) broken.push(`${at}, opening search downloads ${kilobytes(result.search.firstSearchBytes)} (budget: ${kilobytes(BUDGETS.firstSearchBytes)})`)
  if (result.products <= BUDGETS.searchProducts && result.catalogue.firstFilterBytes > BUDGETS.firstSearchBytes) broken.push(`${at}, the catalogue's first filter downloads ${kilobytes(result.catalogue.firstFilterBytes)} (budget: ${kilobytes(BUDGETS.firstSearchBytes)})`)
  const heaviest = htmlCssGzip(result.productPages.heaviest)
  if (heaviest > BUDGETS.productPageHtmlCssGzip) broken.push(`${at}, the product page ${result.productPages.heaviest.route} has ${kilobytes(heaviest)} of HTML and CSS compressed (budget: ${kilobytes(BUDGETS.productPageHtmlCssGzip)})`)
  if (result.productPages.withJs > 0) broken.push(`${at}, ${result.productPages.withJs} product pages carry over ${kilobytes(BUDGETS.productPageJsGzip)} of JavaScript compressed (budget: the map's loader, open-now and "Gần tôi")`)
  if (result.pages) broken.push(...brokenPagesBudgets(result.pages).map((line) => `${at}, ${line}`))
  if (result.publish && result.publish.publishToLiveMs >= PUBLISH_TO_LIVE_MS) broken.push(`${at}, a publish took ${seconds(result.publish.publishToLiveMs)} to reach the site (budget: under ${seconds(PUBLISH_TO_LIVE_MS)})`)
  return broken
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const milliseconds = (ms: number) => `${ms.toFixed(1)} ms`
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : '–')

/** "The biggest cost at 15,000 products: rendering pages (61.2 s, 58 % of the build)." */
export function biggestCost(results: SizeResult[]): string {
  const largest = [...results].sort((a, b) => b.products - a.products)[0]
  const top = largest && [...largest.site.phases].sort((a, b) => b.ms - a.ms)[0]
  if (!largest || !top) return ''
  return `The biggest cost at ${largest.products.toLocaleString('en')} products: ${top.name} (${seconds(top.ms)}, ${Math.round((100 * top.ms) / largest.site.wallMs)} % of the build).`
}

export interface Machine {
  cores: number
  memoryBytes: number
  cpu: string
  node: string
  date: string
}

/** How long a publish takes to reach the site, as a section of the report. */
function renderPublishSection({products, publish}: SizeResult): string {
  const {debounceMs, firstBuildMs, publishToLiveMs, buildMs} = publish!
  return `## Publishing (${products.toLocaleString('en')} products)

An editor publishes a changed product: the publisher (its defaults) gets Sanity's signed webhook and
serves the rebuilt site, read with @sanity/client from the local double of Sanity's API that holds the
catalogue. Timed from the webhook to the product's page being served with the change.

| | |
| --- | ---: |
| **publish to live** | **${seconds(publishToLiveMs)}** |
| the publisher's window for joining publishes (debounce) | ${seconds(debounceMs)} |
| the build it started | ${seconds(buildMs)} |
| the first build (before the change, not counted) | ${seconds(firstBuildMs)} |

Budget: under ${seconds(PUBLISH_TO_LIVE_MS)}.
`
}

/** The report: a table of figures by size, the phases of our build, budgets, and the notes. */
export function renderReport(results: SizeResult[], machine: Machine, options: {title: string; notes: string}): string {
  const row = (label: string, value: (result: SizeResult) => string) => `| ${label} | ${results.map(value).join(' | ')} |`
  const header = `| | ${results.map((result) => `${result.products.toLocaleString('en')} products`).join(' | ')} |\n| --- |${results.map(() => ' ---: |').join('')}`
  const phaseNames = [...new Set(results.flatMap((result) => result.site.phases.map((phase) => phase.name)))]
  const phase = (result: SizeResult, name: string) => result.site.phases.find((entry) => entry.name === name)?.ms ?? 0
  const broken = results.flatMap(brokenBudgets)
  const buildSizes = BUDGETS.buildProducts.map((size) => size.toLocaleString('en')).join(' and ')
  return `# ${options.title}

Measured ${machine.date} on ${machine.cores} cores (${machine.cpu}), ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GB of memory, Node ${machine.node}.
Every build is a full build: fresh output folder, empty Astro cache (image cache included).
Memory is the peak of the summed resident memory (RSS) of the build's whole process tree (Astro,
the processes it starts such as esbuild's, and Pagefind's binary), sampled every 100 ms from /proc. Sizes in KB are 1,024 bytes.

## Build

${header}
${row('pages built (site)', (r) => r.site.pages.toLocaleString('en'))}
${row('**full build, site**', (r) => `**${seconds(r.site.wallMs)}**`)}
${row('full build, baseline', (r) => seconds(r.baseline.wallMs))}
${row('**site ÷ baseline**', (r) => `**${ratio(r.site.wallMs, r.baseline.wallMs)}**`)}
${row('time per page, site', (r) => milliseconds(r.site.wallMs / r.site.pages))}
${row('time per page, baseline', (r) => milliseconds(r.baseline.wallMs / r.baseline.pages))}
${row('peak memory, site', (r) => megabytes(r.site.peakRssBytes))}
${row('peak memory, baseline', (r) => megabytes(r.baseline.peakRssBytes))}
${row('load average (1 min) at start → end of site build', (r) => `${r.site.load[0].toFixed(1)} → ${r.site.load[1].toFixed(1)}`)}
${row('Pagefind index (files)', (r) => `${kilobytes(r.pagefind.bytes)} (${r.pagefind.files})`)}

Where the site's build time goes (from the times Astro's log lines arrived):

${header}
${phaseNames.map((name) => row(name, (r) => `${seconds(phase(r, name))} (${Math.round((100 * phase(r, name)) / r.site.wallMs)} %)`)).join('\n')}

${biggestCost(results)}

## Search, in Chromium (bytes on the wire, gzip)

${header}
${row('the search page itself (HTML, CSS, JS, fonts)', (r) => kilobytes(r.search.pageBytes))}
${row('**opening search**: Pagefind runtime, WebAssembly, index chunks and the first results with thumbnails', (r) => `**${kilobytes(r.search.firstSearchBytes)}**`)}
${row('one more query (index chunks, fragments, thumbnails)', (r) => kilobytes(r.search.nextSearchBytes))}
${row('typing to results on screen, median', (r) => `${Math.round(r.search.medianMs)} ms`)}

## Catalogue filters, in Chromium (bytes on the wire, gzip)

/san-pham/ on a 360 px phone: "Lọc" opens the filters' dialog, one tap on a product group, then one on a number of stars.

${header}
${row('the catalogue page itself (HTML, CSS, JS, fonts, thumbnails)', (r) => kilobytes(r.catalogue.pageBytes))}
${row('**first filter**: from "Lọc" (Pagefind runtime, WebAssembly, filters, counts) to the first results of the group, with thumbnails', (r) => `**${kilobytes(r.catalogue.firstFilterBytes)}**`)}
${row('one more filter (a number of stars: new fragments and thumbnails)', (r) => kilobytes(r.catalogue.nextFilterBytes))}

## Pages (gzip; the site inlines its CSS into the HTML)

${header}
${row('home: HTML (CSS inlined)', (r) => kilobytes(r.home.htmlGzip))}
${row('home: CSS, uncompressed', (r) => kilobytes(r.home.cssBytes))}
${row('home: JS', (r) => `${kilobytes(r.home.jsGzip)}`)}
${row('product pages weighed', (r) => r.productPages.count.toLocaleString('en'))}
${row('product page: HTML + CSS, median', (r) => kilobytes(r.productPages.medianHtmlCssGzip))}
${row('**product page: HTML + CSS, heaviest**', (r) => `**${kilobytes(htmlCssGzip(r.productPages.heaviest))}**`)}
${row('product page: CSS, uncompressed, heaviest page', (r) => kilobytes(r.productPages.heaviest.cssBytes))}
${row('product pages with JS', (r) => String(r.productPages.withJs))}

${results.filter((r) => r.pages).map((r) => renderPagesSection(r.pages!)).join('\n')}
${results.filter((r) => r.publish).map(renderPublishSection).join('\n')}
## Dataset

${header}
${Object.keys(results[0]?.documents ?? {})
  .map((type) => row(type, (r) => (r.documents[type] ?? 0).toLocaleString('en')))
  .join('\n')}

## Budgets

| budget | limit |
| --- | --- |
| full build at ${buildSizes} products, ÷ the baseline's in the same run | at most ${BUDGETS.buildRatio}× |
| peak memory of those builds | under ${megabytes(BUDGETS.peakRssBytes)} |
| opening search (as above), up to ${BUDGETS.searchProducts.toLocaleString('en')} products | at most ${kilobytes(BUDGETS.firstSearchBytes)} |
| the catalogue's first filter (as above), up to ${BUDGETS.searchProducts.toLocaleString('en')} products | at most ${kilobytes(BUDGETS.firstSearchBytes)} |
| every product page at every size, HTML + CSS compressed | at most ${kilobytes(BUDGETS.productPageHtmlCssGzip)}, and no JS |

${broken.length === 0 ? 'Every budget holds.' : `**Broken:**\n\n${broken.map((line) => `- ${line}`).join('\n')}`}
${options.notes ? `\n${options.notes.trim()}\n` : ''}`
}
