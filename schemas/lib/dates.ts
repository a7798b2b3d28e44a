import {CERTIFICATE_VALIDITY_MONTHS} from '../constants'

/** Options of every date field: typed and shown as Vietnamese dates. */
export const DATE_OPTIONS = {dateFormat: 'DD/MM/YYYY'}

/**
 * Options of every date-time field: shown and typed in Hà Nội time whatever the editor's computer
 * says, without the choice of another zone (the website shows Hà Nội time).
 */
export const HANOI_DATETIME_OPTIONS = {dateFormat: 'DD/MM/YYYY', timeFormat: 'HH:mm', displayTimeZone: 'Asia/Ho_Chi_Minh', allowTimeZoneSwitch: false}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [year, month, day] = value.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** True for a moment as Sanity stores a datetime: a real date, a time and an offset ("2026-11-24T01:00:00.000Z"). */
export function isIsoDateTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) &&
    isIsoDate(value.slice(0, 10)) &&
    !Number.isNaN(Date.parse(value))
  )
}

/** Adds whole months to a calendar date (YYYY-MM-DD), clamping to the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1 + months, day))
  // 31 Jan + 1 month would roll over into March; the last day of February is meant.
  if (date.getUTCDate() !== day) date.setUTCDate(0)
  return date.toISOString().slice(0, 10)
}

/** The statutory expiry of an OCOP certificate: 36 months after its decision date. */
export function certificateExpiry(decisionDate: string): string {
  return addMonths(decisionDate, CERTIFICATE_VALIDITY_MONTHS)
}

// One formatter for every call: creating one with a time zone costs ICU work and native memory,
// and a build of 10,000 product pages asks for today's date some 100,000 times.
const hanoiDay = new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Ho_Chi_Minh'})

/** Today's date in Hà Nội as YYYY-MM-DD. */
export function todayInHanoi(now: Date = new Date()): string {
  return hanoiDay.format(now)
}

/** Months before expiry from which a certificate counts as "expiring soon" in the Studio. */
export const EXPIRY_WARNING_MONTHS = 3

/**
 * How a certificate stands on a day, for editors' lists: "Hết hiệu lực" after its expiry, "Sắp hết
 * hạn dd/mm/yyyy" within three months of it, nothing while it is simply valid.
 */
export function certificateState(expiresOn: string | undefined, today: string): string | undefined {
  if (!isIsoDate(expiresOn)) return undefined
  if (expiresOn < today) return 'Hết hiệu lực'
  return expiresOn <= addMonths(today, EXPIRY_WARNING_MONTHS) ? `Sắp hết hạn ${vietnameseDate(expiresOn)}` : undefined
}

/** Formats YYYY-MM-DD as the Vietnamese DD/MM/YYYY. */
export function vietnameseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-')
  return `${day}/${month}/${year}`
}

const hanoiDateTime = new Intl.DateTimeFormat('vi-VN', {timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit'})

/** A moment as Hà Nội's clock shows it, in Vietnamese: "16:15 24/11/2026". */
export function vietnameseDateTime(iso: string): string {
  return hanoiDateTime.format(new Date(iso))
}
