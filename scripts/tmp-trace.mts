import {chromium} from 'playwright'
import {chromiumPath} from './lib/chromium.ts'
const url = process.argv[2]!
const browser = await chromium.launch({executablePath: chromiumPath(), args: ['--no-sandbox']})
const ctx = await browser.newContext({viewport: {width: 412, height: 823}, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true})
const page = await ctx.newPage()
const cdp = await ctx.newCDPSession(page)
await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4})
await browser.startTracing(page, {categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8', 'toplevel']})
await page.goto(url, {waitUntil: 'networkidle'})
await page.waitForTimeout(1000)
const buf = await browser.stopTracing()
const trace = JSON.parse(buf.toString())
const events = trace.traceEvents ?? trace
// main renderer thread: find CrRendererMain
const main = events.find((e: any) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
const tid = main?.tid, pid = main?.pid
const agg = new Map<string, number>()
for (const e of events) if (e.ph === 'X' && e.tid === tid && e.pid === pid && e.dur) agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur / 1000)
const t0 = Math.min(...events.filter((e: any) => e.tid === tid && e.pid === pid && e.ts > 0).map((e: any) => e.ts))
for (const e of events) if (e.tid === tid && e.pid === pid && (['Layout', 'v8.evaluateModule', 'ParseHTML', 'UpdateLayoutTree', 'Paint', 'largestContentfulPaint::Candidate', 'firstContentfulPaint', 'EvaluateScript', 'FunctionCall'].includes(e.name)) && (e.dur ?? 0) / 1000 > 3 || (e.name?.includes('Contentful') && e.pid === pid)) console.log(((e.ts - t0) / 1000).toFixed(0).padStart(6), e.name, ((e.dur ?? 0) / 1000).toFixed(1), e.name === 'Layout' ? JSON.stringify(e.args?.beginData ?? {}).slice(0, 120) : '')
console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, d]) => `${n} ${d.toFixed(1)}`).join('\n'))
await browser.close()
