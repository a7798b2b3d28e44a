/**
 * Brings build-time schedule badges up to date in the visitor's browser. A static page is read for
 * weeks after it is built: an event that has ended must not keep saying "Sắp diễn ra".
 *
 * Pages render the state at build time in elements that carry ISO instants:
 *   - events: `data-starts-at` and `data-ends-at` → "Sắp diễn ra" / "Đang diễn ra" / "Đã diễn ra"
 *   - registration for a training or an event: `data-closes-at` → "Đang nhận đăng ký – còn 5 ngày" /
 *     "Hạn chót hôm nay, đến 17:00" / "Hết hạn đăng ký" (the words of site/lib/schedule.ts)
 * This script recomputes the state for the visitor's clock and updates the element's text and its
 * `data-status` attribute, nothing else. Without JavaScript the build-time state stays.
 *
 * site/components/StatusBadge.astro writes it inline, bundled (site/lib/inline-module.ts), once
 * per page that shows a badge.
 */
import {eventState, registrationState} from '../lib/schedule'

export interface ScheduleState {
  status: string
  label: string
}

/** The state an element's data attributes describe at `now`, or null when it carries none (or bad dates). */
export function scheduleState(data: {startsAt?: string; endsAt?: string; closesAt?: string}, now: Date): ScheduleState | null {
  if (data.startsAt && data.endsAt) {
    if (Number.isNaN(Date.parse(data.startsAt)) || Number.isNaN(Date.parse(data.endsAt))) return null
    return eventState({startsAt: data.startsAt, endsAt: data.endsAt}, now)
  }
  if (data.closesAt) {
    if (Number.isNaN(Date.parse(data.closesAt))) return null
    return registrationState(data.closesAt, now)
  }
  return null
}

/** Updates every schedule badge under `root`; returns how many changed. */
export function refreshScheduleStatus(root: ParentNode, now: Date): number {
  let changed = 0
  for (const element of root.querySelectorAll<HTMLElement>('[data-starts-at][data-ends-at], [data-closes-at]')) {
    const state = scheduleState(element.dataset, now)
    if (!state || (element.dataset.status === state.status && element.textContent === state.label)) continue
    element.dataset.status = state.status
    element.textContent = state.label
    changed++
  }
  return changed
}

// The visitor's clock: the page was built at another moment.
if (typeof document !== 'undefined') refreshScheduleStatus(document, new Date())
