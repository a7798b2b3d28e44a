/**
 * Calendar files as a real iCalendar reader sees them: Mozilla's ical.js, the parser of
 * Thunderbird's calendar, rather than the tests' own reading of the text.
 */
import ICAL from 'ical.js'

export interface CalendarEvent {
  uid: string
  summary: string
  /** ISO instants in UTC. */
  start: string
  end: string
  description: string
  /** Each reminder: its action, when it shows in seconds from the start (negative: before), its text. */
  alarms: {action: string; seconds: number; description: string}[]
}

/** The VEVENTs of an iCalendar text, in the file's order. */
export function readCalendar(text: string): CalendarEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      description: event.description,
      alarms: component.getAllSubcomponents('valarm').map((alarm) => ({
        action: String(alarm.getFirstPropertyValue('action')),
        seconds: (alarm.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>).toSeconds(),
        description: String(alarm.getFirstPropertyValue('description')),
      })),
    }
  })
}
