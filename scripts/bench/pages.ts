/**
 * The bench's pages section: one page of every template, as a phone on a first visit gets it.
 * Which pages, the budgets and the report's section; the measuring is in measure-pages.ts:
 *
 * - `weighTemplates` loads each page in Chromium at 360 px through the static host (gzip, as a web
 *   server sends it) and adds up what arrives by kind: no Lighthouse, fast enough for the smoke run
 *   of `npm test`, which checks the bytes and no-JavaScript budgets.
 * - `lighthouseTemplates` runs Lighthouse (mobile, simulated slow 4G and a 4× slower CPU) three
 *   times per page and keeps the median of each figure: scores, FCP, LCP, CLS, TBT, bytes by kind.
 */
import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'

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
  /**
   * Whether the page may run scripts: search and the catalogue's filters; the pages that show an
   * event's or a training's status, which the browser updates from today's date (1 KB); the places'
   * pages and products (a map's loader, "Đang mở cửa", "Gần tôi"); not the others.
   */
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
    {name: 'home', path: '/', scripts: true},
    {name: 'catalogue', path: '/san-pham/', scripts: true},
    {name: 'product', path: firstPage(dist, 'san-pham', ['nhom', 'sao', 'dia-ban', 'trang']), scripts: true},
    {name: 'producer', path: firstPage(dist, 'chu-the', ['nhom']), scripts: false},
    {name: 'craft village', path: firstPage(dist, 'lang-nghe'), scripts: true},
    {name: 'point of sale', path: firstPage(dist, 'diem-ban'), scripts: true},
    {name: 'event', path: firstPage(dist, 'su-kien'), scripts: true},
    {name: 'training', path: firstPage(dist, 'dao-tao'), scripts: true},
    {name: 'news', path: firstPage(dist, 'tin-tuc', ['trang']), scripts: true},
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
  /** Pagefind's runtime, WebAssembly and index, which only search and the catalogue's filters load. */
  search: number
  other: number
  total: number
}

export const emptyTransfer = (): Transfer => ({document: 0, stylesheet: 0, script: 0, font: 0, image: 0, search: 0, other: 0, total: 0})

/** The kind of a response, from its address and the browser's kind of request (Playwright's or Lighthouse's, any case). */
export function kindOf(url: string, resourceType: string): Exclude<keyof Transfer, 'total'> {
  if (new URL(url).pathname.startsWith('/pagefind/')) return 'search'
  const type = resourceType.toLowerCase()
  return type === 'document' || type === 'stylesheet' || type === 'script' || type === 'font' || type === 'image' ? type : 'other'
}

/**
 * What a page downloads before its images, search's engine and index aside: what stands between a
 * phone and a readable page. The search engine has its own budget (opening search, measured by
 * scripts/measure-search.ts).
 */
export const beforeImages = (transfer: Transfer) => transfer.total - transfer.image - transfer.search

export interface Weighed {
  template: Template
  transfer: Transfer
  /** Script files the page downloaded, search's engine aside. */
  scriptRequests: number
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

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
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

/** The pages section of a bench result: measured once, on the first catalogue size. */
export interface PagesResult {
  /** The catalogue size the pages come from. */
  products: number
  weighed: Weighed[]
  baselineWeighed: Weighed
  /** Only in a full bench (`npm run bench`), not in the smoke run. */
  lighthouse?: LighthouseFigures[]
  baselineLighthouse?: LighthouseFigures
  runs?: number
}

/** Every budget the pages break: bytes and scripts always, Lighthouse's when it ran. */
export function brokenPagesBudgets(pages: PagesResult): string[] {
  return [...pages.weighed.flatMap(brokenWeightBudgets), ...(pages.lighthouse ?? []).flatMap(brokenLighthouseBudgets)]
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`

/** The report's section on the pages, as markdown. */
export function renderPagesSection(pages: PagesResult): string {
  const weights = [...pages.weighed, pages.baselineWeighed]
  const weightRows = weights.map(({template, transfer, scriptRequests}) =>
    `| ${template.name} | ${kb(transfer.document)} | ${kb(transfer.stylesheet)} | ${kb(transfer.script)}${scriptRequests > 0 ? ` (${scriptRequests})` : ''} | ${kb(transfer.font)} | ${kb(transfer.other)} | **${kb(beforeImages(transfer))}** | ${kb(transfer.image)} | ${kb(transfer.search)} |`,
  )
  const lighthouse = pages.lighthouse && pages.baselineLighthouse ? [...pages.lighthouse, pages.baselineLighthouse] : undefined
  const base = pages.baselineLighthouse
  const lighthouseTable = lighthouse
    ? `
Lighthouse in Chromium, mobile (simulated slow 4G, 4× CPU slowdown), median of ${pages.runs ?? 3} runs per page, next to
the bare baseline's page (one template, no layout, no images) measured in the same run; "÷" is the
page's largest paint as a multiple of the baseline's.

| page | performance | accessibility | best practices | SEO | FCP | **LCP** | LCP ÷ baseline | CLS | TBT | before images | largest paint |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${lighthouse
  .map((f) => `| ${f.template.name} | ${f.scores.performance} | ${f.scores.accessibility} | ${f.scores.bestPractices} | ${f.scores.seo} | ${ms(f.fcpMs)} | **${ms(f.lcpMs)}** | ${base ? `${(f.lcpMs / base.lcpMs).toFixed(2)}×` : '–'} | ${f.cls.toFixed(3)} | ${ms(f.tbtMs)} | ${kb(beforeImages(f.transfer))} | ${f.lcpElement} |`)
  .join('\n')}

Lighthouse's CPU benchmark of this machine during these runs: ${Math.round(median(lighthouse.map((f) => f.benchmarkIndex)))} (median).
`
    : '\nLighthouse timings are measured by `npm run bench`, not by the smoke run.\n'
  return `## Pages on a phone (first visit, ${pages.products.toLocaleString('en')}-product catalogue)

One page of every template, loaded once in Chromium at 360 px with an empty cache; bytes on the wire
as the web server sends them (gzip), by kind, until the network is quiet ("before images":
everything but images and Pagefind's engine and index, which search and the catalogue's filters load
and which have their own budget above; scripts with the number of files). Pages: ${pages.weighed.map((w) => `${w.template.name} \`${w.template.path}\``).join(', ')}.

| page | HTML | CSS | scripts | fonts | other | **before images** | images | search engine and index |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${weightRows.join('\n')}
${lighthouseTable}
Budgets for every page: at most ${kb(PAGE_BUDGETS.beforeImagesBytes)} before images, no script on a page that needs none;
and in Lighthouse: scores ${PAGE_BUDGETS.score}, largest paint within ${ms(PAGE_BUDGETS.lcpMs)}, layout shift ${PAGE_BUDGETS.cls}.
`
}
