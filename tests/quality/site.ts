/**
 * What a built site contains, for the site-wide quality checks: its files, its HTML pages with the
 * address each is served at, and the route (template) each page comes from, so that checks which are
 * too slow for every page (the Nu HTML Checker, axe, screenshots, Lighthouse) can take one page per
 * template. Everything is discovered from the build folder and `site/pages/`, so pages added later
 * are picked up without touching the checks.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseRedirectsFile} from '../../site/lib/redirects'

export const root = fileURLToPath(new URL('../..', import.meta.url))
/** Astro's `srcDir` is `./site` (astro.config.mjs). */
export const pagesDir = path.join(root, 'site/pages')

/** The build folder of the checks: the env variable named (SITE_DIST, E2E_DIST), else `dist/`, resolved from the project root. */
export function distFolder(variable: 'SITE_DIST' | 'E2E_DIST' = 'SITE_DIST'): string {
  return path.resolve(root, process.env[variable] || 'dist')
}

/** A built site looks like one when it has a home page. */
export const isBuiltSite = (dist: string) => existsSync(path.join(dist, 'index.html'))

/** Every file under `dir`, as POSIX paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

export interface Page {
  /** The file, relative to the build folder: `san-pham/banh-chung/index.html`. */
  file: string
  /** The address it is served at: `/san-pham/banh-chung/` (directory format), `/404.html`. */
  url: string
  /** The route it was built from: `san-pham/[slug]`, `san-pham`, `(home)`, `404`. */
  route: string
}

/** The address of a built file: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function fileToUrl(file: string): string {
  if (file === 'index.html') return '/'
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`
  return `/${file}`
}

/** The Pagefind UI and index are generated files, not pages of the site. */
const notPages = [/^pagefind\//, /^_astro\//]

/**
 * The route of the pages that only redirect (short links, previous slugs): one template, whichever
 * route file wrote them, and whatever page route their address looks like.
 */
export const REDIRECT_ROUTE = '(redirect)'

/** The redirects a build lists in its `_redirects` file, by source address; empty without one. */
export function builtRedirects(dist: string): Map<string, string> {
  const file = path.join(dist, '_redirects')
  return existsSync(file) ? parseRedirectsFile(readFileSync(file, 'utf8')) : new Map()
}

/** Every HTML page of a build, with its route, sorted by address. */
export function htmlPages(dist: string): Page[] {
  const routes = pageRoutes()
  const redirects = builtRedirects(dist)
  return listFiles(dist)
    .filter((file) => file.endsWith('.html') && !notPages.some((pattern) => pattern.test(file)))
    .map((file) => {
      const url = fileToUrl(file)
      return {file, url, route: redirects.has(url) ? REDIRECT_ROUTE : routeOf(url, routes)}
    })
    .sort((a, b) => a.url.localeCompare(b.url))
}

/** One page per route: the first by address, the same on every run. */
export function onePerTemplate(pages: Page[]): Page[] {
  const seen = new Map<string, Page>()
  for (const page of pages) if (!seen.has(page.route)) seen.set(page.route, page)
  return [...seen.values()].sort((a, b) => a.route.localeCompare(b.route))
}

/** Where a browser visits a page: the 404 page at a missing address, as visitors meet it. */
export const addressOf = (page: Page) => (page.route === '404' ? '/trang-khong-ton-tai-kiem-tra-chat-luong/' : page.url)

/** How many pages each route has. */
export function countByRoute(pages: Page[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const page of pages) counts.set(page.route, (counts.get(page.route) ?? 0) + 1)
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)))
}

interface Route {
  name: string
  segments: string[]
}

/**
 * The page routes of `site/pages/`: `san-pham/[slug].astro` → `san-pham/[slug]`. Endpoints
 * (`.ts`, `.js`) are left out: they build feeds and calendars, not HTML pages.
 */
export function pageRoutes(dir = pagesDir): Route[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, {recursive: true})
    .map(String)
    .filter((file) => /\.(astro|md|mdx|html)$/.test(file) && statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('_')))
    .map((file) => {
      const segments = file.replace(/\.(astro|md|mdx|html)$/, '').split('/')
      if (segments.at(-1) === 'index') segments.pop()
      return {name: segments.join('/') || '(home)', segments}
    })
}

/** Astro's priority: more static segments first, then single params before rest params. */
function specificity(route: Route): number[] {
  return [
    route.segments.filter((segment) => !segment.includes('[')).length,
    -route.segments.filter((segment) => segment.startsWith('[...')).length,
    route.segments.length,
  ]
}

function matches(route: Route, parts: string[]): boolean {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = route.segments
    .map((segment) => {
      if (/^\[\.\.\.[^\]]+\]$/.test(segment)) return '(?:/.+)?'
      // `[slug]`, `[slug].html`, `trang-[page]`: each param is one or more characters of one segment.
      const pieces = segment.split(/(\[[^\]]+\])/).map((piece) => (piece.startsWith('[') ? '[^/]+' : escape(piece)))
      return `/${pieces.join('')}`
    })
    .join('')
  return new RegExp(`^${pattern}$`).test(parts.length > 0 ? `/${parts.join('/')}` : '')
}

/**
 * The route a page's address comes from. Pages no route explains (copied from `public/`, written by
 * an integration) are grouped by their first folder and depth: `public/x/a.html` → `x/*`.
 */
export function routeOf(url: string, routes: Route[] = pageRoutes()): string {
  const parts = url
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean)
  if (url.endsWith('.html') && parts.at(-1) === 'index') parts.pop()
  const candidates = routes.filter((route) => matches(route, parts))
  candidates.sort((a, b) => {
    const [x, y] = [specificity(a), specificity(b)]
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i] - x[i]
    return 0
  })
  if (candidates[0]) return candidates[0].name
  if (parts.length === 0) return '(home)'
  return parts.length === 1 ? parts[0] : `${parts[0]}/${parts.slice(1).map(() => '*').join('/')}`
}
