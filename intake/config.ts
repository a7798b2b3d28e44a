import {randomBytes} from 'node:crypto'
import path from 'node:path'
import {intakeUrl, readSanityConfig, type SanityConfig} from '../site/lib/env'
import {ConfigError, integer} from '../publisher/config'
import {normaliseAddress} from './client-address'

export {ConfigError}

/**
 * The intake service's settings, all from environment variables, checked once at start: a
 * missing or malformed one stops it with its name and an example before it accepts a request.
 */
export interface IntakeConfig {
  host: string
  port: number
  /** The public site: thank-you pages, links and the page frame's assets are there. */
  siteUrl: string
  /** The path the service answers on, e.g. /api/de-xuat (from INTAKE_URL, as the site's forms). */
  basePath: string
  /** The form actions written into the pages the service answers with (INTAKE_URL). */
  actionBase: string
  /** The built site (a folder, or its http(s) address): its /dang-ky-diem-ban/ page frames the answers. */
  siteRoot: string
  sanity: SanityConfig & {token: string}
  /** Signs the review pages' tickets; random per start unless set (restarts then void open reviews). */
  ticketSecret: string
  /** A review page sent back sooner than this is refused: people read before they confirm. */
  minFillMs: number
  /** How long a review page stays valid. */
  ticketTtlMs: number
  /** Requests each client may make per window. */
  rateLimit: number
  rateWindowMs: number
  maxBodyBytes: number
  /**
   * Addresses of the reverse proxies in front (normalised, see client-address.ts): only a request
   * from one of them has its X-Forwarded-For believed. Empty: the client is the TCP peer.
   */
  trustedProxies: string[]
}

type Env = Record<string, string | undefined>

export function readIntakeConfig(env: Env = process.env, cwd: string = process.cwd()): IntakeConfig {
  const siteUrl = env.SITE_URL?.trim().replace(/\/+$/, '')
  if (!siteUrl || !URL.canParse(siteUrl) || !/^https?:/.test(siteUrl)) {
    throw new ConfigError(`SITE_URL must be the public address of the site, such as https://ocop.hanoi.gov.vn (thank-you pages and links lead there); got "${siteUrl ?? ''}"`)
  }
  const token = env.SANITY_API_WRITE_TOKEN?.trim()
  if (!token) {
    throw new ConfigError('SANITY_API_WRITE_TOKEN is not set: create a token with "Editor" rights in sanity.io/manage → API → Tokens; proposals are stored with it as drafts')
  }
  if (!/^[A-Za-z0-9._-]{20,}$/.test(token)) throw new ConfigError('SANITY_API_WRITE_TOKEN is malformed: copy the whole token from sanity.io/manage')
  let sanity: SanityConfig
  let actionBase: string
  try {
    // Project, dataset, API version and host are the site's own SANITY_* settings; only the token differs.
    sanity = readSanityConfig({...env, SANITY_API_READ_TOKEN: undefined, SANITY_PERSPECTIVE: 'published'})
    actionBase = intakeUrl(env)
  } catch (error) {
    throw new ConfigError((error as Error).message)
  }
  const secret = env.INTAKE_SECRET?.trim()
  if (secret !== undefined && secret !== '' && secret.length < 16) throw new ConfigError('INTAKE_SECRET must be at least 16 random characters (or left unset)')
  const rawRoot = env.INTAKE_SITE_ROOT?.trim() || 'dist'
  const siteRoot = /^https?:\/\//.test(rawRoot) ? rawRoot.replace(/\/+$/, '') : path.resolve(cwd, rawRoot)
  // The old switch believed X-Forwarded-For from anyone who could reach the port; a deployment that set it must now name its proxies.
  const trust = env.INTAKE_TRUST_PROXY?.trim().toLowerCase() || 'false'
  if (!['false', '0'].includes(trust)) {
    throw new ConfigError('INTAKE_TRUST_PROXY is replaced by INTAKE_TRUSTED_PROXIES: set that to the addresses of the reverse proxies in front of the service, such as INTAKE_TRUSTED_PROXIES=127.0.0.1,::1, and remove INTAKE_TRUST_PROXY')
  }
  const proxies = (env.INTAKE_TRUSTED_PROXIES ?? '').split(',').map((item) => item.trim()).filter(Boolean)
  const notAddresses = proxies.filter((item) => !normaliseAddress(item))
  if (notAddresses.length > 0) {
    throw new ConfigError(`INTAKE_TRUSTED_PROXIES must be IP addresses separated by commas, such as 127.0.0.1,::1 (no host names or ranges); got ${notAddresses.map((item) => `"${item}"`).join(', ')}`)
  }

  return {
    host: env.INTAKE_HOST?.trim() || '127.0.0.1',
    port: integer(env, 'INTAKE_PORT', 8788, 0, 65_535),
    siteUrl,
    basePath: actionBase.startsWith('/') ? actionBase : new URL(actionBase).pathname.replace(/\/+$/, ''),
    actionBase,
    siteRoot,
    sanity: {...sanity, token},
    ticketSecret: secret || randomBytes(32).toString('hex'),
    minFillMs: integer(env, 'INTAKE_MIN_FILL_S', 2, 0, 600) * 1000,
    ticketTtlMs: integer(env, 'INTAKE_TICKET_TTL_S', 2 * 3600, 60, 7 * 86_400) * 1000,
    rateLimit: integer(env, 'INTAKE_RATE_LIMIT', 10, 1, 10_000),
    rateWindowMs: integer(env, 'INTAKE_RATE_WINDOW_S', 600, 1, 86_400) * 1000,
    maxBodyBytes: integer(env, 'INTAKE_MAX_BODY_BYTES', 32 * 1024, 1024, 1024 * 1024),
    trustedProxies: [...new Set(proxies.map((item) => normaliseAddress(item) as string))],
  }
}
