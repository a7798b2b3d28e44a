/**
 * Lighthouse (mobile, the default form factor) on a built site: the home page, a product page, an
 * event page and the search page. A report tool, not part of `npm test`:
 *
 *   npx tsx scripts/lighthouse.ts [--dist dist] [--port 4461] [--runs 1] [--out folder-for-json-reports]
 *
 * Serves the build with a small static server (directory URLs, gzip, long caching of /_astro/,
 * 404.html for missing addresses, as a static host does), runs Lighthouse in Chromium
 * (CHROMIUM_PATH, else /usr/bin/chromium), prints the four category scores per page and, for any
 * score below 95, the audits that cost points. Exits 1 when a score is below 95 or a page is missing.
 * Performance varies from run to run on a busy machine: `--runs 3` measures each page three times
 * and keeps the run with the median performance score, as Lighthouse's documentation advises.
 */
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import {htmlPages, onePerTemplate} from '../tests/quality/site.ts'
import {serve} from './lib/static-server.ts'

const MINIMUM = 95
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

const {values} = parseArgs({
  options: {
    dist: {type: 'string', default: 'dist'},
    port: {type: 'string', default: '4461'},
    runs: {type: 'string', default: '1'},
    out: {type: 'string'},
  },
})
const dist = path.resolve(values.dist as string)
const port = Number(values.port)
const runs = Math.max(1, Number(values.runs) || 1)

/** The pages to measure: the first product and event pages of the build. */
function targets(): {name: string; path: string | undefined}[] {
  const sample = onePerTemplate(htmlPages(dist))
  const firstOf = (pattern: RegExp) => sample.find((page) => pattern.test(page.route))?.url
  return [
    {name: 'home', path: '/'},
    {name: 'product', path: firstOf(/^san-pham\/\[[^/]+\]$/)},
    {name: 'event', path: firstOf(/^su-kien\/\[[^/]+\]$/)},
    // With a query: the results are drawn after load, where layout shifts and blocking time come from.
    {name: 'search', path: existsSync(path.join(dist, 'tim-kiem/index.html')) ? '/tim-kiem/?q=gom' : undefined},
  ]
}

async function main() {
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`No built site in ${dist} (no index.html). Build it first: npx astro build --outDir ${values.dist}`)
    process.exit(2)
  }
  const chromePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  const server = await serve(dist, port)
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const rows: {name: string; path: string; scores: Record<string, number | null>}[] = []
  const benchmarks: number[] = []
  const details: string[] = []
  const missing: string[] = []
  try {
    for (const target of targets()) {
      if (!target.path) {
        missing.push(target.name)
        continue
      }
      const url = `http://127.0.0.1:${port}${target.path}`
      console.error(`Lighthouse: ${url}`)
      const results = []
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES]})
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
        if (result.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`)
        results.push(result.lhr)
      }
      // The run with the median performance score.
      results.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))
      const lhr = results[Math.floor((results.length - 1) / 2)]
      if (values.out) {
        mkdirSync(values.out, {recursive: true})
        writeFileSync(path.join(values.out, `${target.name}.json`), JSON.stringify(lhr, null, 2))
      }
      benchmarks.push(Math.round(lhr.environment.benchmarkIndex))
      const scores: Record<string, number | null> = {}
      for (const id of CATEGORIES) {
        const category = lhr.categories[id]
        const score = category?.score == null ? null : Math.round(category.score * 100)
        scores[id] = score
        if (score !== null && score >= MINIMUM) continue
        // The audits that cost points: the heaviest first.
        const failing = (category?.auditRefs ?? [])
          .map((ref) => ({ref, audit: lhr.audits[ref.id]}))
          .filter(({audit}) => audit && audit.score !== null && audit.score < 1 && !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode))
          .sort((a, b) => b.ref.weight - a.ref.weight || (a.audit.score ?? 0) - (b.audit.score ?? 0))
          .map(({ref, audit}) => `    - ${audit.id} (weight ${ref.weight}, score ${audit.score}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`)
        details.push(`${target.name} ${target.path}: ${id} ${score ?? 'no score'}\n${failing.join('\n') || '    (no scored audit failed)'}`)
      }
      rows.push({name: target.name, path: target.path, scores})
    }
  } finally {
    await chrome.kill()
    server.close()
  }

  const header = ['page', 'path', ...CATEGORIES]
  const lines = rows.map((row) => [row.name, row.path, ...CATEGORIES.map((id) => String(row.scores[id] ?? '—'))])
  const widths = header.map((cell, i) => Math.max(cell.length, ...lines.map((line) => line[i].length)))
  const format = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  console.log(format(header))
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`)
  for (const line of lines) console.log(format(line))
  // Lighthouse's CPU benchmark of this machine: a busy or slow one (well under ~1000) inflates Total Blocking Time.
  if (benchmarks.length > 0) console.log(`\nCPU benchmark index of this machine: ${benchmarks.join(', ')}`)
  if (details.length > 0) console.log(`\nBelow ${MINIMUM}:\n${details.join('\n')}`)
  if (missing.length > 0) console.log(`\nNot in the build, not measured: ${missing.join(', ')}`)
  process.exit(details.length > 0 || missing.length > 0 ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
