/**
 * Opening hours as editors enter them in the Studio (schemas/objects/weekly-hours.ts): rows of
 * weekdays with an opening and a closing time, and dated exceptions (Tết, a holiday, a festival
 * season with longer hours). The build renders the week from them; the browser, with the same
 * functions (site/scripts/open-status.ts), says "Đang mở cửa" or when the place opens again, in Hà
 * Nội time whatever the visitor's time zone. Vietnam keeps UTC+7 all year: no daylight saving.
 */

export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mo: 'Thứ Hai',
  tu: 'Thứ Ba',
  we: 'Thứ Tư',
  th: 'Thứ Năm',
  fr: 'Thứ Sáu',
  sa: 'Thứ Bảy',
  su: 'Chủ Nhật',
}

/** schema.org's names of the days, for `openingHoursSpecification`. */
const SCHEMA_DAYS: Record<Weekday, string> = {
  mo: 'Monday',
  tu: 'Tuesday',
  we: 'Wednesday',
  th: 'Thursday',
  fr: 'Friday',
  sa: 'Saturday',
  su: 'Sunday',
}

export interface HoursRow {
  days: Weekday[]
  /** "7:30" or "07:30"; a closing time at or before the opening time closes after midnight. */
  opens: string
  closes: string
}

export interface HoursException {
  /** First and last day, "YYYY-MM-DD" in Hà Nội. */
  from: string
  to?: string | null
  closed: boolean
  opens?: string | null
  closes?: string | null
  reason?: string | null
}

export interface WeeklyHours {
  weekly: HoursRow[]
  exceptions?: HoursException[] | null
  note?: string | null
}

const HANOI_OFFSET_MS = 7 * 3_600_000
const DAY_MINUTES = 24 * 60

/** Minutes after midnight of "H:MM" / "HH:MM" (up to "24:00"), or null when it is not a time. */
export function parseTime(value: string | null | undefined): number | null {
  const match = /^\s*(\d{1,2})[:h.](\d{2})\s*$/.exec(value ?? '')
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null
  return hours * 60 + minutes
}

/** "7:30", "18:00", "0:00" from minutes after midnight (past midnight wraps). */
export function formatTime(minutes: number): string {
  const inDay = ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES
  return `${Math.floor(inDay / 60)}:${String(inDay % 60).padStart(2, '0')}`
}

/** A closing time: midnight at the end of the day is "24:00", as Vietnamese signs write it. */
const formatEnd = (minutes: number) => (minutes === DAY_MINUTES ? '24:00' : formatTime(minutes))

/** "07:30", as schema.org and ISO 8601 write times. */
const isoTime = (minutes: number) => formatTime(minutes).padStart(5, '0')

/** A calendar day in Hà Nội: its date and its weekday. */
export interface HanoiDay {
  /** "YYYY-MM-DD" */
  date: string
  weekday: Weekday
}

/** The Hà Nội day `offset` days after the one `instant` falls on, and the minute of that instant in its own day. */
export function hanoiDay(instant: Date, offset = 0): HanoiDay & {minute: number} {
  const local = new Date(instant.getTime() + HANOI_OFFSET_MS)
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes()
  local.setUTCDate(local.getUTCDate() + offset)
  return {
    date: local.toISOString().slice(0, 10),
    // getUTCDay: 0 is Sunday.
    weekday: WEEKDAYS[(local.getUTCDay() + 6) % 7]!,
    minute,
  }
}

/** An interval in minutes from the start of a day; `end` past 1440 runs into the next day. */
export interface Interval {
  start: number
  end: number
}

function interval(opens: string | null | undefined, closes: string | null | undefined): Interval | null {
  const start = parseTime(opens)
  const end = parseTime(closes)
  if (start === null || end === null || start === DAY_MINUTES) return null
  return {start, end: end <= start ? end + DAY_MINUTES : end}
}

/** The exception that applies on a date (the last one listed wins where two overlap), if any. */
export function exceptionOn(hours: WeeklyHours, date: string): HoursException | undefined {
  let found: HoursException | undefined
  for (const exception of hours.exceptions ?? []) {
    if (exception.from <= date && date <= (exception.to || exception.from)) found = exception
  }
  return found
}

/** When the place opens on a day, as intervals from that day's midnight, earliest first. */
export function intervalsOn(hours: WeeklyHours, day: HanoiDay): Interval[] {
  const exception = exceptionOn(hours, day.date)
  if (exception) {
    if (exception.closed) return []
    const special = interval(exception.opens, exception.closes)
    return special ? [special] : []
  }
  return hours.weekly
    .filter((row) => row.days.includes(day.weekday))
    .map((row) => interval(row.opens, row.closes))
    .filter((found): found is Interval => found !== null)
    .sort((a, b) => a.start - b.start)
}

/** The hours of one date ("YYYY-MM-DD"), exceptions included: "8:00–17:30", "7:00–11:30, 13:30–17:00" or "nghỉ". */
export function dayHours(hours: WeeklyHours, date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  const weekday = WEEKDAYS[(new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay() + 6) % 7]!
  const intervals = intervalsOn(hours, {date, weekday})
  return intervals.length ? intervalsText(intervals) : 'nghỉ'
}

export type OpenState =
  | {open: true; /** Minutes from now until it closes; null when it never closes in the fortnight ahead. */ closesIn: number | null; closesAt: Date | null}
  | {open: false; opensAt: Date | null}

/** How far ahead to look for the next opening: beyond the longest Tết break. */
const LOOKAHEAD_DAYS = 21

/**
 * Whether the place is open at `now`, when it closes, or when it opens next. Intervals that meet
 * (a 24-hour day followed by another, a night shift into a morning one) count as one opening.
 */
export function openState(hours: WeeklyHours, now: Date): OpenState {
  const today = hanoiDay(now)
  const midnight = now.getTime() - today.minute * 60_000 - now.getUTCSeconds() * 1000 - now.getUTCMilliseconds()
  // Absolute intervals from yesterday (a late shift may still run) to the lookahead's end.
  const spans: {start: number; end: number}[] = []
  for (let offset = -1; offset <= LOOKAHEAD_DAYS; offset++) {
    const day = hanoiDay(now, offset)
    const base = midnight + offset * DAY_MINUTES * 60_000
    for (const {start, end} of intervalsOn(hours, day)) spans.push({start: base + start * 60_000, end: base + end * 60_000})
  }
  spans.sort((a, b) => a.start - b.start)
  const merged: {start: number; end: number}[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({...span})
  }
  const time = now.getTime()
  const current = merged.find((span) => span.start <= time && time < span.end)
  if (current) {
    const horizon = midnight + LOOKAHEAD_DAYS * DAY_MINUTES * 60_000
    if (current.end >= horizon) return {open: true, closesIn: null, closesAt: null}
    return {open: true, closesIn: Math.round((current.end - time) / 60_000), closesAt: new Date(current.end)}
  }
  const next = merged.find((span) => span.start > time)
  return {open: false, opensAt: next ? new Date(next.start) : null}
}

/** A weekday inside a sentence: "thứ Hai", "Chủ Nhật". */
const midSentence = (weekday: Weekday) => WEEKDAY_NAMES[weekday].replace(/^Thứ/, 'thứ')

/** "hôm nay", "ngày mai", "thứ Hai" or "thứ Hai 15/2": when an instant falls, as seen from `now`. */
function dayWords(instant: Date, now: Date): string {
  const target = hanoiDay(instant)
  for (let offset = 0; offset < 7; offset++) {
    if (hanoiDay(now, offset).date !== target.date) continue
    if (offset === 0) return 'hôm nay'
    if (offset === 1) return 'ngày mai'
    return midSentence(target.weekday)
  }
  const [, month, day] = target.date.split('-').map(Number)
  return `${midSentence(target.weekday)} ${day}/${month}`
}

/** A place closing within this many minutes is "sắp đóng cửa". */
export const CLOSING_SOON_MINUTES = 30

/** The words of a status: a shop opens and closes, a village welcomes visitors. */
export const STATUS_WORDS = {
  shop: {open: 'Đang mở cửa', until: 'đóng lúc', closing: 'Sắp đóng cửa', closed: 'Đang đóng cửa', reopens: 'Đóng cửa, mở lại'},
  village: {open: 'Đang đón khách', until: 'đến', closing: 'Sắp hết giờ đón khách', closed: 'Ngoài giờ đón khách', reopens: 'Ngoài giờ đón khách, đón lại từ'},
} as const
export type StatusWords = keyof typeof STATUS_WORDS

/** What a visitor reads: "Đang mở cửa, đóng lúc 18:00", "Đóng cửa, mở lại 7:30 thứ Hai". */
export function openStateLabel(state: OpenState, now: Date, kind: StatusWords = 'shop'): {status: 'open' | 'closing' | 'closed'; label: string} {
  const words = STATUS_WORDS[kind]
  if (state.open) {
    if (!state.closesAt || state.closesIn === null) return {status: 'open', label: words.open}
    const closing = hanoiDay(state.closesAt)
    const closes =
      closing.date === hanoiDay(now).date
        ? formatTime(closing.minute)
        : closing.minute === 0 && closing.date === hanoiDay(now, 1).date
          ? '24:00'
          : `${formatTime(closing.minute)} ${dayWords(state.closesAt, now)}`
    if (state.closesIn <= CLOSING_SOON_MINUTES) return {status: 'closing', label: `${words.closing} (${closes})`}
    return {status: 'open', label: `${words.open}, ${words.until} ${closes}`}
  }
  if (!state.opensAt) return {status: 'closed', label: words.closed}
  return {status: 'closed', label: `${words.reopens} ${formatTime(hanoiDay(state.opensAt).minute)} ${dayWords(state.opensAt, now)}`}
}

/** As shop signs write them, where room is short (print). */
const SHORT_NAMES: Record<Weekday, string> = {mo: 'T2', tu: 'T3', we: 'T4', th: 'T5', fr: 'T6', sa: 'T7', su: 'CN'}

const range = (from: Weekday, to: Weekday, short: boolean) => {
  const names = short ? SHORT_NAMES : WEEKDAY_NAMES
  return from === to ? names[from] : short ? `${names[from]}–${names[to]}` : `${names[from]} – ${names[to]}`
}

/** "7:30–11:30, 13:30–17:00" */
const intervalsText = (intervals: readonly Interval[]) => intervals.map(({start, end}) => `${formatTime(start)}–${formatEnd(end)}`).join(', ')

/** One line of the week: the days it covers ("Thứ Hai – Thứ Sáu", "Hằng ngày") and their hours, or "Nghỉ". */
export interface WeekLine {
  days: string
  hours: string
  closed: boolean
}

/**
 * The regular week in as few lines as reads well: consecutive days with the same hours share a
 * line ("Thứ Hai – Thứ Bảy: 8:00–17:30", "Chủ Nhật: Nghỉ"); seven equal days are "Hằng ngày".
 */
export function weekLines(hours: WeeklyHours, {short = false} = {}): WeekLine[] {
  const texts = WEEKDAYS.map((weekday) => {
    const intervals = hours.weekly
      .filter((row) => row.days.includes(weekday))
      .map((row) => interval(row.opens, row.closes))
      .filter((found): found is Interval => found !== null)
      .sort((a, b) => a.start - b.start)
    return intervals.length ? intervalsText(intervals) : ''
  })
  if (texts.every((text) => text === texts[0])) {
    return texts[0] ? [{days: 'Hằng ngày', hours: texts[0], closed: false}] : [{days: 'Hằng ngày', hours: 'Nghỉ', closed: true}]
  }
  const lines: WeekLine[] = []
  let first = 0
  for (let index = 1; index <= WEEKDAYS.length; index++) {
    if (index < WEEKDAYS.length && texts[index] === texts[first]) continue
    const text = texts[first]!
    lines.push({days: range(WEEKDAYS[first]!, WEEKDAYS[index - 1]!, short), hours: text || 'Nghỉ', closed: !text})
    first = index
  }
  return lines
}

/**
 * "Hằng ngày 7:30–18:00" or "Thứ Hai – Thứ Bảy 8:00–17:30; Chủ Nhật nghỉ": the week on one line;
 * `short`: "T2–T7 8:00–17:30; CN nghỉ".
 */
export function weekSummary(hours: WeeklyHours, {short = false} = {}): string {
  return weekLines(hours, {short})
    .map((line) => `${line.days} ${line.closed ? 'nghỉ' : line.hours}`)
    .join('; ')
}

const dmy = (date: string) => {
  const [year, month, day] = date.split('-').map(Number)
  return `${day}/${month}/${year}`
}

/** "Nghỉ Tết Nguyên đán: đóng cửa 5/2/2027 – 10/2/2027", for an exception still ahead at `today`. */
export function exceptionText(exception: HoursException): string {
  const days = exception.to && exception.to !== exception.from ? `${dmy(exception.from)} – ${dmy(exception.to)}` : dmy(exception.from)
  const special = interval(exception.opens, exception.closes)
  const what = exception.closed || !special ? 'đóng cửa' : `mở ${intervalsText([special])}`
  return `${exception.reason ? `${exception.reason}: ` : ''}${what} ${days}`
}

/** The exceptions that have not ended by `today` ("YYYY-MM-DD"), soonest first. */
export function upcomingExceptions(hours: WeeklyHours, today: string): HoursException[] {
  return (hours.exceptions ?? []).filter((exception) => (exception.to || exception.from) >= today).sort((a, b) => a.from.localeCompare(b.from))
}

/** schema.org's `openingHoursSpecification`: the week, then each exception with its dates. */
export function openingHoursSpecification(hours: WeeklyHours): Record<string, unknown>[] {
  const specification: Record<string, unknown>[] = []
  for (const row of hours.weekly) {
    const found = interval(row.opens, row.closes)
    if (!found || row.days.length === 0) continue
    specification.push({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: row.days.map((day) => SCHEMA_DAYS[day]),
      opens: isoTime(found.start),
      closes: isoTime(found.end),
    })
  }
  for (const exception of hours.exceptions ?? []) {
    const special = exception.closed ? null : interval(exception.opens, exception.closes)
    specification.push({
      '@type': 'OpeningHoursSpecification',
      // Google's convention for a closed day: opens and closes at midnight.
      opens: special ? isoTime(special.start) : '00:00',
      closes: special ? isoTime(special.end) : '00:00',
      validFrom: exception.from,
      validThrough: exception.to || exception.from,
    })
  }
  return specification
}

/** What a problem in the hours is, in the Studio's words, or undefined when they are well formed. */
export function hoursProblems(hours: WeeklyHours | undefined | null): string[] {
  const problems: string[] = []
  if (!hours?.weekly?.length) return ['Hãy nhập ít nhất một dòng giờ mở cửa (các ngày và giờ mở, giờ đóng).']
  hours.weekly.forEach((row, index) => {
    const line = `Dòng ${index + 1}`
    if (!row.days?.length) problems.push(`${line}: hãy chọn ít nhất một ngày trong tuần.`)
    if (parseTime(row.opens) === null) problems.push(`${line}: giờ mở cửa phải có dạng giờ:phút, ví dụ 7:30.`)
    if (parseTime(row.closes) === null) problems.push(`${line}: giờ đóng cửa phải có dạng giờ:phút, ví dụ 18:00.`)
    if (parseTime(row.opens) !== null && parseTime(row.opens) === parseTime(row.closes)) {
      problems.push(`${line}: giờ mở và giờ đóng trùng nhau. Mở cả ngày thì ghi 0:00 đến 24:00.`)
    }
  })
  ;(hours.exceptions ?? []).forEach((exception, index) => {
    const line = `Ngày nghỉ, ngày đặc biệt ${index + 1}`
    if (!exception.from) problems.push(`${line}: hãy chọn ngày bắt đầu.`)
    if (exception.from && exception.to && exception.to < exception.from) problems.push(`${line}: ngày kết thúc đang trước ngày bắt đầu.`)
    if (!exception.closed && interval(exception.opens, exception.closes) === null) {
      problems.push(`${line}: hãy nhập giờ mở và giờ đóng (giờ:phút), hoặc đánh dấu "Đóng cửa cả ngày".`)
    }
  })
  return problems
}
