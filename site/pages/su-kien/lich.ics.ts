import type {APIRoute} from 'astro'
import {calendarFile, calendarResponse, eventEntry} from '../../lib/calendar'
import {all} from '../../lib/content'

/** Every published event in one calendar feed, to subscribe to: /su-kien/lich.ics */
export const GET: APIRoute = async ({site}) => {
  const events = await all('events')
  return calendarResponse(calendarFile(events.map((event) => eventEntry(event, site!)), 'Hội chợ và sự kiện OCOP Hà Nội'))
}
