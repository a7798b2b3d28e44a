/**
 * Lighthouse (mobile, simulated slow 4G) on one page of every template of a built site, with the
 * page budgets of `npm run bench` (scripts/bench/pages.ts). A report tool, not part of `npm test`:
 *
 *   npx tsx scripts/lighthouse.ts [--dist dist] [--port 4461] [--runs 3] [--only product,search]
 *
 * Serves the build with the bench's static host (directory URLs, gzip, long caching of /_astro/),
 * prints the median of `--runs` runs per page and exits 1 when a page breaks a budget.
 * Timings vary with the machine and its load: compare them within one run.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {lighthouseTemplates} from './bench/measure-pages.ts'
import {beforeImages, brokenLighthouseBudgets, siteTemplates} from './bench/pages.ts'
import {serve} from './lib/static-server.ts'

const {values} = parseArgs({
  options: {
    dist: {type: 'string', default: 'dist'},
    port: {type: 'string', default: '4461'},
    runs: {type: 'string', default: '3'},
    only: {type: 'string'},
  },
})
const dist = path.resolve(values.dist)
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`No built site in ${dist} (no index.html). Build it first: npm run build -- --outDir ${values.dist}`)
  process.exit(2)
}
const only = values.only?.split(',').map((name) => name.trim())
const templates = siteTemplates(dist).filter((template) => !only || only.includes(template.name))
const origin = `http://127.0.0.1:${values.port}`
const server = await serve(dist, Number(values.port))
try {
  const figures = await lighthouseTemplates(origin, templates, Math.max(1, Number(values.runs) || 1), (template) => console.error(`Lighthouse: ${origin}${template.path}`))
  const kb = (bytes: number) => (bytes / 1024).toFixed(1)
  console.log('| page | perf | a11y | best | seo | FCP ms | LCP ms | CLS | TBT ms | KB before images | KB fonts | KB images | LCP element |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
  for (const f of figures) {
    const {performance, accessibility, bestPractices, seo} = f.scores
    console.log(`| ${f.template.name} | ${performance} | ${accessibility} | ${bestPractices} | ${seo} | ${Math.round(f.fcpMs)} | ${Math.round(f.lcpMs)} | ${f.cls.toFixed(3)} | ${Math.round(f.tbtMs)} | ${kb(beforeImages(f.transfer))} | ${kb(f.transfer.font)} | ${kb(f.transfer.image)} | ${f.lcpElement} |`)
  }
  console.log(`\nLighthouse's CPU benchmark of this machine: ${figures.map((f) => Math.round(f.benchmarkIndex)).join(', ')}`)
  const broken = figures.flatMap(brokenLighthouseBudgets)
  for (const line of broken) console.log(`Budget broken: ${line}`)
  process.exitCode = broken.length > 0 ? 1 : 0
} finally {
  server.close()
}
