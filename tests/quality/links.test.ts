/**
 * Link check of a built site (scripts/check-links.ts). Builds nothing: it reads the folder SITE_DIST
 * (default dist/) and is skipped, saying so, when there is no build there. The checker itself is
 * first tested on a small site written here, so a checker that stopped seeing problems fails too.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {checkLinks, formatProblems} from '../../scripts/check-links'
import {distFolder, isBuiltSite} from './site'

describe('the link checker', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'quality-links-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
    writeFileSync(path.join(dir, file), text)
  }
  const page = (body: string, head = '') =>
    `<!doctype html><html lang="vi"><head><title>t</title><link rel="canonical" href="https://ocop.example/">${head}</head><body>${body}</body></html>`
  write(
    'index.html',
    page(
      [
        '<a href="/san-pham/">ok</a>',
        '<a href="/san-pham/x/#mo-ta">ok fragment</a>',
        '<a href="#top">ok, the top of the page</a>',
        '<a href="https://ocop.example/san-pham/">ok, absolute to the site itself</a>',
        '<a href="https://other.example/" rel="noopener noreferrer" target="_blank">ok external</a>',
        '<a href="mailto:a@b.vn">ok</a><a href="tel:+842438255678">ok</a>',
        '<img src="/a.webp" srcset="/a.webp 400w, /b.webp 800w" alt="" width="1" height="1">',
        '<a href="/san-pham">no slash</a>',
        '<a href="/khong-co/">missing page</a>',
        '<a href="/san-pham/x/#khong-co">missing id</a>',
        '<a href="https://other.example/">external without rel</a>',
        '<a href="javascript:void(0)">js</a>',
        '<a href="data:text/html,hi">data</a>',
        '<a href="#">placeholder</a>',
        '<img src="/a.webp" srcset="/a.webp 1x, /c.webp 2x" alt="" width="1" height="1">',
        '<a href="/a.webp/">file with slash</a>',
        '<p id="twice"></p><p id="twice"></p>',
        '<script type="application/ld+json">{"url":"https://ocop.example/khong-co-nua/"}</script>',
      ].join('\n'),
      '<meta property="og:image" content="https://ocop.example/og/missing.png">',
    ),
  )
  write('san-pham/index.html', page('<a href="/">home</a>'))
  write('san-pham/x/index.html', page('<h2 id="mo-ta">Mô tả</h2>'))
  write('404.html', page('<a href="san-pham/">relative</a><a href="/">ok</a>'))
  write('a.webp', '')
  write('b.webp', '')
  write('rss.xml', '<rss><channel><link>https://ocop.example/</link><item><link>https://ocop.example/tin-tuc/mat/</link></item></channel></rss>')
  write('_astro/site.css', '@font-face{src:url(/_astro/font.woff2)}')
  write('du-lieu/x.csv', 'Tên,Trang\r\nA,https://ocop.example/san-pham/,https://ocop.example/khong-co-csv/\r\n')

  const report = checkLinks(dir)
  const reasons = report.problems.map((p) => `${p.file} ${p.target} ${p.reason}`)

  it('takes the site origin from the canonical link of the home page', () => {
    expect(report.origin).toBe('https://ocop.example')
  })

  it.each([
    ['/san-pham', 'missing trailing slash'],
    ['/khong-co/', 'not in the build'],
    ['/san-pham/x/#khong-co', 'no element with id="khong-co"'],
    ['https://other.example/', 'without rel="noopener"'],
    ['javascript:void(0)', 'javascript: URL'],
    ['data:text/html,hi', 'data: URL in an href'],
    ['#', 'placeholder link'],
    ['/c.webp', 'not in the build'],
    ['/a.webp/', 'a file addressed with a trailing slash'],
    ['#twice', 'duplicate id'],
    ['https://ocop.example/khong-co-nua/', 'not in the build'],
    ['https://ocop.example/og/missing.png', 'not in the build'],
    ['san-pham/', 'path-relative URL on the 404 page'],
    ['https://ocop.example/tin-tuc/mat/', 'not in the build'],
    ['/_astro/font.woff2', 'not in the build'],
    ['https://ocop.example/khong-co-csv/', 'not in the build'],
  ])('finds %s: %s', (target, reason) => {
    expect(reasons.filter((line) => line.includes(` ${target} `) && line.includes(reason)), reasons.join('\n')).toHaveLength(1)
  })

  it('finds nothing else', () => {
    expect(report.problems, formatProblems(report.problems)).toHaveLength(16)
  })
})

const dist = distFolder('SITE_DIST')
const built = isBuiltSite(dist)
if (!built) console.warn(`[quality] links: no built site in ${dist} (no index.html): skipped. Build one and set SITE_DIST to it.`)

describe.skipIf(!built)(`every link of the built site in ${dist}`, () => {
  it('resolves, with its fragment, and external links carry rel="noopener"', () => {
    const report = checkLinks(dist)
    console.log(`[quality] links: ${report.urls} URLs in ${report.pages} pages and ${report.otherFiles} other files (origin ${report.origin})`)
    expect(report.pages).toBeGreaterThan(0)
    if (report.problems.length > 0) console.error(formatProblems(report.problems))
    expect(report.problems.length, `${report.problems.length} broken link(s):\n${formatProblems(report.problems)}`).toBe(0)
  })
})
