/**
 * The bench's pages section: one page of every template, as a phone on a first visit gets it.
 *
 * - `weighTemplates` loads each page in Chromium at 360 px through the static host (gzip, as a web
 *   server sends it) and adds up what arrives by kind: no Lighthouse, fast enough for the smoke run
 *   of `npm test`, which checks the bytes and no-JavaScript budgets.
 * - `lighthouseTemplates` runs Lighthouse (mobile, simulated slow 4G and a 4× slower CPU) three
 *   times per page and keeps the median of each figure: scores, FCP, LCP, CLS, TBT, bytes by kind.
 */
import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import {chromium} from 'playwright'

/** What every template must hold on a phone's first visit (issue 19). */
export const PAGE_BUDGETS = {
  /** Everything but images, compressed as sent: HTML, CSS, scripts, fonts, data. */
  beforeImagesBytes: 30 * 1024,
  lcpMs: 1000,
  cls: 0,
  score: 100,
} as const

export interface Template {
  /** A short name for tables: "product". */
  name: string
  /** The address measured: "/san-pham/gom-bat-trang/". */
  path: string
  /** Whether the page may run scripts: search and the catalogue's filters do, stories do not. */
  scripts: boolean
}

/** The first folder (A–Z) under `dir` of the built site whose page exists, as an address. */
function firstPage(dist: string, dir: string, skip: string[] = []): string | undefined {
  const folder = path.join(dist, dir)
  if (!existsSync(folder)) return undefined
  const name = readdirSync(folder, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && !skip.includes(entry.name) && existsSync(path.join(folder, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0]
  return name === undefined ? undefined : `/${dir}/${name}/`
}

/**
 * One page per template of the site built in `dist`: the first of each kind, so the same page is
 * measured from run to run of one dataset. Throws when a template has no page.
 */
export function siteTemplates(dist: string): Template[] {
  const templates: (Omit<Template, 'path'> & {path: string | undefined})[] = [
    {name: 'home', path: '/', scripts: false},
    {name: 'catalogue', path: '/san-pham/', scripts: true},
    {name: 'product', path: firstPage(dist, 'san-pham', ['nhom', 'sao', 'dia-ban', 'trang']), scripts: false},
    {name: 'producer', path: firstPage(dist, 'chu-the', ['nhom']), scripts: false},
    {name: 'craft village', path: firstPage(dist, 'lang-nghe'), scripts: false},
    {name: 'point of sale', path: firstPage(dist, 'diem-ban'), scripts: false},
    {name: 'event', path: firstPage(dist, 'su-kien'), scripts: false},
    {name: 'training', path: firstPage(dist, 'dao-tao'), scripts: false},
    {name: 'news', path: firstPage(dist, 'tin-tuc', ['trang']), scripts: false},
    {name: 'search', path: '/tim-kiem/', scripts: true},
    // With a query: the results are drawn after load, where layout shifts and blocking time come from.
    {name: 'search, "gom"', path: '/tim-kiem/?q=gom', scripts: true},
  ]
  const missing = templates.filter((template) => !template.path || !existsSync(path.join(dist, template.path.split('?')[0]!, 'index.html')))
  if (missing.length > 0) throw new Error(`No page to measure in ${dist} for: ${missing.map((template) => template.name).join(', ')}`)
  return templates as Template[]
}

/** The bare baseline's page of the same kind of document as the site's product page. */
export function baselineTemplate(dist: string): Template {
  const product = firstPage(dist, 'san-pham')
  if (!product) throw new Error(`No product page in the baseline's build ${dist}`)
  return {name: 'baseline product', path: product, scripts: false}
}

/** Bytes on the wire by kind of resource, compressed as sent. */
export interface Transfer {
  document: number
  stylesheet: number
  script: number
  font: number
  image: number
  other: number
  total: number
}

const emptyTransfer = (): Transfer => ({document: 0, stylesheet: 0, script: 0, font: 0, image: 0, other: 0, total: 0})

/** Everything a page downloads except its images: what stands between a phone and a readable page. */
export const beforeImages = (transfer: Transfer) => transfer.total - transfer.image

export interface Weighed {
  template: Template
  transfer: Transfer
  /** Script files and WebAssembly the page downloaded. */
  scriptRequests: number
}

/**
 * Loads each page once in a fresh 360 × 780 Chromium context (a first visit: empty cache) from the
 * static host at `origin` and adds up the compressed bytes of every response until the network is
 * quiet, by Chromium's kind of request.
 */
export async function weighTemplates(origin: string, templates: Template[], executablePath?: string): Promise<Weighed[]> {
  const browser = await chromium.launch({executablePath})
  const out: Weighed[] = []
  try {
    for (const template of templates) {
      const context = await browser.newContext({viewport: {width: 360, height: 780}, deviceScaleFactor: 2, isMobile: true, hasTouch: true})
      const page = await context.newPage()
      const sizes: Promise<{kind: keyof Transfer; bytes: number}>[] = []
      page.on('requestfinished', (request) => {
        sizes.push(
          request.sizes().then((size) => {
            const type = request.resourceType()
            const kind: keyof Transfer = type === 'document' || type === 'stylesheet' || type === 'script' || type === 'font' || type === 'image' ? type : 'other'
            return {kind: request.url().endsWith('.wasm') ? 'script' : kind, bytes: size.responseBodySize + size.responseHeadersSize}
          }),
        )
      })
      await page.goto(origin + template.path, {waitUntil: 'networkidle'})
      const transfer = emptyTransfer()
      let scriptRequests = 0
      for (const {kind, bytes} of await Promise.all(sizes)) {
        transfer[kind] += bytes
        transfer.total += bytes
        if (kind === 'script') scriptRequests++
      }
      out.push({template, transfer, scriptRequests})
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return out
}

export interface LighthouseFigures {
  template: Template
  scores: {performance: number; accessibility: number; bestPractices: number; seo: number}
  fcpMs: number
  lcpMs: number
  cls: number
  tbtMs: number
  transfer: Transfer
  /** What the largest paint was, from the median run: "text: H1" or "image: IMG". */
  lcpElement: string
  /** Lighthouse's CPU benchmark of this machine during the runs (median). */
  benchmarkIndex: number
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']

/** Transfer by kind from Lighthouse's resource summary. */
function transferOf(lhr: Lhr): Transfer {
  const transfer = emptyTransfer()
  const items = (lhr.audits['resource-summary']?.details as {items?: {resourceType: string; transferSize: number}[]} | undefined)?.items ?? []
  for (const item of items) {
    if (item.resourceType === 'total') transfer.total = item.transferSize
    else if (item.resourceType in transfer && item.resourceType !== 'other') transfer[item.resourceType as keyof Transfer] = item.transferSize
  }
  transfer.other = transfer.total - transfer.document - transfer.stylesheet - transfer.script - transfer.font - transfer.image
  return transfer
}

function lcpElementOf(lhr: Lhr): string {
  const details = lhr.audits['largest-contentful-paint-element']?.details as {items?: {items?: {node?: {nodeLabel?: string; selector?: string}}[]}[]} | undefined
  const node = details?.items?.[0]?.items?.[0]?.node
  if (!node?.selector) return 'unknown'
  const last = node.selector.split(/[\s>]+/).at(-1) ?? ''
  return `${/^img\b/i.test(last) ? 'image' : 'text'}: ${last.slice(0, 40)}`
}

/**
 * Lighthouse, mobile with its default simulated throttling, `runs` times per page, in one Chromium
 * (CHROMIUM_PATH, else /usr/bin/chromium when it exists); each figure is the median of its runs.
 */
export async function lighthouseTemplates(origin: string, templates: Template[], runs = 3, onPage?: (template: Template) => void): Promise<LighthouseFigures[]> {
  const chromePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const out: LighthouseFigures[] = []
  try {
    for (const template of templates) {
      onPage?.(template)
      const url = origin + template.path
      const lhrs: Lhr[] = []
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']})
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
        if (result.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`)
        lhrs.push(result.lhr)
      }
      const score = (id: string) => median(lhrs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)))
      const metric = (id: string) => median(lhrs.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN))
      const transfers = lhrs.map(transferOf)
      const transfer = Object.fromEntries(Object.keys(emptyTransfer()).map((kind) => [kind, median(transfers.map((t) => t[kind as keyof Transfer]))])) as unknown as Transfer
      const byLcp = [...lhrs].sort((a, b) => (a.audits['largest-contentful-paint']?.numericValue ?? 0) - (b.audits['largest-contentful-paint']?.numericValue ?? 0))
      out.push({
        template,
        scores: {performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo')},
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        cls: metric('cumulative-layout-shift'),
        tbtMs: metric('total-blocking-time'),
        transfer,
        lcpElement: lcpElementOf(byLcp[Math.floor(byLcp.length / 2)]!),
        benchmarkIndex: median(lhrs.map((lhr) => lhr.environment.benchmarkIndex)),
      })
    }
  } finally {
    await chrome.kill()
  }
  return out
}

/** The budgets a weighed page breaks, in words; none when it holds them. */
export function brokenWeightBudgets({template, transfer, scriptRequests}: Weighed): string[] {
  const broken: string[] = []
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  if (beforeImages(transfer) > PAGE_BUDGETS.beforeImagesBytes) broken.push(`${template.name} (${template.path}): ${kb(beforeImages(transfer))} before images, over ${kb(PAGE_BUDGETS.beforeImagesBytes)}`)
  if (!template.scripts && scriptRequests > 0) broken.push(`${template.name} (${template.path}): downloads ${scriptRequests} script(s), and should run none`)
  return broken
}

/** The Lighthouse budgets a page breaks (the bench's, not the tests': timings vary by machine). */
export function brokenLighthouseBudgets(figures: LighthouseFigures): string[] {
  const {template, scores} = figures
  const broken: string[] = []
  const where = `${template.name} (${template.path})`
  const low = Object.entries(scores).filter(([, score]) => score < PAGE_BUDGETS.score)
  if (low.length > 0) broken.push(`${where}: ${low.map(([id, score]) => `${id} ${score}`).join(', ')}, under ${PAGE_BUDGETS.score}`)
  if (figures.lcpMs > PAGE_BUDGETS.lcpMs) broken.push(`${where}: LCP ${Math.round(figures.lcpMs)} ms, over ${PAGE_BUDGETS.lcpMs} ms`)
  if (figures.cls > PAGE_BUDGETS.cls) broken.push(`${where}: CLS ${figures.cls.toFixed(3)}, over ${PAGE_BUDGETS.cls}`)
  if (beforeImages(figures.transfer) > PAGE_BUDGETS.beforeImagesBytes) broken.push(`${where}: ${(beforeImages(figures.transfer) / 1024).toFixed(1)} KB before images in Lighthouse, over ${PAGE_BUDGETS.beforeImagesBytes / 1024} KB`)
  return broken
}
