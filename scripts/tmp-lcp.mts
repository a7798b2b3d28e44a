import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import {chromiumPath} from './lib/chromium.ts'
const urls = process.argv.slice(2)
const chrome = await chromeLauncher.launch({chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']})
try {
  for (const url of urls) {
    const r = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance']})
    const lhr = r!.lhr
    const a = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN)
    console.log(`\n${url}: perf ${Math.round((lhr.categories.performance!.score ?? 0) * 100)} FCP ${a('first-contentful-paint')} LCP ${a('largest-contentful-paint')} TBT ${a('total-blocking-time')} SI ${a('speed-index')} bench ${lhr.environment.benchmarkIndex}`)
    const bd = lhr.audits['lcp-breakdown-insight']?.details as any
    for (const item of bd?.items ?? []) {
      if (item.type === 'node') console.log('  LCP node:', item.selector, (item.snippet ?? '').slice(0, 160))
      if (item.type === 'table') for (const row of item.items) console.log('  ', row.label ?? row.subpart, Math.round(row.duration))
    }
    const reqs = (lhr.audits['network-requests']?.details as any)?.items ?? []
    for (const q of reqs) console.log(`   ${String(Math.round(q.networkRequestTime)).padStart(6)}-${String(Math.round(q.networkEndTime)).padStart(6)} ${q.priority?.padEnd(8)} ${String(q.transferSize).padStart(7)} ${q.resourceType?.padEnd(10)} ${q.url.slice(0, 110)}`)
    const main = lhr.audits['mainthread-work-breakdown']?.details as any
    console.log('  main thread:', (main?.items ?? []).map((i: any) => `${i.groupLabel} ${Math.round(i.duration)}`).join(', '))
    const dom = lhr.audits['dom-size-insight'] ?? lhr.audits['dom-size']
    console.log('  dom:', dom?.displayValue, JSON.stringify((dom?.details as any)?.items?.slice?.(0,3) ?? '').slice(0,300))
    const lt = (lhr.audits['long-tasks']?.details as any)?.items ?? []
    console.log('  long tasks:', lt.map((t: any) => `${t.url?.slice(-40)} @${Math.round(t.startTime)} ${Math.round(t.duration)}`).join('; '))
    const bt = (lhr.audits['bootup-time']?.details as any)?.items ?? []
    console.log('  bootup:', bt.map((t: any) => `${t.url?.slice(-50)} total ${Math.round(t.total)} script ${Math.round(t.scripting)}`).join('; '))
    const crit = lhr.audits['render-blocking-insight']?.details as any
    if (crit?.items?.length) console.log('  render-blocking:', crit.items.map((i: any) => i.url).join(' '))
  }
} finally { await chrome.kill() }
