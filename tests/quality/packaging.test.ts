/**
 * What producers take from the built site for their packaging and shops: on every producer page and
 * every product's page for its producer (/san-pham/<slug>/chu-the/) a short link and QR codes (PNG
 * and SVG) that a reader decodes to that short link, whose page leads to the producer's or the
 * product's page; on every product's producer page a badge with the product's stars and a snippet
 * linking to the product page; none of it on the product pages shoppers read; and a redirect page for every address in `_redirects`, previous
 * slugs included. Builds nothing: it reads SITE_DIST (default dist/) and is skipped, saying so,
 * when there is no build there.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {siteOrigin} from '../../scripts/check-links'
import {decodeQr} from '../support/qr'
import {elements, type El} from './dom'
import {builtRedirects, distFolder, fileToUrl, htmlPages, isBuiltSite, REDIRECT_ROUTE} from './site'

const dist = distFolder('SITE_DIST')
const built = isBuiltSite(dist)
if (!built) console.warn(`[quality] packaging: no built site in ${dist} (no index.html): skipped. Build one and set SITE_DIST to it.`)

const read = (url: string) => readFileSync(path.join(dist, url.endsWith('/') ? `${url}index.html` : url))
const attr = (els: El[], test: (el: El) => boolean, name: string) => els.find(test)?.attrs.get(name)

/** Where a redirect page sends the browser (its meta refresh) and what it names as canonical. */
function redirectPage(url: string) {
  const els = elements(read(url).toString('utf8'))
  const refresh = attr(els, (el) => el.tag === 'meta' && el.attrs.get('http-equiv') === 'refresh', 'content') ?? ''
  return {
    to: /^0;\s*url=(.+)$/.exec(refresh)?.[1],
    canonical: attr(els, (el) => el.tag === 'link' && el.attrs.get('rel') === 'canonical', 'href'),
    noindex: els.some((el) => el.tag === 'meta' && el.attrs.get('name') === 'robots' && el.attrs.get('content') === 'noindex'),
    link: attr(els, (el) => el.tag === 'a', 'href'),
  }
}

describe.skipIf(!built)(`packaging links of the built site in ${dist}`, () => {
  const origin = built ? siteOrigin(dist) : ''
  const pages = built ? htmlPages(dist) : []
  const documentPages = pages.filter((page) => page.route === 'san-pham/[slug]' || page.route === 'chu-the/[slug]')
  const toolPages = pages.filter((page) => page.route === 'san-pham/[slug]/chu-the' || page.route === 'chu-the/[slug]')
  const redirects = built ? builtRedirects(dist) : new Map<string, string>()

  it('every producer page and product tools page offers a short link and its QR codes, which read back as the short link leading to the producer or product page', {timeout: 180_000}, async () => {
    expect(toolPages.length).toBeGreaterThan(80)
    const problems: string[] = []
    for (const page of toolPages) {
      const target = page.route === 'chu-the/[slug]' ? page.url : page.url.replace(/chu-the\/$/, '')
      const els = elements(read(page.url).toString('utf8'))
      const short = attr(els, (el) => el.tag === 'a' && (el.attrs.get('class') ?? '').includes('packaging__short'), 'href')
      const downloads = els.filter((el) => el.tag === 'a' && el.attrs.has('download')).map((el) => el.attrs.get('href') ?? '')
      if (!short || !/^\/p\/[a-z0-9]{7}\/$/.test(short)) {
        problems.push(`${page.url}: no short link (${short})`)
        continue
      }
      if (redirects.get(short) !== target) problems.push(`${page.url}: _redirects sends ${short} to ${redirects.get(short)}`)
      if (redirectPage(short).to !== target) problems.push(`${page.url}: the page at ${short} leads to ${redirectPage(short).to}`)
      for (const file of [`${short}qr.png`, `${short}qr.svg`]) {
        if (!downloads.includes(file)) problems.push(`${page.url}: no download link to ${file}`)
        const text = existsSync(path.join(dist, file)) ? await decodeQr(read(file)) : 'missing file'
        if (text !== `${origin}${short}`) problems.push(`${page.url}: ${file} reads "${text}", not ${origin}${short}`)
      }
    }
    expect(problems, problems.join('\n')).toEqual([])
  })

  it('every product tools page offers its badge, with its own stars, and a snippet that links to the product page', () => {
    const products = toolPages.filter((page) => page.route === 'san-pham/[slug]/chu-the')
    const problems: string[] = []
    for (const tools of products) {
      const page = {url: tools.url.replace(/chu-the\/$/, '')}
      const els = elements(read(tools.url).toString('utf8'))
      const stars = Number(attr(els, (el) => el.tag === 'span' && /^OCOP \d sao/.test(el.attrs.get('aria-label') ?? ''), 'aria-label')?.match(/\d/)?.[0])
      const snippet = elements(els.find((el) => el.tag === 'textarea')?.text ?? '')
      const href = attr(snippet, (el) => el.tag === 'a', 'href')
      const src = attr(snippet, (el) => el.tag === 'img', 'src') ?? ''
      if (href !== `${origin}${page.url}`) problems.push(`${page.url}: the snippet links to ${href}`)
      if (!src.startsWith(origin) || !existsSync(path.join(dist, new URL(src).pathname))) {
        problems.push(`${page.url}: the snippet's image ${src} is not in the build`)
        continue
      }
      const badge = read(new URL(src).pathname).toString('utf8')
      if (!badge.includes(`<title>Sản phẩm OCOP Hà Nội ${stars} sao`)) problems.push(`${page.url}: the badge does not say ${stars} sao`)
      if ((badge.match(/<polygon [^>]*fill="#(?:b7791f|8a8272)"/g) ?? []).length !== stars) problems.push(`${page.url}: the badge has not ${stars} filled stars`)
    }
    expect(products.length).toBeGreaterThan(60)
    expect(problems, problems.join('\n')).toEqual([])
  })

  it('keeps the QR codes, the badge and the shop-link form off the product pages shoppers read, and links to them from there', () => {
    const products = documentPages.filter((page) => page.route === 'san-pham/[slug]')
    const problems: string[] = []
    for (const page of products) {
      const els = elements(read(page.url).toString('utf8'))
      if (els.some((el) => el.tag === 'a' && el.attrs.has('download'))) problems.push(`${page.url}: has download links`)
      if (els.some((el) => el.tag === 'textarea' || /\b(packaging|update-links)\b/.test(el.attrs.get('class') ?? ''))) problems.push(`${page.url}: has the QR kit or the form`)
      if (!els.some((el) => el.tag === 'a' && el.attrs.get('href') === `${page.url}chu-the/`)) problems.push(`${page.url}: no link to ${page.url}chu-the/`)
    }
    expect(products.length).toBeGreaterThan(60)
    expect(problems, problems.join('\n')).toEqual([])
  })

  it('has a redirect page at every address in _redirects, leading where the file says, never in the sitemap', () => {
    expect(redirects.size).toBeGreaterThan(documentPages.length)
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')
    const problems: string[] = []
    for (const [from, to] of redirects) {
      if (!existsSync(path.join(dist, to, 'index.html'))) problems.push(`${from} → ${to}: no page there`)
      if (!existsSync(path.join(dist, from, 'index.html'))) {
        problems.push(`${from}: no redirect page`)
        continue
      }
      const page = redirectPage(from)
      if (page.to !== to || page.link !== to || page.canonical !== `${origin}${to}` || !page.noindex) problems.push(`${from}: ${JSON.stringify(page)}, expected ${to}`)
      if (sitemap.includes(`${origin}${from}<`)) problems.push(`${from} is in the sitemap`)
    }
    expect(pages.filter((page) => page.route === REDIRECT_ROUTE).map((page) => page.url).sort()).toEqual([...redirects.keys()].sort())
    expect(problems, problems.join('\n')).toEqual([])
  })

  it('leads the renamed sample product’s and producer’s old addresses to their new pages', () => {
    for (const [old, now, name] of [
      ['/san-pham/tra-nu-hong-me-linh/', '/san-pham/tra-nu-hong-say-me-linh/', 'Trà nụ hồng sấy Mê Linh'],
      ['/chu-the/htx-hoa-me-linh-xanh/', '/chu-the/cong-ty-tnhh-vuon-hoa-me-linh-xanh/', 'Công ty TNHH Vườn hoa Mê Linh Xanh'],
    ]) {
      expect(redirectPage(old).to, old).toBe(now)
      expect(elements(read(now).toString('utf8')).find((el) => el.tag === 'h1')?.text, now).toBe(name)
    }
    expect(fileToUrl('san-pham/tra-nu-hong-me-linh/index.html')).toBe('/san-pham/tra-nu-hong-me-linh/')
  })
})
