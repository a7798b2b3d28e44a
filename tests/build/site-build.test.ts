import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {BUILD_INFO_FILE} from '../../site/integrations/build-clock'
import {astroBuild as build} from '../support/astro-build'
import {sampleNow, SAMPLE_NOW, yearsAfterSample} from '../support/clock'
import {decodeQr} from '../support/qr'
import {startSanityApiDouble, type SanityApiDouble} from '../support/sanity-api-double'

// These tests run `astro build` one after another: two builds of one project at once share its caches.
const root = fileURLToPath(new URL('../..', import.meta.url))
const scratch = mkdtempSync(path.join(tmpdir(), 'ocop-build-'))
let double: SanityApiDouble

beforeAll(async () => {
  double = await startSanityApiDouble({documents: path.join(root, 'content/data.ndjson')})
})
afterAll(async () => {
  await double?.close()
  rmSync(scratch, {recursive: true, force: true})
})


const sanityEnv = (extra: Record<string, string> = {}) => ({
  CONTENT_SOURCE: 'sanity',
  SANITY_PROJECT_ID: double.projectId,
  SANITY_DATASET: double.dataset,
  SANITY_API_VERSION: '2026-11-01',
  SANITY_API_HOST: double.url,
  ...extra,
})

/** Every file of a built site, by path. */
function files(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** A page as a visitor meets it, with asset addresses blanked: they are allowed to differ between sources. */
const comparable = (html: string) =>
  html
    .replace(/\s(src|srcset)="[^"]*"/g, ' $1=""')
    .replace(/(<meta property="og:image(?::[a-z]+)?" content=")[^"]*"/g, '$1"')
    // Asset addresses: Sanity's CDN from a project, /_astro/… and /files/… from the bundled dataset.
    .replace(/https:\/\/cdn\.sanity\.io\/(?:images|files)\/[^"\s]*/g, 'ASSET')
    .replace(/(?:https?:\/\/[^"\s/]+)?\/(?:_astro|files)\/[^"\s]*/g, 'ASSET')
    // The policy lets images come from where they are: Sanity's CDN for a project's pages.
    .replace(/(<meta http-equiv="content-security-policy" content="[^"]*img-src 'self') https:\/\/cdn\.sanity\.io/, '$1')

describe('building from the bundled dataset and from a Sanity project', () => {
  it('gives the same pages, text and links, from either source', async () => {
    // Both as of one moment: labels such as "Sắp diễn ra" must not differ because the clock moved.
    const local = await build(path.join(scratch, 'local'), {CONTENT_SOURCE: 'local', SITE_NOW: SAMPLE_NOW})
    expect(local.status, local.output).toBe(0)
    const live = await build(path.join(scratch, 'sanity'), sanityEnv({SITE_NOW: SAMPLE_NOW}))
    expect(live.status, live.output).toBe(0)
    expect(double.requests.some((request) => request.path.endsWith(`/data/query/${double.dataset}`))).toBe(true)

    const pages = (dir: string) => files(dir).filter((file) => file.endsWith('.html'))
    const localPages = pages(path.join(scratch, 'local'))
    expect(localPages.length).toBeGreaterThan(5)
    expect(pages(path.join(scratch, 'sanity'))).toEqual(localPages)
    for (const page of localPages) {
      const read = (dir: string) => comparable(readFileSync(path.join(scratch, dir, page), 'utf8'))
      expect(read('sanity'), page).toBe(read('local'))
    }
  })

  it('writes the QR codes and badges under the short links as the endpoints did, and not the list they are made from', () => {
    const recorded = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/packaging-files.sha256.json'), 'utf8')) as {files: {code: string; sha256: Record<string, string>}[]}
    const built = path.join(scratch, 'local')
    for (const {code, sha256} of recorded.files) {
      for (const [file, hash] of Object.entries(sha256)) {
        expect(createHash('sha256').update(readFileSync(path.join(built, 'p', code, file))).digest('hex'), `/p/${code}/${file}`).toBe(hash)
      }
    }
    const short = readdirSync(path.join(built, 'p'))
    expect(short.length).toBeGreaterThan(recorded.files.length)
    for (const code of short) expect(existsSync(path.join(built, 'p', code, 'qr.png')) && existsSync(path.join(built, 'p', code, 'qr.svg')), code).toBe(true)
    expect(existsSync(path.join(built, 'packaging-files.json'))).toBe(false)
  })

  it('never lets a draft reach the built site', () => {
    const everything = files(path.join(scratch, 'local'))
      .filter((file) => /\.(html|json|xml|txt|ics|csv)$/.test(file))
      .map((file) => readFileSync(path.join(scratch, 'local', file), 'utf8'))
      .join('\n')
    expect(everything).not.toMatch(/nháp|bản nháp|drafts\./i)
    expect(existsSync(path.join(scratch, 'local/san-pham/mat-ong-hoa-nhan-ba-vi'))).toBe(false)
  })
})

describe('the site built as of a moment (SITE_NOW)', () => {
  const published = readFileSync(path.join(root, 'content/data.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, any>)
    .filter((doc) => !doc._id.startsWith('drafts.'))
  const later = yearsAfterSample(1)
  const laterDay = later.slice(0, 10)
  const page = (dir: string, file: string) => readFileSync(path.join(scratch, dir, file), 'utf8')
  /** The build-time states of the schedule badges on a page ("upcoming", "open", "past"…). */
  const states = (html: string) => [...html.matchAll(/\sdata-status="([a-z]+)"/g)].map((match) => match[1])

  it('records the moment it was built as of', () => {
    expect(JSON.parse(page('local', BUILD_INFO_FILE))).toEqual({asOf: sampleNow().toISOString(), pinned: true})
  })

  it('a year after the sample dataset, still renders every page, with every event past and no training open', async () => {
    const result = await build(path.join(scratch, 'later'), {CONTENT_SOURCE: 'local', SITE_NOW: later})
    expect(result.status, result.output).toBe(0)
    expect(result.output).toContain(`Building as of ${later}`)
    expect(JSON.parse(page('later', BUILD_INFO_FILE))).toEqual({asOf: later, pinned: true})
    expect(files(path.join(scratch, 'later')).filter((file) => file.endsWith('.html'))).toEqual(
      files(path.join(scratch, 'local')).filter((file) => file.endsWith('.html')),
    )
    // The sample is dated so that a year on, everything in it is over.
    expect(published.filter((doc) => doc._type === 'event' && doc.endsAt >= later)).toEqual([])
    expect(published.filter((doc) => doc._type === 'training' && doc.registrationDeadline >= later)).toEqual([])

    // The home page says there is nothing coming instead of dropping or emptying the sections.
    const home = page('later', 'index.html')
    expect(home).toContain('Hiện chưa có hội chợ, sự kiện nào sắp diễn ra.')
    expect(home).toContain('Hiện chưa có lớp tập huấn nào nhận đăng ký.')
    expect(home).toMatch(/<h2 id="events-title"[^>]*>Hội chợ, sự kiện sắp tới<\/h2>/)
    expect(states(home)).toEqual([])
    expect(page('local', 'index.html')).not.toContain('Hiện chưa có hội chợ, sự kiện nào sắp diễn ra.')

    const events = page('later', 'su-kien/index.html')
    expect(events).toContain('Chưa có sự kiện mới.')
    const eventCount = published.filter((doc) => doc._type === 'event').length
    expect(states(events)).toEqual(Array(eventCount).fill('past'))
    const trainings = page('later', 'dao-tao/index.html')
    expect(trainings).toContain('Hiện chưa có lớp nào nhận đăng ký.')
    expect(states(trainings)).toEqual(Array(published.filter((doc) => doc._type === 'training').length).fill('closed'))
    for (const event of published.filter((doc) => doc._type === 'event')) {
      expect(states(page('later', `su-kien/${event.slug.current}/index.html`)), event.slug.current).not.toContain('upcoming')
    }

    // A certificate that was valid on the sample's day and ended within the year reads "hết hiệu lực".
    const lapsed = published.find((doc) => doc._type === 'product' && doc.ocop.expiresOn >= SAMPLE_NOW.slice(0, 10) && doc.ocop.expiresOn < laterDay)!
    expect(lapsed).toBeDefined()
    const [year, month, day] = lapsed.ocop.expiresOn.split('-')
    expect(page('local', `san-pham/${lapsed.slug.current}/index.html`)).toContain(`Còn hiệu lực đến ${day}/${month}/${year}`)
    expect(page('later', `san-pham/${lapsed.slug.current}/index.html`)).toContain(`Hết hiệu lực từ ${day}/${month}/${year}`)
  })

  it('refuses a malformed SITE_NOW, naming it, and writes nothing', async () => {
    const outDir = path.join(scratch, 'bad-now')
    const result = await build(outDir, {CONTENT_SOURCE: 'local', SITE_NOW: '26/11/2026'})
    expect(result.status).not.toBe(0)
    expect(result.output).toContain('Environment variable SITE_NOW must be a moment with its offset, such as 2026-11-26T10:00:00+07:00, or a date, such as 2026-11-26; got "26/11/2026"')
    expect(existsSync(outDir)).toBe(false)
  })
})

describe('a build that cannot get its content', () => {
  it('fails with the API’s error and leaves the previous site as it was', async () => {
    const outDir = path.join(scratch, 'previous-site')
    mkdirSync(outDir, {recursive: true})
    writeFileSync(path.join(outDir, 'index.html'), '<p>the site as it was</p>')
    double.setFault({status: 503, pathIncludes: '/data/query/'})
    try {
      const result = await build(outDir, sanityEnv({SANITY_MAX_RETRIES: '1'}))
      expect(result.status).not.toBe(0)
      expect(result.output).toContain('the query still failed after 2 attempts: HTTP 503')
    } finally {
      double.setFault(null)
    }
    expect(files(outDir)).toEqual(['index.html'])
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>the site as it was</p>')
  })

  it('fails on a missing setting, naming it, before any request', async () => {
    const result = await build(path.join(scratch, 'no-project'), sanityEnv({SANITY_PROJECT_ID: ''}))
    expect(result.status).not.toBe(0)
    expect(result.output).toContain('Missing environment variable SANITY_PROJECT_ID')
    expect(existsSync(path.join(scratch, 'no-project'))).toBe(false)
  })
})

describe('building from a dataset with a broken document', () => {
  it('fails, names the document and the field, and writes no site', async () => {
    const outDir = path.join(scratch, 'broken')
    const result = await build(outDir, {CONTENT_DATASET: path.join(root, 'tests/fixtures/invalid-product.ndjson')})
    expect(result.status).not.toBe(0)
    expect(result.output).toContain('Document "product-six-stars" in collection "products" is invalid')
    expect(result.output).toContain('ocop.stars: OCOP stars must be 3, 4 or 5')
    expect(existsSync(outDir)).toBe(false)
  })
})

describe('a product renamed after its packaging was printed, with unsafe links planted in the dataset', () => {
  // tests/fixtures/renamed-and-unsafe.ndjson: "Bát gốm men rạn cao cấp" was at /san-pham/bat-gom-men-ran/, its
  // producer at /chu-the/xuong-gom-cu/; javascript:, data: and vbscript: links sit in shop links, the
  // producer's website and links, the story and the site settings, each marked "ocop-planted".
  const fixture = path.join(root, 'tests/fixtures/renamed-and-unsafe.ndjson')
  const outDir = path.join(scratch, 'renamed')
  const read = (dir: string, url: string) => readFileSync(path.join(dir, url.endsWith('/') ? `${url}index.html` : url), 'utf8')
  const refreshOf = (html: string) => /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1]
  const h1Of = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]
  let built: {status: number | null; output: string}

  beforeAll(async () => {
    built = await build(outDir, {CONTENT_DATASET: fixture})
  }, 300_000)

  it('builds', () => {
    expect(built.status, built.output).toBe(0)
  })

  it('the old URL lands on the new page, for the product and for its producer', () => {
    for (const [old, now, name] of [
      ['/san-pham/bat-gom-men-ran/', '/san-pham/bat-gom-men-ran-cao-cap/', 'Bát gốm men rạn cao cấp'],
      ['/chu-the/xuong-gom-cu/', '/chu-the/xuong-gom-thu-nghiem/', 'Xưởng gốm Thử Nghiệm'],
    ]) {
      expect(refreshOf(read(outDir, old)), old).toBe(now)
      expect(h1Of(read(outDir, now)), now).toBe(name)
      expect(read(outDir, '_redirects')).toContain(`\n${old} ${now} 301\n`)
    }
  })

  it('never writes a javascript:, data: or vbscript: link, wherever in the dataset it was planted', () => {
    const texts = files(outDir).filter((file) => /\.(html|json|csv|xml|txt|svg)$|_redirects$/.test(file))
    expect(texts.length).toBeGreaterThan(20)
    for (const file of texts) {
      const text = readFileSync(path.join(outDir, file), 'utf8')
      expect(text, file).not.toMatch(/ocop-planted|PHNjcmlwdD5/)
      expect(text, file).not.toMatch(/(?:href|src|action)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i)
    }
    // The safe links next to them are there: the page did render its links.
    const product = read(outDir, '/san-pham/bat-gom-men-ran-cao-cap/')
    expect(product).toContain('href="https://shopee.vn/xuong-gom-thu-nghiem"')
    expect(product).toContain('href="tel:+84912345678"')
    expect(product).toContain('href="https://battrang.example/men-ran"')
    expect(read(outDir, '/chu-the/xuong-gom-thu-nghiem/')).toContain('href="https://zalo.me/0912345678"')
  })

  it('its QR code and badge keep working after the editor renames it again', async () => {
    // Build two: the editor renamed the product once more and published; the Studio kept the slug it had.
    const renamedAgain = readFileSync(fixture, 'utf8').replace(
      '"name":"Bát gốm men rạn cao cấp","slug":{"_type":"slug","current":"bat-gom-men-ran-cao-cap"},"previousSlugs":["bat-gom-men-ran"]',
      '"name":"Bát gốm men rạn đặc biệt","slug":{"_type":"slug","current":"bat-gom-men-ran-dac-biet"},"previousSlugs":["bat-gom-men-ran","bat-gom-men-ran-cao-cap"]',
    )
    expect(renamedAgain).toContain('bat-gom-men-ran-dac-biet')
    const dataset = path.join(scratch, 'renamed-again.ndjson')
    writeFileSync(dataset, renamedAgain)
    const again = path.join(scratch, 'renamed-again')
    const result = await build(again, {CONTENT_DATASET: dataset})
    expect(result.status, result.output).toBe(0)

    // What the producer took from the product's page for its producer before the rename: the QR code, the badge snippet.
    const before = read(outDir, '/san-pham/bat-gom-men-ran-cao-cap/chu-the/')
    const short = /class="packaging__short" href="(\/p\/[a-z0-9]+\/)"/.exec(before)?.[1] ?? ''
    const snippet = (/<textarea[^>]*>([^<]*)<\/textarea>/.exec(before)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    const snippetHref = new URL(/href="([^"]+)"/.exec(snippet)?.[1] ?? '').pathname
    const snippetImage = new URL(/src="([^"]+)"/.exec(snippet)?.[1] ?? '').pathname
    expect(short).toMatch(/^\/p\/[a-z0-9]{7}\/$/)
    expect(snippetHref).toBe('/san-pham/bat-gom-men-ran-cao-cap/')

    for (const file of [`${short}qr.png`, `${short}qr.svg`, snippetImage]) {
      expect(readFileSync(path.join(again, file)).equals(readFileSync(path.join(outDir, file))), `${file} is the same file`).toBe(true)
    }
    expect(await decodeQr(readFileSync(path.join(again, `${short}qr.png`)))).toMatch(new RegExp(`${short}$`))
    expect(refreshOf(read(again, short))).toBe('/san-pham/bat-gom-men-ran-dac-biet/')
    expect(refreshOf(read(again, snippetHref))).toBe('/san-pham/bat-gom-men-ran-dac-biet/')
    expect(refreshOf(read(again, '/san-pham/bat-gom-men-ran/'))).toBe('/san-pham/bat-gom-men-ran-dac-biet/')
    expect(h1Of(read(again, '/san-pham/bat-gom-men-ran-dac-biet/'))).toBe('Bát gốm men rạn đặc biệt')
  })

  it('stops, naming both products, when a previous slug is another product’s address', async () => {
    const clash = readFileSync(fixture, 'utf8').replace('"previousSlugs":["bat-gom-men-ran"]', '"previousSlugs":["bat-gom-men-ran","lo-hoa-men-lam"]')
    const dataset = path.join(scratch, 'clash.ndjson')
    writeFileSync(dataset, clash)
    const clashOut = path.join(scratch, 'clash')
    const result = await build(clashOut, {CONTENT_DATASET: dataset})
    expect(result.status).not.toBe(0)
    expect(result.output).toContain(
      'The previous slug "lo-hoa-men-lam" of product "Bát gốm men rạn cao cấp" (product-bat-gom) is the slug of product "Lọ hoa men lam" (product-lo-hoa)',
    )
    expect(existsSync(clashOut)).toBe(false)
  })
})
