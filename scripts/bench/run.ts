/**
 * The benchmark: builds the site from generated catalogues of several sizes and measures what the
 * issue asks (build time and memory, time per page, Pagefind index, search and catalogue-filter bytes in
 * Chromium, page weights), next to a baseline (bench/baseline/: plain Astro and Pagefind over the same documents).
 *
 *   npm run bench                       # 500, 3,500 and 15,000 products → bench/RESULTS.md
 *   npm run bench -- --sizes 3500       # one size
 *   npm run bench -- --smoke            # 100 products, dataset validated, report in bench/.work/smoke/
 *   npm run bench -- --publish-at 500   # time a publish at another size (default 3,500; 0: none)
 *
 * Builds run one after another (never two Astro builds at once in one checkout), each cold: a new
 * output folder and an empty cache folder of its own. Exits 1 when a budget is broken or a step
 * fails, 2 on wrong arguments.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {measureCatalogue} from '../measure-catalogue.ts'
import {measureSearch} from '../measure-search.ts'
import {generateDataset, writeDataset} from '../synthetic-dataset/dataset.ts'
import {lighthouseTemplates, weighTemplates} from './measure-pages.ts'
import {weighPage} from './page-weight.ts'
import {baselineTemplate, siteTemplates, type PagesResult} from './pages.ts'
import {measurePublishLatency} from './publish-latency.ts'
import {runMeasured} from './process-tree.ts'
import {serve} from '../lib/static-server.ts'
import {brokenBudgets, BUDGETS, buildPhases, htmlCssGzip, renderReport, seconds, type BuildFigures, type SizeResult} from './report.ts'

const root = path.resolve(import.meta.dirname, '../..')
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs')

const {values} = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    sizes: {type: 'string', default: '500,3500,15000'},
    smoke: {type: 'boolean', default: false},
    check: {type: 'boolean', default: false},
    out: {type: 'string'},
    json: {type: 'string'},
    port: {type: 'string', default: '4480'},
    runs: {type: 'string', default: '15'},
    // The catalogue size at which a publish is timed (scripts/bench/publish-latency.ts); 0: not at all.
    'publish-at': {type: 'string', default: '3500'},
  },
})
const sizes = values.smoke ? [100] : values.sizes.split(',').map((size) => Number(size.trim()))
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`--sizes takes positive whole numbers separated by commas, got "${values.sizes}"`)
  process.exit(2)
}
const work = path.join(root, 'bench/.work', values.smoke ? 'smoke' : 'bench')
const outFile = path.resolve(values.out ?? (values.smoke ? path.join(work, 'RESULTS.md') : path.join(root, 'bench/RESULTS.md')))
const port = Number(values.port)
const runs = values.smoke ? 3 : Number(values.runs)
// The smoke run proves the generated dataset passes the Studio's rules; for the big sizes it is optional (slow).
const check = values.smoke || values.check

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

/** Every file under `dir` with its size. */
function files(dir: string): {file: string; bytes: number}[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({file, bytes: statSync(file).size}))
}

/**
 * A cold build, measured: the site's as `npm run build` does it (scripts/build.ts: `astro build`,
 * then the finish once Astro has exited), the baseline's with `astro build`. Stops the bench with
 * its log when it fails.
 */
async function build(kind: 'site' | 'baseline', dataset: string, outDir: string): Promise<BuildFigures> {
  const cacheDir = `${outDir}-cache`
  rmSync(outDir, {recursive: true, force: true})
  rmSync(cacheDir, {recursive: true, force: true})
  const args = kind === 'site' ? ['--import', 'tsx', path.join(root, 'scripts/build.ts'), '--outDir', outDir] : [astro, 'build', '--outDir', outDir, '--root', path.join(root, 'bench/baseline')]
  const run = await runMeasured(process.execPath, args, {cwd: root, env: {CONTENT_SOURCE: 'local', CONTENT_DATASET: dataset, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1'}})
  writeFileSync(`${outDir}.log`, run.lines.map((line) => `${(line.ms / 1000).toFixed(2).padStart(8)} ${line.text}`).join('\n'))
  if (run.exitCode !== 0) {
    console.error(run.lines.slice(-40).map((line) => line.text).join('\n'))
    throw new Error(`The ${kind} build failed (exit ${run.exitCode}); its log is in ${outDir}.log`)
  }
  const pages = files(outDir).filter(({file}) => file.endsWith('.html')).length
  log(`${kind}: ${pages} pages in ${seconds(run.wallMs)}, peak ${Math.round(run.peakRssBytes / 1024 ** 2)} MB`)
  return {wallMs: run.wallMs, peakRssBytes: run.peakRssBytes, pages, phases: kind === 'site' ? buildPhases(run.lines, run.wallMs) : [], load: run.load}
}

/** Listing pages under /san-pham/ that are not products. */
const LISTINGS = new Set(['nhom', 'sao', 'dia-ban', 'trang'])

function weighProductPages(dist: string): SizeResult['productPages'] {
  const routes = readdirSync(path.join(dist, 'san-pham'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && !LISTINGS.has(entry.name))
    .map((entry) => `/san-pham/${entry.name}/`)
  const weights = routes.map((route) => ({route, ...weighPage(dist, route)}))
  const sorted = [...weights].sort((a, b) => htmlCssGzip(a) - htmlCssGzip(b))
  return {
    count: weights.length,
    heaviest: sorted.at(-1)!,
    medianHtmlCssGzip: htmlCssGzip(sorted[Math.floor(sorted.length / 2)]!),
    withJs: weights.filter((weight) => weight.jsGzip > BUDGETS.productPageJsGzip).length,
  }
}

/**
 * One page of every template of the site and the baseline's page: weighed on a phone, and in a full
 * bench measured with Lighthouse (median of three runs each), the baseline in the same run.
 */
async function measurePages(products: number, siteDir: string, baselineDir: string): Promise<PagesResult> {
  const site = siteTemplates(siteDir)
  const baseline = baselineTemplate(baselineDir)
  const sitePort = port + 1
  const baselinePort = port + 2
  const servers = await Promise.all([serve(siteDir, sitePort), serve(baselineDir, baselinePort)])
  try {
    const weighed = await weighTemplates(`http://127.0.0.1:${sitePort}`, site)
    const [baselineWeighed] = await weighTemplates(`http://127.0.0.1:${baselinePort}`, [baseline])
    log(`pages: ${weighed.length} templates weighed`)
    if (values.smoke) return {products, weighed, baselineWeighed: baselineWeighed!}
    const lighthouseRuns = 3
    const lighthouse = await lighthouseTemplates(`http://127.0.0.1:${sitePort}`, site, lighthouseRuns, (template) => log(`Lighthouse: ${template.name}`))
    const [baselineLighthouse] = await lighthouseTemplates(`http://127.0.0.1:${baselinePort}`, [baseline], lighthouseRuns)
    return {products, weighed, baselineWeighed: baselineWeighed!, lighthouse, baselineLighthouse, runs: lighthouseRuns}
  } finally {
    for (const server of servers) server.close()
  }
}

async function measureSize(products: number, withPages: boolean): Promise<SizeResult> {
  const dir = path.join(work, String(products))
  mkdirSync(dir, {recursive: true})
  const datasetDir = path.join(dir, 'dataset')
  const generated = generateDataset(products, path.join(root, 'content'))
  writeDataset(generated, path.join(root, 'content'), datasetDir)
  const dataset = path.join(datasetDir, 'data.ndjson')
  const documents: Record<string, number> = {}
  for (const doc of generated.docs) documents[doc._type] = (documents[doc._type] ?? 0) + 1
  log(`${products} products: ${generated.docs.length} documents in ${path.relative(root, datasetDir)}`)

  if (check) {
    const started = performance.now()
    // content:check runs through `sanity exec` (the Studio's schema); it exits 1 on any error.
    execFileSync('npm', ['run', '--silent', 'content:check', '--', '--dataset', dataset, '--quiet'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']})
    log(`content:check: no errors (${seconds(performance.now() - started)})`)
  }

  const siteDir = path.join(dir, 'site')
  const site = await build('site', dataset, siteDir)
  const baseline = await build('baseline', dataset, path.join(dir, 'baseline'))
  const index = files(path.join(siteDir, 'pagefind'))
  const cost = await measureSearch(siteDir, port, runs)
  log(`search: first query ${Math.round(cost.firstSearchBytes / 1024)} KB, median ${Math.round(cost.medianMs)} ms`)
  const catalogue = await measureCatalogue(siteDir, port)
  log(`catalogue: first filter ${Math.round(catalogue.firstFilterBytes / 1024)} KB (${catalogue.first}), the next ${Math.round(catalogue.nextFilterBytes / 1024)} KB`)
  const pages = withPages ? await measurePages(products, siteDir, path.join(dir, 'baseline')) : undefined
  const publish = !values.smoke && products === Number(values['publish-at']) ? await measurePublishLatency(root, dataset, dir, log) : undefined
  return {
    products,
    documents,
    site,
    baseline,
    pagefind: {bytes: index.reduce((sum, entry) => sum + entry.bytes, 0), files: index.length},
    search: {pageBytes: cost.pageBytes, firstSearchBytes: cost.firstSearchBytes, nextSearchBytes: cost.nextSearchBytes, medianMs: cost.medianMs},
    catalogue: {pageBytes: catalogue.pageBytes, firstFilterBytes: catalogue.firstFilterBytes, nextFilterBytes: catalogue.nextFilterBytes},
    home: weighPage(siteDir, '/'),
    productPages: weighProductPages(siteDir),
    ...(pages ? {pages} : {}),
    ...(publish ? {publish} : {}),
  }
}

const results: SizeResult[] = []
try {
  for (const size of sizes) results.push(await measureSize(size, results.length === 0))
} catch (error) {
  console.error(`The bench stopped: ${(error as Error).message}`)
  process.exit(1)
}

const notesFile = path.join(root, 'bench/NOTES.md')
const report = renderReport(
  results,
  {
    cores: os.cpus().length,
    memoryBytes: os.totalmem(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    node: process.versions.node,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  },
  {
    title: values.smoke ? 'Benchmark smoke run' : 'Benchmark results',
    notes: !values.smoke && existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '',
  },
)
mkdirSync(path.dirname(outFile), {recursive: true})
writeFileSync(outFile, report)
if (values.json) writeFileSync(path.resolve(values.json), JSON.stringify(results, null, 2))
log(`report written to ${path.relative(root, outFile)}`)
const broken = results.flatMap(brokenBudgets)
for (const line of broken) console.error(`Budget broken: ${line}`)
process.exit(broken.length > 0 ? 1 : 0)
