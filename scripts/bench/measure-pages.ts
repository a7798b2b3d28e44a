/**
 * Measures the pages of scripts/bench/pages.ts in Chromium: their bytes with Playwright, their
 * timings and scores with Lighthouse.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import {chromium} from 'playwright'
import {chromiumPath} from '../lib/chromium.ts'
import {bytesOfSeen} from '../measure-search.ts'
import {emptyTransfer, kindOf, median, type LighthouseFigures, type Template, type Transfer, type Weighed} from './pages.ts'


/**
 * Loads each page once in a fresh 360 × 780 Chromium context (a first visit: empty cache) from the
 * static host at `origin` and adds up the compressed bytes of every response until the network is
 * quiet, by Chromium's kind of request.
 */
export async function weighTemplates(origin: string, templates: Template[]): Promise<Weighed[]> {
  const browser = await chromium.launch({executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']})
  const out: Weighed[] = []
  try {
    for (const template of templates) {
      const context = await browser.newContext({viewport: {width: 360, height: 780}, deviceScaleFactor: 2, isMobile: true, hasTouch: true})
      const page = await context.newPage()
      const sizes: Promise<{kind: keyof Transfer; bytes: number}>[] = []
      page.on('requestfinished', (request) => {
        sizes.push(bytesOfSeen(request).then((bytes) => ({kind: kindOf(request.url(), request.resourceType()), bytes})))
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

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']

/** Transfer by kind from Lighthouse's list of the page's requests. */
function transferOf(lhr: Lhr): Transfer {
  const transfer = emptyTransfer()
  const items = (lhr.audits['network-requests']?.details as {items?: {url: string; resourceType?: string; transferSize?: number}[]} | undefined)?.items ?? []
  for (const item of items) {
    if (!/^https?:/.test(item.url)) continue
    const bytes = item.transferSize ?? 0
    transfer[kindOf(item.url, item.resourceType ?? 'other')] += bytes
    transfer.total += bytes
  }
  return transfer
}

function lcpElementOf(lhr: Lhr): string {
  const details = lhr.audits['lcp-breakdown-insight']?.details as {items?: {type?: string; selector?: string}[]} | undefined
  const selector = details?.items?.find((item) => item.type === 'node')?.selector
  if (!selector) return 'unknown'
  const last = selector.split(/\s*>\s*|\s+/).at(-1) ?? ''
  return `${/^img\b/i.test(last) ? 'image' : 'text'}: ${selector.split(/\s*>\s*/).slice(-2).join(' > ').slice(0, 60)}`
}

/**
 * Lighthouse, mobile with its default simulated throttling, `runs` times per page, in one Chromium
 * (CHROMIUM_PATH, else /usr/bin/chromium when it exists); each figure is the median of its runs.
 */
export async function lighthouseTemplates(origin: string, templates: Template[], runs = 3, onPage?: (template: Template) => void): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
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

