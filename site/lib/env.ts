import {ContentError} from './errors'

/** How the site reads a live Sanity project; every value is checked before the first request. */
export interface SanityConfig {
  projectId: string
  dataset: string
  apiVersion: string
  /** Read token: needed for private datasets and for draft previews; never written into the site. */
  token?: string
  perspective: 'published' | 'drafts'
  /** Another API host, e.g. a local double of the API in tests. */
  apiHost?: string
  timeoutMs: number
  maxRetries: number
}

export type Env = Record<string, string | undefined>

function required(env: Env, name: string, pattern: RegExp, example: string): string {
  const value = env[name]?.trim()
  if (!value) throw new ContentError(`Missing environment variable ${name} (for CONTENT_SOURCE=sanity), e.g. ${name}=${example}`)
  if (!pattern.test(value)) throw new ContentError(`Environment variable ${name} is malformed: "${value}" (expected something like ${example})`)
  return value
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ContentError(`Environment variable ${name} must be a whole number from ${min} to ${max}, got "${raw}"`)
  }
  return value
}

/** Reads and checks the SANITY_* variables; a missing or malformed one stops the build with its name. */
export function readSanityConfig(env: Env = process.env): SanityConfig {
  const projectId = required(env, 'SANITY_PROJECT_ID', /^[a-z0-9][a-z0-9-]{0,63}$/, 'abc123xy')
  const dataset = required(env, 'SANITY_DATASET', /^[a-z0-9][a-z0-9_-]{0,63}$/, 'production')
  const apiVersion = required(env, 'SANITY_API_VERSION', /^(v?\d{4}-\d{2}-\d{2}|v?1|vX)$/, '2026-11-01')
  const token = env.SANITY_API_READ_TOKEN?.trim() || undefined
  if (token && !/^[A-Za-z0-9._-]{20,}$/.test(token)) {
    throw new ContentError('Environment variable SANITY_API_READ_TOKEN is malformed (copy the whole token from sanity.io/manage)')
  }
  const perspective = env.SANITY_PERSPECTIVE?.trim() || 'published'
  if (perspective !== 'published' && perspective !== 'drafts') {
    throw new ContentError(`Environment variable SANITY_PERSPECTIVE must be "published" or "drafts", got "${perspective}"`)
  }
  if (perspective === 'drafts' && !token) {
    throw new ContentError('SANITY_PERSPECTIVE=drafts needs SANITY_API_READ_TOKEN: drafts are never readable without a token')
  }
  const apiHost = env.SANITY_API_HOST?.trim() || undefined
  if (apiHost && !/^https?:\/\/[^/?#\s]+$/.test(apiHost)) {
    throw new ContentError(`Environment variable SANITY_API_HOST must be a protocol and host such as https://api.sanity.io, got "${apiHost}"`)
  }
  return {
    projectId,
    dataset,
    apiVersion: apiVersion.replace(/^v/, ''),
    token,
    perspective,
    apiHost,
    timeoutMs: integer(env, 'SANITY_TIMEOUT_MS', 30_000, 100, 600_000),
    maxRetries: integer(env, 'SANITY_MAX_RETRIES', 4, 0, 10),
  }
}

/**
 * True when this build is the draft preview (CONTENT_SOURCE=sanity with SANITY_PERSPECTIVE=drafts):
 * its pages say so and ask search engines to stay away. Drafts never reach a public build.
 */
export function isDraftPreview(env: Env = process.env): boolean {
  return (env.CONTENT_SOURCE?.trim() || 'local') === 'sanity' && readSanityConfig(env).perspective === 'drafts'
}

/**
 * Where the site's forms send what people type: the intake service (`npm run intake`), by default
 * on the site's own address under /api/de-xuat, which the web server forwards to it (README).
 * INTAKE_URL points the forms elsewhere, e.g. https://de-xuat.ocop.hanoi.gov.vn/api/de-xuat.
 */
export function intakeUrl(env: Env = process.env): string {
  const value = env.INTAKE_URL?.trim() || '/api/de-xuat'
  const ok = value.startsWith('/') ? /^\/[A-Za-z0-9/_-]*$/.test(value) : URL.canParse(value) && /^https?:\/\/[^\s?#]+$/.test(value)
  if (!ok) throw new ContentError(`Environment variable INTAKE_URL must be a path such as /api/de-xuat or an http(s) address, got "${value}"`)
  return value.replace(/\/+$/, '')
}

/** The form actions: one endpoint per kind of proposal. */
export const intakeActions = (env: Env = process.env) => ({
  shopLinks: `${intakeUrl(env)}/lien-ket`,
  pointOfSale: `${intakeUrl(env)}/diem-ban`,
})

/** The raster tiles behind the site's maps and the credit their provider asks for. */
export interface MapTiles {
  /** An https address with {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png. */
  url: string
  /** The credit shown on the map; "OpenStreetMap" in it links to openstreetmap.org/copyright. */
  attribution: string
  /** The tiles' origin, the only host besides the site the pages' `img-src` allows for them. */
  origin: string
}

export const DEFAULT_MAP_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
export const DEFAULT_MAP_ATTRIBUTION = '© OpenStreetMap contributors'

/**
 * Where the maps of the place pages take their tiles (PUBLIC_MAP_TILE_URL, named like the Studio's
 * SANITY_STUDIO_MAP_TILE_URL) and the credit to show (PUBLIC_MAP_ATTRIBUTION). OpenStreetMap's own
 * server by default, which its tile usage policy allows only for light use (README: "Maps"). The
 * host must be written out (no {s}): the Content-Security-Policy allows exactly that host.
 */
export function mapTiles(env: Env = process.env): MapTiles {
  const url = env.PUBLIC_MAP_TILE_URL?.trim() || DEFAULT_MAP_TILE_URL
  const attribution = env.PUBLIC_MAP_ATTRIBUTION?.trim() || DEFAULT_MAP_ATTRIBUTION
  const example = `such as ${DEFAULT_MAP_TILE_URL}`
  const parsed = URL.canParse(url.replace(/\{[a-z]\}/g, '0')) ? new URL(url.replace(/\{[a-z]\}/g, '0')) : null
  const host = /^https:\/\/([^/?#]*)/.exec(url)?.[1] ?? ''
  if (!parsed || parsed.protocol !== 'https:' || /[{}]/.test(host) || /\s/.test(url)) {
    throw new ContentError(`Environment variable PUBLIC_MAP_TILE_URL must be an https address with its host written out, ${example}, got "${url}"`)
  }
  const missing = ['{z}', '{x}', '{y}'].filter((part) => !url.includes(part))
  if (missing.length > 0) throw new ContentError(`Environment variable PUBLIC_MAP_TILE_URL must contain {z}, {x} and {y} (missing ${missing.join(', ')}), ${example}, got "${url}"`)
  if (/[<>\u0000-\u001f]/.test(attribution)) throw new ContentError(`Environment variable PUBLIC_MAP_ATTRIBUTION must be plain text such as "${DEFAULT_MAP_ATTRIBUTION}", got "${attribution}"`)
  return {url, attribution, origin: parsed.origin}
}
