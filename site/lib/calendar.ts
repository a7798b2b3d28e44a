import {createEvents, type Alarm, type EventAttributes} from 'ics'
import type {Event, Training} from './content-schemas'
import {areaLabel, formatDay, formatTime} from './format'
import {oneLine, plainLines} from './plain-text'
import {documentPath} from './url'

/** Where a calendar entry comes from: an event or a training, with the page that tells more. */
export interface CalendarEntry {
  /** The document's `_id`, so that a calendar app recognises the entry when it is downloaded again. */
  id: string
  title: string
  startsAt: string
  endsAt: string
  /** The venue as one line of text, or the online link. */
  location?: string
  geo?: {lat: number; lng: number}
  summary: string
  /** The public page of the document, absolute. */
  url: string
  organiser?: string
  /** The last moment to register, when registration is asked for: an entry of its own, with reminders. */
  registrationDeadline?: string
  registrationUrl?: string
}

const PRODUCT_ID = 'ocop-hanoi/lich'

/** The venue of an event or training on one line: "Cung Văn hóa Hữu nghị Việt Xô, Số 91 phố Trần Hưng Đạo, phường Cửa Nam, Hà Nội". */
export function venueLine(venue: Event['venue'] | null): string | undefined {
  if (!venue) return undefined
  return [venue.name, venue.address, venue.area && areaLabel(venue.area), 'Hà Nội'].filter(Boolean).join(', ')
}

/** An event as a calendar entry. */
export function eventEntry(event: Event, site: URL | string): CalendarEntry {
  return {
    id: event._id,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    location: venueLine(event.venue),
    geo: event.venue.location ?? undefined,
    summary: event.summary,
    url: new URL(documentPath('event', event.slug), site).href,
    organiser: event.organiser,
    ...(event.registrationDeadline ? {registrationDeadline: event.registrationDeadline} : {}),
    ...(event.registrationUrl ? {registrationUrl: event.registrationUrl} : {}),
  }
}

/** A training as a calendar entry: its venue, or its online link when it has no venue. */
export function trainingEntry(training: Training, site: URL | string): CalendarEntry {
  return {
    id: training._id,
    title: training.title,
    startsAt: training.startsAt,
    endsAt: training.endsAt,
    location: venueLine(training.venue) ?? (training.onlineUrl ? `Trực tuyến: ${training.onlineUrl}` : undefined),
    geo: training.venue?.location ?? undefined,
    summary: training.summary,
    url: new URL(documentPath('training', training.slug), site).href,
    registrationDeadline: training.registrationDeadline,
    ...(training.registrationUrl ? {registrationUrl: training.registrationUrl} : {}),
  }
}

/** A stable UID per document: the same entry keeps the same UID in every build. */
export const calendarUid = (id: string) => `${id}@ocop-hanoi`

/** One sitting of an entry, in milliseconds since the epoch; `day` is its Hà Nội date (YYYYMMDD) when the entry has several. */
export interface CalendarSession {
  start: number
  end: number
  day?: string
}

// Hà Nội has kept UTC+7 all year since 1975.
const HANOI_OFFSET = 7 * 3600_000
const DAY = 86_400_000
const MORNING = 8 * 3600_000

/**
 * The sittings of an entry. A fair from 8:00 on the 24th to 21:00 on the 30th is open 8:00–21:00
 * each day, not for a week without a break: when the start and end fall on different Hà Nội days
 * and the end's time of day is later than the start's, there is one session a day with those
 * hours. Otherwise (one day, or an end at or before the start's time of day) one block.
 */
export function calendarSessions(entry: Pick<CalendarEntry, 'startsAt' | 'endsAt'>): CalendarSession[] {
  const start = Date.parse(entry.startsAt)
  const end = Date.parse(entry.endsAt)
  const [firstDay, lastDay] = [start, end].map((time) => Math.floor((time + HANOI_OFFSET) / DAY)) as [number, number]
  const opens = start - (firstDay * DAY - HANOI_OFFSET)
  const closes = end - (lastDay * DAY - HANOI_OFFSET)
  if (lastDay === firstDay || closes <= opens) return [{start, end}]
  const sessions: CalendarSession[] = []
  for (let day = firstDay; day <= lastDay; day++) {
    const midnight = day * DAY - HANOI_OFFSET
    sessions.push({start: midnight + opens, end: midnight + closes, day: hanoiIso(new Date(midnight + opens)).slice(0, 10).replaceAll('-', '')})
  }
  return sessions
}

/**
 * A reminder shown `before` the entry's start. `ics` writes an alarm's text without the escapes
 * RFC 5545 asks of commas, semicolons and backslashes, so they are added here; and it writes a
 * whole number of days as "-P1DT", which RFC 5545 does not allow (a "T" needs a time after it)
 * and lenient readers alone accept, so a day is given as 24 hours ("-PT24H").
 */
const display = (description: string, before: {hours: number; minutes?: number}): Alarm => ({
  action: 'display',
  description: oneLine(description).replace(/[\\;,]/g, (char) => `\\${char}`),
  trigger: {before: true, ...before},
})

function attributes(entry: CalendarEntry): EventAttributes[] {
  // Control characters go before `ics` escapes and folds: a bare CR it leaves alone ends a line for some readers.
  const title = oneLine(entry.title)
  const description = [plainLines(entry.summary), entry.organiser && `Đơn vị tổ chức: ${oneLine(entry.organiser)}`, `Chi tiết: ${entry.url}`]
    .filter(Boolean)
    .join('\n\n')
  const place = {
    ...(entry.location ? {location: oneLine(entry.location)} : {}),
    ...(entry.geo ? {geo: {lat: entry.geo.lat, lon: entry.geo.lng}} : {}),
  }
  const sessions = calendarSessions(entry)
  const entries: EventAttributes[] = sessions.map((session, index) => ({
    uid: session.day ? calendarUid(`${entry.id}-${session.day}`) : calendarUid(entry.id),
    title: sessions.length > 1 ? `${title} (ngày ${index + 1}/${sessions.length})` : title,
    // Instants in UTC, so every calendar shows the Hà Nội time converted to its own zone.
    start: session.start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: session.end,
    endInputType: 'utc',
    endOutputType: 'utc',
    description,
    url: entry.url,
    status: 'CONFIRMED',
    ...place,
    // One reminder the day before it begins; not one every morning of a fortnight's fair.
    ...(index === 0 ? {alarms: [display(`Ngày mai: ${title}`, {hours: 24})]} : {}),
  }))
  if (entry.registrationDeadline) entries.push(deadlineAttributes(entry, title))
  return entries
}

/** The registration deadline as a moment of its own, reminded the day before and on the morning of that day. */
function deadlineAttributes(entry: CalendarEntry, title: string): EventAttributes {
  const deadline = Date.parse(entry.registrationDeadline!)
  const closes = formatTime(entry.registrationDeadline!)
  const when = `${closes} ${formatDay(entry.registrationDeadline!)}`
  const alarms = [display(`Ngày mai hết hạn đăng ký: ${title}`, {hours: 24})]
  // At 8:00 on the day itself, when the deadline leaves a morning to act in (two hours or more).
  const sinceMorning = ((deadline + HANOI_OFFSET) % DAY) - MORNING
  if (sinceMorning >= 2 * 3600_000) {
    const minutes = sinceMorning / 60_000
    alarms.push(display(`Hôm nay hết hạn đăng ký, đến ${closes}: ${title}`, {hours: Math.floor(minutes / 60), minutes: minutes % 60}))
  }
  const description = [`Hạn chót đăng ký: ${when}.`, entry.registrationUrl && `Đăng ký: ${entry.registrationUrl}`, `Chi tiết: ${entry.url}`]
    .filter(Boolean)
    .join('\n\n')
  return {
    uid: calendarUid(`${entry.id}-han-dang-ky`),
    title: `Hạn đăng ký: ${title}`,
    // A moment rather than a span: the calendar shows it at the deadline itself.
    start: deadline,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: deadline,
    endInputType: 'utc',
    endOutputType: 'utc',
    description,
    url: entry.registrationUrl ?? entry.url,
    status: 'CONFIRMED',
    alarms,
  }
}

/** A UTC instant the way iCalendar and Google Calendar write it: 20261124T010000Z. */
const compactUtc = (time: number) => new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

/**
 * A link that opens Google Calendar's "new event" form filled in, for phones (most Android ones)
 * that do nothing with a downloaded .ics file. Several daily sessions become a daily repeat.
 */
export function googleCalendarHref(entry: CalendarEntry): string {
  const sessions = calendarSessions(entry)
  const first = sessions[0]!
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: oneLine(entry.title),
    dates: `${compactUtc(first.start)}/${compactUtc(first.end)}`,
    details: `${plainLines(entry.summary)}\n\nChi tiết: ${entry.url}`,
    ...(entry.location ? {location: oneLine(entry.location)} : {}),
    ...(sessions.length > 1 ? {recur: `RRULE:FREQ=DAILY;COUNT=${sessions.length}`} : {}),
  })
  return `https://calendar.google.com/calendar/render?${params}`
}

/**
 * RFC 5545 limits content lines to 75 octets; `ics` counts characters, and Vietnamese letters
 * take two or three octets in UTF-8. Unfold and fold again on octets, never inside a character.
 */
export function foldOctets(text: string): string {
  const encoder = new TextEncoder()
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n')
  return lines
    .map((line) => {
      const parts: string[] = []
      let current = ''
      let size = 0
      let limit = 75
      for (const char of line) {
        const bytes = encoder.encode(char).length
        if (size + bytes > limit) {
          parts.push(current)
          current = ''
          size = 0
          limit = 74 // continuation lines start with one space
        }
        current += char
        size += bytes
      }
      parts.push(current)
      return parts.join('\r\n ')
    })
    .join('\r\n')
}

/** An iCalendar file (RFC 5545) with the given entries. */
export function calendarFile(entries: CalendarEntry[], name?: string): string {
  const {error, value} = createEvents(entries.flatMap(attributes), {productId: PRODUCT_ID, ...(name ? {calName: name} : {})})
  if (error || !value) throw new Error(`Could not write the calendar file: ${error?.message ?? 'no output'}`)
  return foldOctets(value)
}

/** The response of a .ics endpoint. */
export function calendarResponse(body: string): Response {
  return new Response(body, {headers: {'Content-Type': 'text/calendar; charset=utf-8'}})
}

/** An instant in Hà Nội time with its offset, for structured data: "2026-12-12T08:00:00+07:00". */
export function hanoiIso(instant: string | Date): string {
  // Hà Nội has kept UTC+7 all year since 1975.
  const shifted = new Date(new Date(instant).getTime() + 7 * 3600 * 1000)
  return `${shifted.toISOString().slice(0, 19)}+07:00`
}
