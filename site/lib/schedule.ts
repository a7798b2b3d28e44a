/**
 * Whether events are upcoming and registrations open. A static page is read for weeks after it
 * is built, so pages render the state at build time in elements carrying `data-starts-at`,
 * `data-ends-at` or `data-closes-at`, and a small script (schedule-status.ts) brings them up to
 * date in the visitor's browser.
 */

export type EventStatus = 'upcoming' | 'ongoing' | 'past'

/** Where an event stands at a moment: the build's "now" on pages, the visitor's clock in the browser. */
export function eventStatus(event: {startsAt: string; endsAt: string}, now: Date): EventStatus {
  if (now.getTime() >= Date.parse(event.endsAt)) return 'past'
  return now.getTime() >= Date.parse(event.startsAt) ? 'ongoing' : 'upcoming'
}

/** True while a training still takes registrations at a moment. */
export function registrationOpen(training: {registrationDeadline: string}, now: Date): boolean {
  return now.getTime() < Date.parse(training.registrationDeadline)
}

/** Vietnamese labels for each state, shared by the pages and the script that refreshes them. */
export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  upcoming: 'Sắp diễn ra',
  ongoing: 'Đang diễn ra',
  past: 'Đã diễn ra',
}

export const REGISTRATION_LABELS = {open: 'Đang nhận đăng ký', closed: 'Đã hết hạn đăng ký'} as const
