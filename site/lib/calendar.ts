import {createEvents, type EventAttributes} from 'ics'
import type {Event, Training} from './content-schemas'
import {areaLabel} from './format'
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
  }
}

/** A stable UID per document: the same entry keeps the same UID in every build. */
export const calendarUid = (id: string) => `${id}@ocop-hanoi`

function attributes(entry: CalendarEntry): EventAttributes {
  // Control characters go before `ics` escapes and folds: a bare CR it leaves alone ends a line for some readers.
  const description = [plainLines(entry.summary), entry.organiser && `Đơn vị tổ chức: ${oneLine(entry.organiser)}`, `Chi tiết: ${entry.url}`]
    .filter(Boolean)
    .join('\n\n')
  return {
    uid: calendarUid(entry.id),
    title: oneLine(entry.title),
    // Instants in UTC, so every calendar shows the Hà Nội time converted to its own zone.
    start: Date.parse(entry.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(entry.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    description,
    url: entry.url,
    status: 'CONFIRMED',
    ...(entry.location ? {location: oneLine(entry.location)} : {}),
    ...(entry.geo ? {geo: {lat: entry.geo.lat, lon: entry.geo.lng}} : {}),
  }
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
  const {error, value} = createEvents(entries.map(attributes), {productId: PRODUCT_ID, ...(name ? {calName: name} : {})})
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
