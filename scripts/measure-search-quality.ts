/**
 * How well search answers what visitors mean, measured in Chromium on a built sample site. A report
 * tool, not part of `npm test` (it states where search stands, and many rows fail today by design):
 *
 *   npx tsx scripts/measure-search-quality.ts [--dist dist] [--port 4465] [--json out.json]
 *
 * Types every query of tests/support/search-queries.ts into /tim-kiem/ on a 390 px phone, the
 * clock pinned to the sample's now (the site must be built as of it: `npm run build:test`), reads
 * the titles of the first page of results and the status line, and prints a Markdown table and:
 * - hit@1 and hit@5 over the rows that expect pages: the page meant (`top[0]`) first, in the top 5;
 * - honest empties over the rows that expect nothing: no result, and a status that says so and
 *   names the word that matched nothing;
 * - passes over all rows, as the table defines them.
 */
import {existsSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {chromium, type Page} from '@playwright/test'
import {sampleNow} from '../tests/support/clock.ts'
import {SEARCH_CASES, type SearchCase} from '../tests/support/search-queries.ts'
import {serve} from './lib/static-server.ts'
import {chromiumPath} from './lib/chromium.ts'

const NO_RESULT = /Không (tìm thấy|có) kết quả/
/** How long the status and the results must stay the same to count as the answer, and how long to wait for one. */
const SETTLED_MS = 300
const TIMEOUT_MS = 10_000

export interface Answer {
  /** The titles of the first page of results, in order. */
  titles: string[]
  status: string
  /** False when the page did not settle on an answer to the query in time. */
  answered: boolean
}

export interface Judged {
  query: string
  why: string
  expected: {top: string[]; within: number} | {unknown: string}
  titles: string[]
  status: string
  /** Where the page meant (`top[0]`) came, from 1; null when it did not come or none is meant. */
  rank: number | null
  hit1: boolean
  hit5: boolean
  pass: boolean
}

export interface QualityReport {
  dist: string
  asOf: string
  cases: Judged[]
  summary: {
    rows: number
    topRows: number
    hit1: number
    hit5: number
    unknownRows: number
    honestEmpty: number
    passed: number
  }
}

const tidy = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ')

/** Types a query on a fresh search page and reads its answer once the status and results have settled. */
async function ask(page: Page, origin: string, query: string): Promise<Answer> {
  await page.goto(`${origin}/tim-kiem/`)
  await page.locator('#q').fill(query)
  const echo = tidy(query).toLowerCase()
  const read = () =>
    page.evaluate(() => ({
      busy: document.querySelector('#search-results')?.getAttribute('aria-busy') === 'true',
      status: document.querySelector('#search-status')?.textContent ?? '',
      titles: [...document.querySelectorAll('#search-results .hit__title')].map((title) => title.textContent ?? ''),
    }))
  const deadline = Date.now() + TIMEOUT_MS
  let last = ''
  let since = Date.now()
  let seen = {busy: true, status: '', titles: [] as string[]}
  while (Date.now() < deadline) {
    seen = await read()
    const status = tidy(seen.status)
    const answers = !seen.busy && status !== '' && (status.toLowerCase().includes(echo) || NO_RESULT.test(status))
    const snapshot = answers ? JSON.stringify(seen) : ''
    if (snapshot !== last) {
      last = snapshot
      since = Date.now()
    } else if (answers && Date.now() - since >= SETTLED_MS) {
      return {titles: seen.titles.map(tidy), status, answered: true}
    }
    await page.waitForTimeout(50)
  }
  return {titles: seen.titles.map(tidy), status: tidy(seen.status), answered: false}
}

/** Judges an answer against its row of the table. */
export function judge(row: SearchCase, answer: Answer): Judged {
  const {query, why} = row
  const {titles, status} = answer
  if ('unknown' in row) {
    const named = status.toLowerCase().includes(tidy(row.unknown).toLowerCase())
    const pass = answer.answered && titles.length === 0 && NO_RESULT.test(status) && named
    return {query, why, expected: {unknown: row.unknown}, titles, status, rank: null, hit1: false, hit5: false, pass}
  }
  const within = row.within ?? 3
  const index = titles.indexOf(tidy(row.top[0]!))
  const pass = answer.answered && row.top.every((title) => {
    const at = titles.indexOf(tidy(title))
    return at >= 0 && at < within
  })
  return {query, why, expected: {top: row.top, within}, titles, status, rank: index >= 0 ? index + 1 : null, hit1: index === 0, hit5: index >= 0 && index < 5, pass}
}

export async function measureSearchQuality(dist: string, port: number, cases: SearchCase[] = SEARCH_CASES): Promise<QualityReport> {
  const server = await serve(dist, port)
  const executablePath = chromiumPath()
  const browser = await chromium.launch({executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']})
  try {
    const context = await browser.newContext({viewport: {width: 390, height: 844}, deviceScaleFactor: 3, isMobile: true, hasTouch: true})
    // Upcoming and past are the build's and the page's view of today: both the sample's now.
    await context.clock.setFixedTime(sampleNow())
    const page = await context.newPage()
    const judged: Judged[] = []
    for (const row of cases) {
      const answer = await ask(page, `http://127.0.0.1:${port}`, row.query)
      judged.push(judge(row, answer))
      if (process.env.VERBOSE) console.error(JSON.stringify(row.query), '→', answer.titles.slice(0, 3).join(' | ') || answer.status)
    }
    const topRows = judged.filter((row) => 'top' in row.expected)
    const unknownRows = judged.filter((row) => 'unknown' in row.expected)
    return {
      dist,
      asOf: sampleNow().toISOString(),
      cases: judged,
      summary: {
        rows: judged.length,
        topRows: topRows.length,
        hit1: topRows.filter((row) => row.hit1).length,
        hit5: topRows.filter((row) => row.hit5).length,
        unknownRows: unknownRows.length,
        honestEmpty: unknownRows.filter((row) => row.pass).length,
        passed: judged.filter((row) => row.pass).length,
      },
    }
  } finally {
    await browser.close()
    server.close()
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')
const percent = (count: number, total: number) => `${count}/${total} (${total ? Math.round((100 * count) / total) : 0} %)`

/** The report as Markdown: the summary, then one row per query. */
export function markdown(report: QualityReport): string {
  const {summary} = report
  const lines = [
    `Search quality on ${report.dist}, as of ${report.asOf} (tests/support/search-queries.ts, ${summary.rows} queries)`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| hit@1: the page meant comes first (${summary.topRows} queries) | ${percent(summary.hit1, summary.topRows)} |`,
    `| hit@5: the page meant is in the top 5 | ${percent(summary.hit5, summary.topRows)} |`,
    `| honest empty: no result, said so, the unknown word named (${summary.unknownRows} queries) | ${percent(summary.honestEmpty, summary.unknownRows)} |`,
    `| rows passed, as the table defines them | ${percent(summary.passed, summary.rows)} |`,
    '',
    '| query | expected | meant at | first 3 results | pass |',
    '| --- | --- | --- | --- | --- |',
  ]
  for (const row of report.cases) {
    const expected =
      'unknown' in row.expected
        ? `no result, naming “${row.expected.unknown}”`
        : `${row.expected.top.join(' · ')} ${row.expected.within === 1 ? 'first' : `in the top ${row.expected.within}`}`
    const shown = row.titles.length > 0 ? `${row.titles.slice(0, 3).join(' · ')}${row.titles.length > 3 ? ` (+${row.titles.length - 3})` : ''}` : `(none) ${row.status}`
    const rank = 'unknown' in row.expected ? '' : (row.rank ?? '–')
    const query = `\`${JSON.stringify(row.query).slice(1, -1).replace(/\|/g, '\\|')}\`${row.query === row.query.normalize('NFC') ? '' : ' (NFD)'}`
    lines.push(`| ${query} | ${cell(expected)} | ${rank} | ${cell(shown)} | ${row.pass ? 'yes' : '**no**'} |`)
  }
  return lines.join('\n')
}

async function main() {
  const {values} = parseArgs({options: {dist: {type: 'string', default: 'dist'}, port: {type: 'string', default: '4465'}, json: {type: 'string'}}})
  const dist = path.resolve(values.dist as string)
  if (!existsSync(path.join(dist, 'tim-kiem/index.html'))) {
    console.error(`No built site with a search page in ${dist}. Build it as of the sample's now first: npm run build:test -- --outDir ${values.dist}`)
    process.exit(2)
  }
  const report = await measureSearchQuality(dist, Number(values.port))
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`)
  console.log(markdown(report))
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
