import type {APIRoute, GetStaticPaths} from 'astro'
import {calendarFile, calendarResponse, eventEntry} from '../../lib/calendar'
import {all} from '../../lib/content'
import type {Event} from '../../lib/content-schemas'

/** One event as an iCalendar file, for "Thêm vào lịch": /su-kien/<slug>.ics */
export const getStaticPaths = (async () => {
  const events = await all('events')
  return events.map((event) => ({params: {slug: event.slug}, props: {event}}))
}) satisfies GetStaticPaths

export const GET: APIRoute<{event: Event}> = ({props, site}) =>
  calendarResponse(calendarFile([eventEntry(props.event, site!)]))
