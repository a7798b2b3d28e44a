/**
 * Whether events are upcoming and registrations open. A static page is read for weeks after it
 * is built, so pages render the state at build time in elements carrying `data-starts-at`,
 * `data-ends-at` or `data-closes-at`, and a small script (schedule-status.ts) brings them up to
 * date in the visitor's browser. Both word the state with the functions here, so they cannot
 * disagree. Kept free of Intl and imports: the script is written inline into pages.
 */

export type EventStatus = 'upcoming' | 'ongoing' | 'past'

/** Where an event stands at a moment: the build's "now" on pages, the visitor's clock in the browser. */
export function eventStatus(event: {startsAt: string; endsAt: string}, now: Date): EventStatus {
  if (now.getTime() >= Date.parse(event.endsAt)) return 'past'
  return now.getTime() >= Date.parse(event.startsAt) ? 'ongoing' : 'upcoming'
}

/** True while a training or an event still takes registrations at a moment. */
export function registrationOpen(training: {registrationDeadline: string}, now: Date): boolean {
  return now.getTime() < Date.parse(training.registrationDeadline)
}

/** Vietnamese labels for each state, shared by the pages and the script that refreshes them. */
export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  upcoming: 'Sắp diễn ra',
  ongoing: 'Đang diễn ra',
  past: 'Đã diễn ra',
}

/** An event's state and its words at a moment: "Sắp diễn ra", "Đang diễn ra", "Đã diễn ra". */
export function eventState(event: {startsAt: string; endsAt: string}, now: Date): {status: EventStatus; label: string} {
  const status = eventStatus(event, now)
  return {status, label: EVENT_STATUS_LABELS[status]}
}

export const REGISTRATION_LABELS = {open: 'Đang nhận đăng ký', closed: 'Hết hạn đăng ký'} as const

/** `open` with days left, `last-day` on the deadline's own day, `closed` once it has passed. */
export type RegistrationStatus = 'open' | 'last-day' | 'closed'

// Hà Nội has kept UTC+7 all year since 1975: its calendar days are plain arithmetic, no Intl needed.
const HANOI_OFFSET = 7 * 3600_000
const DAY = 86_400_000
const hanoiDayNumber = (time: number) => Math.floor((time + HANOI_OFFSET) / DAY)

/** The Hà Nội time of day of an instant, "17:00", as format.ts writes it. */
function hanoiClock(time: number): string {
  const minutes = Math.floor(((time + HANOI_OFFSET) % DAY) / 60_000)
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
}

/**
 * A registration's state and its words at a moment: "Đang nhận đăng ký – còn 5 ngày" (Hà Nội
 * calendar days to the deadline's day), "Hạn chót hôm nay, đến 17:00", "Hết hạn đăng ký".
 */
export function registrationState(deadline: string, now: Date): {status: RegistrationStatus; label: string} {
  const closes = Date.parse(deadline)
  if (now.getTime() >= closes) return {status: 'closed', label: REGISTRATION_LABELS.closed}
  const days = hanoiDayNumber(closes) - hanoiDayNumber(now.getTime())
  if (days === 0) return {status: 'last-day', label: `Hạn chót hôm nay, đến ${hanoiClock(closes)}`}
  return {status: 'open', label: `${REGISTRATION_LABELS.open} – còn ${days} ngày`}
}
