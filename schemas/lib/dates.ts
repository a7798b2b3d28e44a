import {CERTIFICATE_VALIDITY_MONTHS} from '../constants'

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
