/**
 * The moment a build treats as "now": whether events are upcoming, registrations open and
 * certificates still valid. Every page of one build reads this one instant, so a build that runs
 * across midnight never mixes two days.
 *
 * SITE_NOW sets it, to build the site as it stands at another moment (the tests pin it to the
 * sample dataset's day; an editor can preview how the site will look on the opening day of a
 * fair). Unset, it is the real clock at the start of the build, as in production.
 */
import {isIsoDate, isIsoDateTime, todayInHanoi} from '../../schemas/lib/dates'
import {ContentError} from './errors'

/**
 * Reads a SITE_NOW value: an ISO 8601 instant with its offset ("2026-11-26T10:00:00+07:00", "…Z"),
 * or a calendar date ("2026-11-26"), which means its first moment in Hà Nội. A time without an
 * offset is refused: it would be read in the build machine's time zone.
 */
export function parseSiteNow(value: string, variable = 'SITE_NOW'): Date {
  const text = value.trim()
  if (isIsoDate(text)) return new Date(`${text}T00:00:00+07:00`)
  if (isIsoDateTime(text)) return new Date(text)
  throw new ContentError(
    `Environment variable ${variable} must be a moment with its offset, such as 2026-11-26T10:00:00+07:00, or a date, such as 2026-11-26; got "${value}"`,
  )
}

// Kept on the global object: Astro loads this module once for its configuration and again in the
// bundle that renders the pages, and both must see the instant read first.
const CACHE = Symbol.for('ocop-hanoi.build-now')
type Cache = {setting: string | undefined; now: Date}

/** The build's "now": SITE_NOW when set, else the real clock when the build first asked. */
export function buildNow(env: NodeJS.ProcessEnv = process.env): Date {
  const setting = env.SITE_NOW?.trim() || undefined
  const store = globalThis as {[CACHE]?: Cache}
  const cached = store[CACHE]
  if (!cached || cached.setting !== setting) store[CACHE] = {setting, now: setting ? parseSiteNow(setting) : new Date()}
  return new Date(store[CACHE]!.now)
}

/** The build's day in Hà Nội, YYYY-MM-DD. */
export function buildToday(env: NodeJS.ProcessEnv = process.env): string {
  return todayInHanoi(buildNow(env))
}

/** Whether the build's "now" was set rather than read from the real clock. */
export const buildNowIsPinned = (env: NodeJS.ProcessEnv = process.env): boolean => Boolean(env.SITE_NOW?.trim())
