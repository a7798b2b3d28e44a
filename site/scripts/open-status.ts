/**
 * "Đang mở cửa, đóng lúc 18:00" / "Đóng cửa, mở lại 7:30 thứ Hai" for the visitor's moment, in Hà
 * Nội time. A static page cannot say it: it is read hours or weeks after it was built. Pages write
 * each place's hours as JSON in `data-hours` (and `data-hours-words="village"` for a village's
 * "Đang đón khách") on an empty, hidden element (site/components/
 * OpeningHours.astro); this fills it in and shows it, and hides exceptions (`data-until`) that have
 * ended. Without JavaScript the week's hours are there, and no status that could be stale.
 */
import {hanoiDay, openState, openStateLabel, STATUS_WORDS, type StatusWords, type WeeklyHours} from '../lib/opening-hours'

export function refreshOpenStatus(root: ParentNode, now: Date): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-hours]')) {
    let hours: WeeklyHours
    try {
      hours = JSON.parse(element.dataset.hours!) as WeeklyHours
    } catch {
      continue
    }
    const words = (element.dataset.hoursWords ?? 'shop') as StatusWords
    const {status, label} = openStateLabel(openState(hours, now), now, words in STATUS_WORDS ? words : 'shop')
    element.dataset.status = status
    element.textContent = label
    element.hidden = false
  }
  const today = hanoiDay(now).date
  for (const element of root.querySelectorAll<HTMLElement>('[data-until]')) element.hidden = element.dataset.until! < today
}

if (typeof document !== 'undefined') {
  refreshOpenStatus(document, new Date())
  // A page left open keeps telling the truth: every minute, on the minute's turn.
  setInterval(() => refreshOpenStatus(document, new Date()), 60_000)
}
