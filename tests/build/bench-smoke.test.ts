import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import type {SizeResult} from '../../scripts/bench/report'

// The benchmark at 100 products, so that it never rots: generate, validate with the Studio's rules,
// build the site and the baseline, measure search in Chromium and weigh the pages, within budget.
// Runs with the other build tests, one at a time (two Astro builds at once share their caches).
const root = fileURLToPath(new URL('../..', import.meta.url))
const scratch = mkdtempSync(path.join(tmpdir(), 'ocop-bench-smoke-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

function bench(args: string[]): Promise<{status: number | null; output: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/bench/run.ts', ...args], {cwd: root, env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1'}, timeout: 280_000})
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({status, output}))
  })
}

describe('npm run bench -- --smoke', () => {
  it('builds a generated catalogue of 100 products and its baseline, and reports every figure within budget', {timeout: 300_000}, async () => {
    const report = path.join(scratch, 'RESULTS.md')
    const json = path.join(scratch, 'results.json')
    const run = await bench(['--smoke', '--out', report, '--json', json, '--port', '4481'])
    expect(run.status, run.output).toBe(0)
    expect(run.output).toMatch(/content:check: no errors/)

    const [result] = JSON.parse(readFileSync(json, 'utf8')) as SizeResult[]
    expect(result!.products).toBe(100)
    expect(result!.documents.product).toBe(100)
    // Every product has its page, besides the listings and the other documents' pages.
    expect(result!.productPages.count).toBe(100)
    expect(result!.site.pages).toBeGreaterThan(result!.baseline.pages)
    expect(result!.site.wallMs).toBeGreaterThan(result!.baseline.wallMs)
    expect(result!.site.peakRssBytes).toBeGreaterThan(100 * 1024 ** 2)
    expect(result!.pagefind.files).toBeGreaterThan(1)
    expect(result!.search.firstSearchBytes).toBeGreaterThan(20 * 1024)
    expect(result!.productPages.withJs).toBe(0)
    // One page of every template, weighed on a phone: within 30 KB before images, no script where none is needed.
    const pages = result!.pages!
    expect(pages.weighed.map((page) => page.template.name)).toEqual(['home', 'catalogue', 'product', 'producer', 'craft village', 'point of sale', 'event', 'training', 'news', 'search', 'search, "gom"'])
    for (const {template, transfer, scriptRequests} of pages.weighed) {
      expect(transfer.document, template.name).toBeGreaterThan(2 * 1024)
      expect(transfer.total - transfer.image - transfer.search, template.name).toBeLessThanOrEqual(30 * 1024)
      if (!template.scripts) expect(scriptRequests, template.name).toBe(0)
    }
    expect(pages.weighed.find((page) => page.template.name === 'search, "gom"')!.transfer.search, 'the search with a query loads Pagefind').toBeGreaterThan(20 * 1024)
    expect(pages.baselineWeighed.transfer.document).toBeGreaterThan(0)

    const markdown = readFileSync(report, 'utf8')
    expect(markdown).toMatch(/\| \*\*site ÷ baseline\*\* \| \*\*\d+\.\d×\*\* \|/)
    expect(markdown).toMatch(/on \d+ cores .*GB of memory/)
    expect(markdown).toMatch(/## Pages on a phone \(first visit, 100-product catalogue\)/)
    expect(markdown).toContain('Every budget holds.')
  })
})
