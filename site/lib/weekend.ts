/**
 * What a visitor can do on a weekend: events on Saturday or Sunday, village market days on the
 * lunar calendar, and the experiences of villages. Computed at build time for several weekends;
 * site/scripts/weekend.ts picks the coming one in the visitor's browser.
 */
import type {Event, PointOfSale, Village} from './content-schemas'
import {distanceKm} from './geo'
import {marketHours, toLunar, lunarLabel, upcomingWeekends, weekdayDate, type Weekend} from './lunar'
import {dayHours, type WeeklyHours} from './opening-hours'

export interface MarketEntry {
  village: Village
  date: string
  /** "Thứ Bảy 12/12" */
  day: string
  /** "mùng 4 tháng 11 âm lịch" */
  lunar: string
  name: string
  hours: string | undefined
  note: string | null
}

/** A place open on the weekend, with its hours on each day ("8:00–17:30", or "nghỉ"). */
export interface OpenOnWeekend<T> {
  place: T
  saturday: string
  sunday: string
}

export interface WeekendPlan extends Weekend {
  events: Event[]
  markets: MarketEntry[]
  /** Villages with experiences that welcome visitors on one of the days (or whose hours are only text). */
  villages: OpenOnWeekend<Village>[]
  /** Points of sale open on one of the days. */
  pointsOfSale: OpenOnWeekend<PointOfSale>[]
}

/**
 * The place's hours on both days of the weekend, or null when structured hours say it is closed on
 * both; hours given only as text are shown as they are.
 */
function openOn<T>(place: T, hours: WeeklyHours | null | undefined, text: string | null | undefined, weekend: Weekend): OpenOnWeekend<T> | null {
  if (!hours) return text ? {place, saturday: text, sunday: text} : null
  const saturday = dayHours(hours, weekend.saturday)
  const sunday = dayHours(hours, weekend.sunday)
  return saturday === 'nghỉ' && sunday === 'nghỉ' ? null : {place, saturday, sunday}
}

/** How many weekends a build renders: the visitor's browser may open the page weeks after the build. */
export const WEEKENDS_RENDERED = 12

/** The first and the last moment of a Hà Nội day, as epoch milliseconds. */
const startOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00+07:00`)

/** Whether an event runs on some part of Saturday or Sunday (Hà Nội time). */
export function eventOverlaps(event: Pick<Event, 'startsAt' | 'endsAt'>, weekend: Weekend): boolean {
  const from = startOf(weekend.saturday)
  const to = startOf(weekend.sunday) + 86_400_000
  return Date.parse(event.startsAt) < to && Date.parse(event.endsAt) > from
}

/** The market days of villages on a weekend, by date then village name. */
export function marketsOn(villages: readonly Village[], weekend: Weekend): MarketEntry[] {
  const entries: MarketEntry[] = []
  for (const date of [weekend.saturday, weekend.sunday]) {
    for (const village of villages) {
      const schedule = village.visit?.marketDays
      if (!schedule?.lunarDays.length) continue
      const lunar = toLunar(date)
      if (!schedule.lunarDays.includes(lunar.day)) continue
      entries.push({
        village,
        date,
        day: weekdayDate(date),
        lunar: lunarLabel(lunar),
        name: schedule.name || `Chợ phiên ${village.name}`,
        hours: marketHours(schedule),
        note: schedule.note,
      })
    }
  }
  return entries
}

/** The plans of `count` weekends from `today` (the build's day in Hà Nội). */
export function weekendPlans(
  today: string,
  events: readonly Event[],
  villages: readonly Village[],
  pointsOfSale: readonly PointOfSale[] = [],
  count = WEEKENDS_RENDERED,
): WeekendPlan[] {
  const byStart = (a: Event, b: Event) => Date.parse(a.startsAt) - Date.parse(b.startsAt)
  const present = <T>(entry: OpenOnWeekend<T> | null): entry is OpenOnWeekend<T> => entry !== null
  return upcomingWeekends(today, count).map((weekend) => ({
    ...weekend,
    events: events.filter((event) => eventOverlaps(event, weekend)).sort(byStart),
    markets: marketsOn(villages, weekend),
    villages: villages
      .filter((village) => (village.visit?.experiences?.length ?? 0) > 0)
      .map((village) => openOn(village, village.visit?.hours, village.visit?.openingHours, weekend))
      .filter(present),
    pointsOfSale: pointsOfSale.map((pos) => openOn(pos, pos.hours, pos.openingHours, weekend)).filter(present),
  }))
}

/** How far from a village's gate an event still counts as "near the village". */
export const NEAR_VILLAGE_KM = 3

/** Events in the village's commune or ward, or within NEAR_VILLAGE_KM of its location. */
export function eventsNear(village: Village, events: readonly Event[]): Event[] {
  const here = village.visit?.location
  return events.filter(
    (event) =>
      event.venue.area?._id === village.area._id ||
      (here && event.venue.location ? distanceKm(here, event.venue.location) <= NEAR_VILLAGE_KM : false),
  )
}
