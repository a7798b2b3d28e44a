/**
 * The hostile-content corpus (tests/fixtures/hostile/, its README lists every kind): what editors or
 * a tampered dataset could put in the content, built with `astro build` as a planted dataset would be.
 * harmless.ndjson must build into a site where none of it runs, links or breaks a file; refused.ndjson
 * must stop the build with messages naming each document and field, and write nothing.
 */
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {astroBuild} from '../support/astro-build'
import {SAMPLE_NOW} from '../support/clock'
import {elements, srcsetUrls} from '../quality/dom'

const root = fileURLToPath(new URL('../..', import.meta.url))
const corpus = path.join(root, 'tests/fixtures/hostile')
const scratch = mkdtempSync(path.join(tmpdir(), 'ocop-hostile-'))
const site = path.join(scratch, 'site')

afterAll(() => rmSync(scratch, {recursive: true, force: true}))

/** Builds a dataset into outDir, with its own cache so that it never shares one with another build. */
const build = (dataset: string, outDir: string) =>
  astroBuild(outDir, {CONTENT_SOURCE: 'local', CONTENT_DATASET: dataset, SITE_NOW: SAMPLE_NOW, ASTRO_CACHE_DIR: 'node_modules/.astro-hostile'})

const files = (dir: string) =>
  readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
const read = (file: string) => readFileSync(path.join(site, file), 'utf8')
const page = (url: string) => read(`${url.replace(/^\//, '')}index.html`)

/** A URL as a browser reads an attribute: entities decoded (parse5 did), then tabs, newlines and leading controls dropped. */
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''))?.[1]?.toLowerCase()
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href']

/** What a planted payload could do in a page: an event handler, a script or frame of its own, a link that runs code. */
function dangersIn(html: string): string[] {
  const dangers: string[] = []
  for (const el of elements(html)) {
    const where = `<${el.tag}> at line ${el.line}`
    for (const [name, value] of el.attrs) {
      if (/^on/i.test(name)) dangers.push(`${where}: event handler ${name}="${value}"`)
      const urls = URL_ATTRIBUTES.includes(name) ? [value] : name === 'srcset' ? srcsetUrls(value) : []
      for (const url of urls) {
        const scheme = schemeOf(url)
        if (scheme && !SAFE_SCHEMES.has(scheme)) dangers.push(`${where}: ${name}="${url}"`)
        if (/^\s*[/\\]{2}/.test(url) || /^\s*\/\\/.test(url)) dangers.push(`${where}: ${name}="${url}" leaves the site`)
      }
    }
    if (['iframe', 'object', 'embed', 'base', 'frame'].includes(el.tag)) dangers.push(`${where}: a planted element`)
    if (el.tag === 'meta' && el.attrs.get('http-equiv')?.toLowerCase() === 'refresh' && !/^0; url=\//.test(el.attrs.get('content') ?? '')) {
      dangers.push(`${where}: a refresh to ${el.attrs.get('content')}`)
    }
    if (el.tag === 'script') {
      const type = el.attrs.get('type')
      if (type === 'application/ld+json') {
        // JSON-LD writes "<" as \u003c: a title with "</script>" cannot end the element early.
        expect(() => JSON.parse(el.text), `${where}: JSON-LD`).not.toThrow()
      } else if (type === 'application/json') {
        // Data for a script (a map's places), never run: it must be JSON, with "<" written \u003c so
        // that a name with "</script>" cannot end the element early.
        expect(() => JSON.parse(el.text), `${where}: JSON`).not.toThrow()
        if (el.text.includes('<')) dangers.push(`${where}: a "<" in JSON data`)
      } else if (el.attrs.has('src')) {
        if (!/^\/_astro\/[\w.-]+\.js$/.test(el.attrs.get('src')!)) dangers.push(`${where}: script from ${el.attrs.get('src')}`)
      } else if (/hostile|alert\(/.test(el.text)) {
        dangers.push(`${where}: a planted script: ${el.text.slice(0, 80)}`)
      }
    }
  }
  return dangers
}

/** XML text with its entities decoded. */
const decodeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : ({lt: '<', gt: '>', quot: '"', apos: "'", amp: '&'} as Record<string, string>)[name]!,
  )

/** The lines of an iCalendar file, unfolded. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean)

/** The fields of a CSV file (RFC 4180). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [[]]
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') rows.at(-1)!.push(field), (field = '')
    else if (char === '\r' && text[i + 1] === '\n') rows.at(-1)!.push(field), (field = ''), rows.push([]), i++
    else field += char
  }
  return rows.filter((row) => row.length > 1)
}

describe('a dataset of hostile content that the build must render harmlessly (tests/fixtures/hostile/harmless.ndjson)', () => {
  let built: {status: number | null; output: string}

  beforeAll(async () => {
    built = await build(path.join(corpus, 'harmless.ndjson'), site)
  }, 300_000)

  it('builds', () => {
    expect(built.status, built.output).toBe(0)
  })

  it('writes no event handler, planted script or frame, and no javascript:, data: or vbscript: link in any page', () => {
    const pages = files(site).filter((file) => file.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(20)
    for (const file of pages) expect(dangersIn(read(file)), file).toEqual([])
  })

  it('shows text with markup in it as text, in every kind of field', () => {
    const h1 = (url: string) => elements(page(url)).find((el) => el.tag === 'h1')?.text
    expect(h1('/san-pham/bat-gom-thu/')).toBe("Bát gốm <script>alert('hostile-product-name')</script>")
    expect(h1('/chu-the/xuong-gom-thu/')).toBe("Xưởng gốm <script>alert('hostile-producer-name')</script>")
    expect(h1('/lang-nghe/lang-thu/')).toBe("Làng <svg onload=alert('hostile-village')>")
    expect(h1('/tin-tuc/tin-thu/')).toBe("<b>Tin</b> thử <script>alert('hostile-article-title')</script>")
    // The escaped characters are in the page source, in titles, summaries, rich text, addresses and names.
    const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;')
    for (const [url, text] of [
      ['/san-pham/bat-gom-thu/', "<img src=x onerror=alert('hostile-product-summary')>"],
      ['/san-pham/bat-gom-thu/', "<script>alert('hostile-story-span')</script>"],
      ['/chu-the/xuong-gom-thu/', "<img src=x onerror=alert('hostile-producer-address')>"],
      ['/diem-ban/diem-ban-thu/', "<img src=x onerror=alert('hostile-pos-address')>"],
      ['/dao-tao/tap-huan-thu/', "<script>alert('hostile-training-summary')</script>"],
      ['/tin-tuc/tin-thu/', "<script>alert('hostile-article-span')</script>"],
    ]) {
      // React writes ' as &#x27;, Astro as &#39;.
      expect(page(url!).replace(/&#x27;/g, '&#39;'), `${url} ${text}`).toContain(escaped(text!))
    }
    // Alt text with a quote stays inside its attribute.
    const logo = elements(page('/chu-the/xuong-gom-thu/')).find((el) => el.tag === 'img' && el.attrs.get('alt')?.includes('hostile-logo-alt'))
    expect(logo?.attrs.get('alt')).toBe(`"><script>alert('hostile-logo-alt')</script>`)
  })

  it('keeps the safe links beside the planted ones, and shows the unsafe ones as text or not at all', () => {
    const product = page('/san-pham/bat-gom-thu/')
    expect(product).toContain('href="https://shopee.vn/xuong-gom-thu"')
    expect(product).toContain('href="tel:+84912345678"')
    expect(product).toContain('href="https://battrang.example/men-ran"')
    // The story's unsafe links keep their words, without a link.
    expect(product).toMatch(/>liên kết lạ<|liên kết lạ/)
    expect(elements(product).filter((el) => el.tag === 'a' && el.attrs.get('href')?.includes('alert'))).toEqual([])
    expect(page('/chu-the/xuong-gom-thu/')).toContain('href="https://zalo.me/0912345678"')
    // The site's social links reach the home page's structured data only when safe.
    expect(page('/')).toContain('"https://zalo.me/02438336452"')
    expect(page('/')).not.toContain('hostile-social')
  })

  it('lists an attachment whose file address is javascript:, data: or another host by its title, without a link', () => {
    const training = elements(page('/dao-tao/tap-huan-thu/'))
    const links = training.filter((el) => el.tag === 'a').map((el) => el.attrs.get('href'))
    expect(links).toContain('/files/ecbbf82467f43e9d323b20f73055dec3d0859301.pdf')
    expect(existsSync(path.join(site, 'files/ecbbf82467f43e9d323b20f73055dec3d0859301.pdf'))).toBe(true)
    expect(page('/dao-tao/tap-huan-thu/')).toContain('Tệp độc &lt;script&gt;')
    const article = page('/tin-tuc/tin-thu/')
    expect(article).toContain('Văn bản dạng data:')
    expect(article).toContain('Văn bản ở máy khác')
    expect(article).not.toContain('evil.example/hostile.pdf')
    expect(article).not.toContain('aG9zdGlsZQ')
  })

  it('renders an image in rich text as a figure, sized for the column, with its alt text and caption', () => {
    const els = elements(page('/tin-tuc/tin-thu/'))
    const figure = els.findIndex((el) => el.tag === 'figure' && el.attrs.get('class')?.includes('rich-text__figure'))
    expect(figure).toBeGreaterThan(-1)
    const img = els[figure + 1]!
    expect(img.tag).toBe('img')
    expect(img.attrs.get('alt')).toBe("Gian hàng hội chợ <script>alert('hostile-body-image-alt')</script>")
    expect(img.attrs.get('loading')).toBe('lazy')
    expect(img.attrs.get('sizes')).toBe('(min-width: 48rem) 42rem, 100vw')
    expect(srcsetUrls(img.attrs.get('srcset')!).length).toBeGreaterThan(1)
    // The 1200 × 800 original, whole: 3:2.
    expect(Number(img.attrs.get('width')) / Number(img.attrs.get('height'))).toBeCloseTo(1.5, 2)
    expect(page('/tin-tuc/tin-thu/')).toContain('>Gian hàng gốm tại hội chợ</figcaption>')
    expect(page('/san-pham/bat-gom-thu/')).toContain('>Bình gốm men lam của xưởng</figcaption>')
    // And the renderer's warning for a block it does not know is nowhere.
    for (const file of files(site).filter((name) => name.endsWith('.html'))) expect(read(file), file).not.toMatch(/Unknown block type|unknown__pt__/)
  })

  it('never publishes a draft, a release version or a document of an unknown type', () => {
    for (const file of files(site)) {
      expect(file).not.toMatch(/hostile-(draft|version|unknown)/)
      if (/\.(html|json|xml|ics|csv|txt)$|_redirects$/.test(file)) expect(read(file), file).not.toMatch(/hostile-(draft|version|unknown-type)/)
    }
  })

  it('skips references to documents that are missing, or of another type, or the document itself', () => {
    const product = elements(page('/san-pham/bat-gom-thu/'))
    const links = product.filter((el) => el.tag === 'a').map((el) => el.attrs.get('href'))
    expect(links).toContain('/diem-ban/diem-ban-thu/')
    expect(links.filter((href) => href?.includes('ghost'))).toEqual([])
    expect(page('/tin-tuc/tin-thu/')).toContain('/su-kien/hoi-cho-thu/')
  })

  it('writes feeds a reader shows as plain text: an editor’s <b> is text, and no character XML forbids', () => {
    for (const [feed, marker] of [
      ['su-kien/rss.xml', 'Giảm &lt;b&gt;50%&lt;/b&gt; &amp; &lt;script&gt;'],
      ['tin-tuc/rss.xml', '&lt;b&gt;đậm&lt;/b&gt; &amp; &lt;a href='],
    ] as const) {
      const xml = read(feed)
      expect(xml, feed).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
      // Each description decoded once, as an XML parser does: the HTML a reader renders, which must show these characters.
      const descriptions = [...xml.matchAll(/<item>[\s\S]*?<description>([^<]*)<\/description>/g)].map(([, text]) => decodeXml(text!))
      const description = descriptions.find((text) => text.includes('hostile'))!
      expect(description, feed).toContain(marker)
      expect(description, feed).not.toMatch(/<[a-z]/i)
    }
  })

  it('writes calendars whose only line breaks are CRLF, with no property a title, place or summary planted', () => {
    for (const file of ['su-kien/hoi-cho-thu.ics', 'su-kien/lich.ics', 'dao-tao/tap-huan-thu.ics']) {
      const text = read(file)
      expect(text.split('\r\n').join(''), file).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/)
      const names = unfold(text).map((line) => line.split(/[:;]/)[0])
      expect(names, file).not.toContain('ATTACH')
      expect(names, file).not.toContain('X-INJECTED')
      // The only reminders are the site's own: the day before, and a deadline's morning.
      const reminders = unfold(text).filter((line) => /^DESCRIPTION:(Ngày mai|Hôm nay hết hạn đăng ký)/.test(line))
      expect(unfold(text).filter((line) => line === 'BEGIN:VALARM').length, file).toBe(reminders.length)
      expect(names.filter((name) => name === 'DESCRIPTION').length, file).toBe(names.filter((name) => name === 'BEGIN').length - 1)
    }
    const summary = unfold(read('su-kien/hoi-cho-thu.ics')).find((line) => line.startsWith('SUMMARY'))
    expect(summary).toMatch(/^SUMMARY:Hội chợ ATTACH:https:\/\/evil\.example\/x\.exe X-INJECTED:1 DESCRIPTION:hostile/)
    expect(read('su-kien/hoi-cho-nam-2999.ics')).toContain('DTSTART:29990101T010000Z')
  })

  it('writes open data that no spreadsheet runs as a formula', () => {
    const rows = csvRows(read('du-lieu/san-pham.csv').replace(/^\uFEFF/, ''))
    expect(rows).toHaveLength(4)
    for (const row of rows) for (const cell of row) expect(cell, row.join(' | ')).not.toMatch(/^[=+\-@\t\r]/)
    const formula = rows.find((row) => row[0]!.includes('hostile-csv'))!
    expect(formula[0]).toBe(`'=HYPERLINK("https://evil.example","hostile-csv")`)
    expect(formula[1]).toBe("'-2+3 Hộ kinh doanh Công Thức")
    expect(formula[3]).toBe('3')
    expect(formula[4]).toBe("'@SUM(1+1)*cmd|' /C calc'!A0")
    // The JSON keeps the values as they are: a JSON reader runs nothing.
    const json = JSON.parse(read('du-lieu/san-pham.json')) as {name: string}[]
    expect(json.map((product) => product.name)).toContain('=HYPERLINK("https://evil.example","hostile-csv")')
  })

  it('renders names in decomposed Unicode or with zero-width characters, an over-long summary and a year-2999 event', () => {
    expect(existsSync(path.join(site, 'san-pham/san-pham-nfd/index.html'))).toBe(true)
    expect(page('/san-pham/bat-gom-thu/')).toContain('Gốm men rạn Bát Tràng. '.repeat(100))
    expect(page('/su-kien/hoi-cho-nam-2999/')).toContain('Hội chợ năm 2999')
  })
})

describe('a dataset of content that the build must refuse (tests/fixtures/hostile/refused.ndjson)', () => {
  it('stops, naming a document and its field, and writes nothing', async () => {
    const outDir = path.join(scratch, 'refused')
    const result = await build(path.join(corpus, 'refused.ndjson'), outDir)
    expect(result.status).not.toBe(0)
    // Collections load in parallel and the first invalid one stops the build; each names all of its documents
    // (tests/unit/hostile-content.test.ts checks every one, collection by collection).
    expect(result.output).toMatch(/Document "(product|event|article)-[a-z-]+" in collection "\w+" is invalid:\n {2}- [\w.]+: /)
    expect(existsSync(outDir)).toBe(false)
  })

  it('stops on a rich-text block or mark it cannot render, naming the document and the field, and publishes no warning', async () => {
    const keep = new Set(['siteSettings', 'area-bat-trang', 'producer-ok', 'article-unknown-block', 'article-unknown-mark'])
    const lines = readFileSync(path.join(corpus, 'refused.ndjson'), 'utf8')
      .split('\n')
      .filter((line) => line && keep.has((JSON.parse(line) as {_id: string})._id))
    const dataset = path.join(scratch, 'unknown-block.ndjson')
    writeFileSync(dataset, `${lines.join('\n')}\n`)
    const outDir = path.join(scratch, 'unknown-block')
    const result = await build(dataset, outDir)
    expect(result.status).not.toBe(0)
    expect(result.output).toContain('Document "article-unknown-block" in collection "articles" is invalid:\n  - body.0._type: unknown block type "html"')
    expect(result.output).toContain('Document "article-unknown-mark" in collection "articles" is invalid:\n  - body.0.children.0.marks: unknown mark "underline"')
    expect(existsSync(outDir)).toBe(false)
  })
})
