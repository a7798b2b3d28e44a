/**
 * The Vietnamese lunar calendar (âm lịch) for village market days, and the weekends a visitor can
 * plan for. One module for the Studio (its preview of the next market dates), the site's build and
 * the tests.
 *
 * Conversion is by @nghiavuive/lunar_date_vi, Hồ Ngọc Đức's algorithm computed at UTC+7: the
 * Vietnamese calendar, which differs from the Chinese one (UTC+8) in some months. Every date here
 * is a calendar day in Hà Nội, `YYYY-MM-DD`; arithmetic is on UTC midnights, so no time zone of
 * the machine ever leaks in.
 */
import {SolarDate} from '@nghiavuive/lunar_date_vi'

export interface LunarDay {
  day: number
  month: number
  year: number
  /** Whether the month is the year's leap month (tháng nhuận). */
  leap: boolean
  /** Days in this lunar month: 29 (tháng thiếu) or 30 (tháng đủ). */
  monthLength: number
}

/** A village's market schedule as the Studio stores it (craftVillage.visit.marketDays). */
export interface MarketSchedule {
  name?: string | null
  lunarDays?: readonly number[] | null
  opens?: string | null
  closes?: string | null
  note?: string | null
}

const DAY_MS = 86_400_000

function parts(isoDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) throw new Error(`Not a date (YYYY-MM-DD): "${isoDate}"`)
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

/** The date `days` after (or before) `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = parts(isoDate)
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10)
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(isoDate: string): number {
  const [y, m, d] = parts(isoDate)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/** The lunar date of a solar day. */
export function toLunar(isoDate: string): LunarDay {
  const [year, month, day] = parts(isoDate)
  const lunar = new SolarDate({day, month, year}).toLunarDate() as unknown as {
    day: number
    month: number
    year: number
    leap_month: boolean
    length: number
  }
  return {day: lunar.day, month: lunar.month, year: lunar.year, leap: lunar.leap_month, monthLength: lunar.length}
}

/** "mùng 4", "ngày 14": the way a lunar day is said (mùng for the first ten days). */
export function lunarDayName(day: number): string {
  return day <= 10 ? `mùng ${day}` : `ngày ${day}`
}

/** "tháng Giêng", "tháng 11", "tháng Chạp", "tháng 6 nhuận". */
export function lunarMonthName(month: number, leap = false): string {
  const name = month === 1 ? 'tháng Giêng' : month === 12 ? 'tháng Chạp' : `tháng ${month}`
  return leap ? `${name} nhuận` : name
}

/** "mùng 4 tháng 11 âm lịch". */
export function lunarLabel(lunar: Pick<LunarDay, 'day' | 'month' | 'leap'>): string {
  return `${lunarDayName(lunar.day)} ${lunarMonthName(lunar.month, lunar.leap)} âm lịch`
}

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const

/** "Thứ Bảy", "Chủ Nhật". */
export const weekdayName = (isoDate: string): string => WEEKDAYS[dayOfWeek(isoDate)]!

/** "12/12" (day/month, as on a poster). */
export function shortDate(isoDate: string): string {
  const [, m, d] = parts(isoDate)
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}`
}

/** "Thứ Bảy 12/12". */
export const weekdayDate = (isoDate: string): string => `${weekdayName(isoDate)} ${shortDate(isoDate)}`

/** "Thứ Bảy 12/12 (mùng 4 tháng 11 âm lịch)". */
export const weekdayDateWithLunar = (isoDate: string): string => `${weekdayDate(isoDate)} (${lunarLabel(toLunar(isoDate))})`

/** Whether a market with this schedule meets on the day. A lunar day a month lacks (30 in a 29-day month) never occurs. */
export function isMarketDay(schedule: MarketSchedule | null | undefined, isoDate: string): boolean {
  const days = schedule?.lunarDays
  if (!days?.length) return false
  return days.includes(toLunar(isoDate).day)
}

/** The market's days from `fromDate` (included), at most `count`, looking no further than `withinDays`. */
export function nextMarketDays(schedule: MarketSchedule | null | undefined, fromDate: string, count: number, withinDays = 120): string[] {
  const found: string[] = []
  if (!schedule?.lunarDays?.length) return found
  for (let i = 0; i < withinDays && found.length < count; i++) {
    const date = addDays(fromDate, i)
    if (isMarketDay(schedule, date)) found.push(date)
  }
  return found
}

/** "5:00–12:00" from "05:00" and "12:00"; what is known when one is missing. */
export function marketHours(schedule: MarketSchedule): string | undefined {
  const clock = (time: string) => time.replace(/^0(\d)/, '$1')
  if (schedule.opens && schedule.closes) return `${clock(schedule.opens)}–${clock(schedule.closes)}`
  if (schedule.opens) return `từ ${clock(schedule.opens)}`
  return undefined
}

export interface Weekend {
  saturday: string
  sunday: string
}

/**
 * The weekend a visitor means by "cuối tuần này" on `today`: the coming Saturday and Sunday, or,
 * on a Saturday or a Sunday, the weekend they are in.
 */
export function weekendOf(today: string): Weekend {
  const weekday = dayOfWeek(today)
  const saturday = weekday === 0 ? addDays(today, -1) : addDays(today, 6 - weekday)
  return {saturday, sunday: addDays(saturday, 1)}
}

/** `count` weekends, from the one `weekendOf(today)` gives. */
export function upcomingWeekends(today: string, count: number): Weekend[] {
  const first = weekendOf(today).saturday
  return Array.from({length: count}, (_, i) => {
    const saturday = addDays(first, 7 * i)
    return {saturday, sunday: addDays(saturday, 1)}
  })
}
