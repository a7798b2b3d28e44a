import path from 'node:path'
import {contentSourceFromEnv} from '../site/lib/content-source'
import {readSanityConfig, type SanityConfig} from '../site/lib/env'

/**
 * The publisher's settings, all from environment variables, checked once at start: a missing or
 * malformed one stops the service with its name and an example, before it accepts any request.
 */
export interface PublisherConfig {
  host: string
  port: number
  /** The secret of the Sanity webhook(s); requests not signed with it are refused. */
  secret: string
  /** How long a signature stays acceptable, against replayed requests. */
  maxSignatureAgeMs: number
  /** Publishes within this window after the first one become one build. */
  debounceMs: number
  /** Successful builds kept per site for rollback, the served one included. */
  keep: number
  /** Shell command that builds the site into `{out}`. */
  buildCommand: string
  /** A build running longer is stopped, with every process it started, and counts as failed. */
  buildTimeoutMs: number
  /** How long a build asked to stop (SIGTERM) has before it is killed (SIGKILL); 10 s unless a test shortens it. */
  buildKillGraceMs?: number
  /** The public site: `<root>/current` is the folder the web server serves. */
  siteRoot: string
  /** The draft preview, when configured: built with the drafts perspective and the read token. */
  previewRoot?: string
  /** Read token for the preview build; never given to the public build. */
  previewToken?: string
  /** Largest webhook body accepted. */
  maxBodyBytes: number
  /** Hà Nội time (HH:MM) of the daily rebuild that moves events to "past"; undefined: none. */
  dailyBuildAt?: string
  /**
   * Where to write the status the Studio shows ("Đã lên website lúc 10:32"): the site's Sanity
   * project with a write token (SANITY_API_WRITE_TOKEN, as the intake service's). Undefined: the
   * content is not read from Sanity, or no token was given.
   */
  status?: {sanity: SanityConfig; token: string}
}

type Env = Record<string, string | undefined>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** A whole-number setting within bounds, or its default when unset. */
export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`)
  return value
}

export function readPublisherConfig(env: Env = process.env, cwd: string = process.cwd()): PublisherConfig {
  const secret = env.SANITY_WEBHOOK_SECRET?.trim()
  if (!secret) {
    throw new ConfigError('SANITY_WEBHOOK_SECRET is not set: use the secret of the webhook in sanity.io/manage → API → Webhooks (at least 16 characters)')
  }
  if (secret.length < 16) throw new ConfigError('SANITY_WEBHOOK_SECRET is too short: use at least 16 random characters, the same as in the webhook settings')

  // Printed QR codes, canonical links and the sitemap carry the site's address: never the default.
  const siteUrl = env.SITE_URL?.trim()
  if (!siteUrl || !URL.canParse(siteUrl) || !/^https?:/.test(siteUrl)) {
    throw new ConfigError(`SITE_URL must be the public address of the site, such as https://ocop.hanoi.gov.vn (QR codes on packaging carry it); got "${siteUrl ?? ''}"`)
  }

  const host = env.PUBLISHER_HOST?.trim() || '127.0.0.1'
  const buildCommand = env.PUBLISHER_BUILD_COMMAND?.trim() || 'npm run build -- --outDir {out}'
  if (!buildCommand.includes('{out}')) throw new ConfigError(`PUBLISHER_BUILD_COMMAND must contain {out}, the folder to build into; got "${buildCommand}"`)

  const siteRoot = path.resolve(cwd, env.PUBLISHER_SITE_ROOT?.trim() || 'publish/site')
  const previewRoot = env.PUBLISHER_PREVIEW_ROOT?.trim() ? path.resolve(cwd, env.PUBLISHER_PREVIEW_ROOT.trim()) : undefined
  const previewToken = env.SANITY_API_READ_TOKEN?.trim() || undefined
  if (previewRoot && !previewToken) {
    throw new ConfigError('PUBLISHER_PREVIEW_ROOT is set but SANITY_API_READ_TOKEN is not: the draft preview reads drafts, which needs a read token (sanity.io/manage → API → Tokens, "Viewer")')
  }
  if (previewRoot && path.relative(siteRoot, previewRoot) === '') throw new ConfigError('PUBLISHER_PREVIEW_ROOT must be another folder than PUBLISHER_SITE_ROOT')

  // The builds would stop on these anyway; better to say so now than at the first publish.
  let status: PublisherConfig['status']
  try {
    contentSourceFromEnv(env)
    if (previewRoot) readSanityConfig({...env, SANITY_PERSPECTIVE: 'drafts', SANITY_API_READ_TOKEN: previewToken})
    const writeToken = env.SANITY_API_WRITE_TOKEN?.trim()
    if ((env.CONTENT_SOURCE?.trim() || 'local') === 'sanity' && writeToken) {
      if (!/^[A-Za-z0-9._-]{20,}$/.test(writeToken)) throw new ConfigError('SANITY_API_WRITE_TOKEN is malformed: copy the whole token from sanity.io/manage')
      status = {sanity: readSanityConfig({...env, SANITY_API_READ_TOKEN: undefined, SANITY_PERSPECTIVE: 'published'}), token: writeToken}
    }
  } catch (error) {
    throw new ConfigError((error as Error).message)
  }

  const daily = env.PUBLISHER_DAILY_BUILD?.trim() || '00:05'
  if (daily !== 'off' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(daily)) throw new ConfigError(`PUBLISHER_DAILY_BUILD must be a Hà Nội time such as 00:05, or off; got "${daily}"`)

  return {
    host,
    dailyBuildAt: daily === 'off' ? undefined : daily,
    port: integer(env, 'PUBLISHER_PORT', 8787, 0, 65_535),
    secret,
    maxSignatureAgeMs: integer(env, 'PUBLISHER_MAX_SIGNATURE_AGE_S', 300, 10, 86_400) * 1000,
    debounceMs: integer(env, 'PUBLISHER_DEBOUNCE_MS', 5_000, 0, 3_600_000),
    keep: integer(env, 'PUBLISHER_KEEP', 5, 2, 100),
    buildCommand,
    buildTimeoutMs: integer(env, 'PUBLISHER_BUILD_TIMEOUT_S', 900, 10, 86_400) * 1000,
    siteRoot,
    previewRoot,
    previewToken,
    maxBodyBytes: integer(env, 'PUBLISHER_MAX_BODY_BYTES', 64 * 1024, 1024, 10 * 1024 * 1024),
    ...(status ? {status} : {}),
  }
}
