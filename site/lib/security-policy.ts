import type {AstroConfig} from 'astro'
import {intakeUrl, mapTiles, type Env} from './env'

// Narrowing a page's policy to its own code: in a module of its own, which the build's worker threads load.
export {inlineCode, scriptHash, withOwnHashes} from './policy-hashes.ts'

/*
 * The site's Content-Security-Policy and security headers (README: "Security").
 *
 * Every page carries the whole policy in a <meta>: Astro adds the hashes of each inline style and
 * script it writes (`security.csp` in astro.config.mjs), so scripts and styles are only the site's
 * own, and the build then narrows each page's list to its own code (withOwnHashes, called from
 * site/integrations/security-headers.ts). The response header repeats every directive that does
 * not depend on those hashes, and adds what a <meta> cannot say (`frame-ancestors`). A browser
 * enforces both, so a page gets the strictest of the two; and the header never needs to change
 * when a build's hashes do, so a web server's configuration stays as it is from build to build.
 */

/** One directive of a policy, as Astro's `security.csp.directives` takes it: "img-src 'self'". */
type Directive = NonNullable<Exclude<AstroConfig['security']['csp'], boolean>['directives']>[number]

/** Where pages link Sanity's images (sanityImageUrl in site/lib/images.ts) when the build reads a Sanity project. */
const SANITY_IMAGE_ORIGIN = 'https://cdn.sanity.io'

/** Directives a page's <meta> and the header share: where images (the site's, Sanity's, the map tiles'), workers, fonts, data and forms may go. */
export function sharedDirectives(env: Env = process.env): Directive[] {
  const images = ["'self'"]
  if ((env.CONTENT_SOURCE?.trim() || 'local') === 'sanity') images.push(SANITY_IMAGE_ORIGIN)
  // The maps' tiles (PUBLIC_MAP_TILE_URL): that one host, nothing broader.
  images.push(mapTiles(env).origin)
  const forms = ["'self'"]
  const intake = intakeUrl(env)
  if (!intake.startsWith('/')) forms.push(new URL(intake).origin)
  return [
    `img-src ${images.join(' ')}`,
    "font-src 'self'",
    "connect-src 'self'",
    // Pagefind searches in a worker of the site's own.
    "worker-src 'self'",
    "frame-src 'none'",
    `form-action ${forms.join(' ')}`,
    "base-uri 'self'",
    "object-src 'none'",
  ]
}

/** The directives of every page's <meta>, beside Astro's `script-src` and `style-src`. */
export function pageDirectives(env: Env = process.env): Directive[] {
  return ["default-src 'self'", ...sharedDirectives(env)]
}

/** The Content-Security-Policy response header: the shared directives, and no framing by other sites. */
export function headerPolicy(env: Env = process.env): string {
  return [...sharedDirectives(env), "frame-ancestors 'none'"].join('; ')
}

/** Script sources besides the hashes: the site's own files, and WebAssembly for Pagefind. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"]
/** Style sources besides the hashes: none. (`'report-sample'` is a keyword, not a source: without any, Astro would add `'self'`.) */
export const STYLE_RESOURCES = ["'report-sample'"]

/**
 * The response headers every deployment sends with the site, besides the Content-Security-Policy:
 * HTTPS only for two years, no guessing of content types, only the origin told to other sites, no
 * framing (for browsers without `frame-ancestors`), and no browser feature the site does not use
 * (location stays allowed for the site itself: "near me").
 */
export const SECURITY_HEADERS: ReadonlyArray<readonly [name: string, value: string]> = [
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), browsing-topics=()'],
  ['X-Frame-Options', 'DENY'],
]

/** Every header, the policy first. */
export const responseHeaders = (env: Env = process.env): Array<readonly [string, string]> => [['Content-Security-Policy', headerPolicy(env)], ...SECURITY_HEADERS]
