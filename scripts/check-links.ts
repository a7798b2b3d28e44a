/**
 * Checks every link of a built site, offline:
 *
 *   npx tsx scripts/check-links.ts [dist]        (exits 1 when something is broken)
 *
 * - every internal URL of every HTML page (`href`, `src`, `srcset`, `imagesrcset`, `poster`, form
 *   `action`, `<object data>`, Open Graph and Twitter images, `<meta http-equiv=refresh>`, CSS
 *   `url()`, the site's own addresses inside JSON-LD) resolves to a file of the build (except the
 *   forms' POST endpoints of the intake service, exactly as the build configured them): directory
 *   URLs need their `index.html` and, as the site uses `trailingSlash: 'always'`, a trailing slash;
 *   a file takes none;
 * - every `#fragment` names an element (`id`, or `<a name>`) of the target page, and no page has an
 *   `id` twice (a fragment to it would be ambiguous);
 * - no `javascript:` URL anywhere, no `data:` URL in an `href`, no `href="#"` placeholder;
 * - every link to another host (`<a>`, `<area>`) carries `rel` with `noopener`;
 * - the 404 page, served at any missing address, uses no path-relative URL;
 * - feeds, sitemaps, calendars, robots.txt, open data (JSON, CSV) and web manifests: every absolute URL on the site's own
 *   origin resolves too; CSS files: every `url()`.
 *
 * The site's origin (for absolute URLs to itself: canonical links, Open Graph, sitemap, feeds) is
 * read from the home page's canonical link, else SITE_URL, else astro.config.mjs's default.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {cssUrls, elements, srcsetUrls, type El} from '../tests/quality/dom.ts'
import {fileToUrl, listFiles} from '../tests/quality/site.ts'
import {intakeActions} from '../site/lib/env.ts'

const INTAKE_ENDPOINTS = new Set(Object.values(intakeActions()))

export interface LinkProblem {
  /** The file that holds the link, relative to the build folder. */
  file: string
  line: number
  column: number
  /** Where the URL sits: `<a href>`, `<img srcset>`, `url()`, `feed`. */
  where: string
  target: string
  reason: string
}

export interface LinkReport {
  origin: string
  pages: number
  /** Other files whose URLs were checked: feeds, sitemaps, calendars, style sheets. */
  otherFiles: number
  urls: number
  problems: LinkProblem[]
}

const HTML = /\.html$/
const TEXT_WITH_URLS = /\.(xml|rss|atom|ics|txt|json|csv|webmanifest)$/
const GENERATED = /^(pagefind|_astro)\//

interface Found {
  where: string
  url: string
  line: number
  column: number
  /** `<a>`/`<area>` links must not let another site reach this one (`rel=noopener`). */
  rel?: string
  navigable: boolean
}

/** The URLs an element points at. */
function urlsOf(element: El, origin: string): Found[] {
  const {tag, attrs, line, column} = element
  const out: Found[] = []
  const add = (attr: string, url: string | undefined, navigable = false) => {
    if (url !== undefined) out.push({where: `<${tag} ${attr}>`, url, line, column, navigable, rel: navigable ? (attrs.get('rel') ?? '') : undefined})
  }
  if (tag === 'a' || tag === 'area') add('href', attrs.get('href'), true)
  if (tag === 'link') {
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/)
    // Hints to connect early name an origin, not a resource.
    if (!rel.includes('preconnect') && !rel.includes('dns-prefetch')) add('href', attrs.get('href'))
    for (const url of srcsetUrls(attrs.get('imagesrcset') ?? '')) add('imagesrcset', url)
  }
  if (['img', 'script', 'iframe', 'source', 'audio', 'video', 'track', 'embed', 'input'].includes(tag)) add('src', attrs.get('src'))
  if (tag === 'img' || tag === 'source') for (const url of srcsetUrls(attrs.get('srcset') ?? '')) add('srcset', url)
  if (tag === 'video') add('poster', attrs.get('poster'))
  // The forms' POST endpoints belong to the intake service (npm run intake), not to the build.
  const action = attrs.get('action')
  const toIntake = (attrs.get('method') ?? '').toLowerCase() === 'post' && INTAKE_ENDPOINTS.has(action ?? '')
  if (tag === 'form' && !toIntake) add('action', action)
  if (tag === 'object') add('data', attrs.get('data'))
  if (tag === 'meta') {
    const property = attrs.get('property') ?? attrs.get('name') ?? ''
    if (/^(og:(image|image:url|image:secure_url|url|audio|video)|twitter:image)$/.test(property)) add(`${property} content`, attrs.get('content'))
    if ((attrs.get('http-equiv') ?? '').toLowerCase() === 'refresh') {
      const match = /url\s*=\s*['"]?([^'"]+)/i.exec(attrs.get('content') ?? '')
      if (match) add('http-equiv=refresh', match[1])
    }
  }
  if (tag === 'style') for (const url of cssUrls(element.text)) add('url()', url)
  if (attrs.has('style')) for (const url of cssUrls(attrs.get('style') ?? '')) add('style url()', url)
  return out
}

/** The site's own absolute URLs inside a JSON-LD block. */
function jsonLdUrls(json: unknown, origin: string, out: string[] = []): string[] {
  if (typeof json === 'string') {
    if (json.startsWith(`${origin}/`) || json === origin) out.push(json)
  } else if (Array.isArray(json)) for (const item of json) jsonLdUrls(item, origin, out)
  else if (json && typeof json === 'object') for (const value of Object.values(json)) jsonLdUrls(value, origin, out)
  return out
}

/** The origin of a built site: from its home page's canonical link, else SITE_URL, else the default. */
export function siteOrigin(dist: string): string {
  const home = path.join(dist, 'index.html')
  if (existsSync(home)) {
    const canonical = elements(readFileSync(home, 'utf8')).find((el) => el.tag === 'link' && el.attrs.get('rel') === 'canonical')
    const href = canonical?.attrs.get('href')
    if (href && /^https?:/.test(href)) return new URL(href).origin
  }
  return new URL(process.env.SITE_URL || 'http://127.0.0.1:4321').origin
}

/** The line and column of a position in a text file. */
function positionAt(text: string, index: number): {line: number; column: number} {
  const before = text.slice(0, index).split('\n')
  return {line: before.length, column: before.at(-1)!.length + 1}
}

export function checkLinks(dist: string): LinkReport {
  const origin = siteOrigin(dist)
  const files = listFiles(dist)
  const fileSet = new Set(files.map((file) => `/${file}`))
  const pages = files.filter((file) => HTML.test(file) && !GENERATED.test(file))
  const problems: LinkProblem[] = []
  /** The fragment targets of each HTML file, by its path (`/a/index.html`), parsed on demand. */
  const ids = new Map<string, Set<string>>()
  const parsed = new Map<string, El[]>()
  const parseFile = (file: string) => {
    let els = parsed.get(file)
    if (!els) {
      els = elements(readFileSync(path.join(dist, file), 'utf8'))
      parsed.set(file, els)
    }
    return els
  }
  const idsOf = (file: string) => {
    let set = ids.get(file)
    if (!set) {
      set = new Set()
      for (const el of parseFile(file)) {
        const id = el.attrs.get('id')
        if (id) set.add(id)
        if (el.tag === 'a' && el.attrs.get('name')) set.add(el.attrs.get('name') as string)
      }
      ids.set(file, set)
    }
    return set
  }
  let urls = 0

  /** Checks one URL found in `file`, whose address is `base`. */
  const check = (file: string, base: string, found: Found) => {
    urls++
    const problem = (reason: string) => problems.push({file, line: found.line, column: found.column, where: found.where, target: found.url, reason})
    const raw = found.url.trim()
    const isHref = found.where.includes(' href>')
    if (raw === '') return problem('empty URL')
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1].toLowerCase()
    if (scheme === 'javascript') return problem('javascript: URL')
    if (scheme === 'data') return isHref ? problem('data: URL in an href') : undefined
    if (scheme && !['http', 'https'].includes(scheme)) return // mailto:, tel:, sms:, geo:…
    if (found.navigable && raw === '#') return problem('placeholder link (href="#")')
    if (file === '404.html' && !scheme && !raw.startsWith('/') && !raw.startsWith('#') && !raw.startsWith('?'))
      return problem('path-relative URL on the 404 page, which is served at any address')
    let url: URL
    try {
      url = new URL(raw, origin + base)
    } catch {
      return problem('not a valid URL')
    }
    if (url.origin !== origin) {
      if (!['http:', 'https:'].includes(url.protocol)) return
      if (found.rel !== undefined && !found.rel.toLowerCase().split(/\s+/).includes('noopener'))
        return problem(`external link without rel="noopener" (rel="${found.rel}")`)
      return
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return problem('malformed percent-encoding')
    }
    let target: string
    if (pathname.endsWith('/')) {
      target = `${pathname}index.html`
      if (!fileSet.has(target))
        return problem(fileSet.has(pathname.slice(0, -1)) ? `a file addressed with a trailing slash (${pathname.slice(0, -1)})` : `not in the build (no ${target.slice(1)})`)
    } else {
      target = pathname
      if (!fileSet.has(target))
        return problem(fileSet.has(`${pathname}/index.html`) ? `missing trailing slash (trailingSlash: 'always'): ${pathname}/` : `not in the build (no ${pathname.slice(1)})`)
    }
    const fragment = url.hash.slice(1)
    if (fragment && HTML.test(target) && !fragment.startsWith(':~:')) {
      let id = fragment
      try {
        id = decodeURIComponent(fragment)
      } catch {
        // an undecodable fragment is compared as it is
      }
      // "#top" scrolls to the top when no element has that id (HTML, "find a potential indicated element").
      if (!idsOf(target.slice(1)).has(id) && id.toLowerCase() !== 'top') problem(`no element with id="${id}" on ${fileToUrl(target.slice(1))}`)
    }
  }

  for (const file of pages) {
    const base = fileToUrl(file)
    const els = parseFile(file)
    const seen = new Map<string, string>()
    for (const el of els) {
      const id = el.attrs.get('id')
      if (id !== undefined) {
        if (seen.has(id)) problems.push({file, line: el.line, column: el.column, where: `<${el.tag} id>`, target: `#${id}`, reason: `duplicate id (first at ${seen.get(id)})`})
        else seen.set(id, `${el.line}:${el.column}`)
      }
      for (const found of urlsOf(el, origin)) check(file, base, found)
      if (el.tag === 'script' && (el.attrs.get('type') ?? '') === 'application/ld+json') {
        let json: unknown
        try {
          json = JSON.parse(el.text)
        } catch (error) {
          problems.push({file, line: el.line, column: el.column, where: '<script type="application/ld+json">', target: '', reason: `invalid JSON: ${(error as Error).message}`})
          continue
        }
        for (const url of jsonLdUrls(json, origin)) check(file, base, {where: 'JSON-LD', url, line: el.line, column: el.column, navigable: false})
      }
    }
    // Every id of a page is known once it is parsed; keep the memory low on big sites.
    idsOf(file)
    parsed.delete(file)
  }

  let otherFiles = 0
  for (const file of files) {
    if (GENERATED.test(file) && !file.endsWith('.css')) continue
    const base = fileToUrl(file)
    if (file.endsWith('.css')) {
      otherFiles++
      const css = readFileSync(path.join(dist, file), 'utf8')
      for (const url of cssUrls(css)) if (!url.startsWith('data:')) check(file, base, {where: 'url()', url, ...positionAt(css, css.indexOf(url)), navigable: false})
    } else if (TEXT_WITH_URLS.test(file)) {
      otherFiles++
      let text = readFileSync(path.join(dist, file), 'utf8')
      // iCalendar folds long lines: a line starting with a space continues the one before.
      if (file.endsWith('.ics')) text = text.replace(/\r?\n[ \t]/g, '')
      const escaped = origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
      // In CSV a comma ends the field, and so the URL (the site's own URLs have no commas).
      const ends = file.endsWith('.csv') ? `\\s"'<>\\\\,` : `\\s"'<>\\\\`
      for (const match of text.matchAll(new RegExp(`${escaped}(?:/[^${ends}]*)?`, 'g'))) {
        const url = match[0].replace(/&amp;/g, '&').replace(/[.,;)\]]+$/, '')
        check(file, base, {where: path.extname(file).slice(1) || 'file', url, ...positionAt(text, match.index), navigable: false})
      }
    }
  }
  return {origin, pages: pages.length, otherFiles, urls, problems}
}

/** The problems, one line per broken URL, the same URL on many pages shown once with its pages. */
export function formatProblems(problems: LinkProblem[]): string {
  const groups = new Map<string, LinkProblem[]>()
  for (const problem of problems) {
    const key = `${problem.where} ${problem.target} → ${problem.reason}`
    groups.set(key, [...(groups.get(key) ?? []), problem])
  }
  return [...groups]
    .map(([key, list]) => {
      const places = list.map((p) => `${fileToUrl(p.file)} (${p.file}:${p.line}:${p.column})`)
      const shown = places.length > 6 ? [...places.slice(0, 5), `… and ${places.length - 5} more pages`] : places
      return `✗ ${key}\n    on ${shown.join('\n       ')}`
    })
    .join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dist = path.resolve(process.argv[2] ?? 'dist')
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`No built site in ${dist} (no index.html). Build it first: npm run build -- --outDir ${process.argv[2] ?? 'dist'}`)
    process.exit(2)
  }
  const report = checkLinks(dist)
  console.log(`${report.urls} URLs checked in ${report.pages} pages and ${report.otherFiles} other files of ${dist} (site origin ${report.origin}).`)
  if (report.problems.length > 0) {
    console.log(formatProblems(report.problems))
    console.log(`\n${report.problems.length} broken link(s).`)
    process.exit(1)
  }
  console.log('No broken links.')
}
