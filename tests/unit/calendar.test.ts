import {describe, expect, it} from 'vitest'
import {calendarFile, calendarSessions, calendarUid, eventEntry, foldOctets, googleCalendarHref, hanoiIso, trainingEntry} from '../../site/lib/calendar'
import type {Event, Training} from '../../site/lib/content-schemas'
import {readCalendar} from '../support/ical'

/** A tiny RFC 5545 reader: unfolds lines, then gives each VEVENT's own properties (name → value, parameters dropped; reminders left out). */
function parseCalendar(text: string) {
  expect(text, 'lines end with CRLF').not.toMatch(/[^\r]\n/)
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean)
  expect(lines[0]).toBe('BEGIN:VCALENDAR')
  expect(lines.at(-1)).toBe('END:VCALENDAR')
  const events: Record<string, string>[] = []
  let current: Record<string, string> | null = null
  let inAlarm = false
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {}
    else if (line === 'END:VEVENT') {
      events.push(current!)
      current = null
    } else if (line === 'BEGIN:VALARM' || line === 'END:VALARM') inAlarm = line === 'BEGIN:VALARM'
    else if (current && !inAlarm) {
      const colon = line.indexOf(':')
      current[line.slice(0, colon).split(';')[0]!] = line.slice(colon + 1)
    }
  }
  return {lines, events}
}

const unescape = (value: string) => value.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1')

const event: Event = {
  _id: 'event-hoi-cho-thu',
  title: 'Hội chợ sản phẩm OCOP, làng nghề; Hà Nội',
  slug: 'hoi-cho-thu',
  kind: 'hoi-cho',
  // 8:00–17:00 on 12/12/2026 in Hà Nội (UTC+7)
  startsAt: '2026-12-12T08:00:00+07:00',
  endsAt: '2026-12-12T17:00:00+07:00',
  venue: {
    name: 'Cung Văn hóa Hữu nghị Việt Xô',
    address: 'Số 91 phố Trần Hưng Đạo',
    area: {_id: 'area-cua-nam', name: 'Cửa Nam', kind: 'phuong', formerDistrict: 'Hoàn Kiếm'},
    location: {lat: 21.0246, lng: 105.8448},
  },
  organiser: 'Sở Công Thương Hà Nội',
  summary: 'Hai trăm gian hàng của các chủ thể OCOP, có khu trình diễn làm gốm và khâu nón.',
  description: null,
  images: null,
  registrationDeadline: null,
  registrationUrl: null,
  producerIds: null,
  productIds: null,
}

const training: Training = {
  _id: 'training-truc-tuyen',
  title: 'Bán hàng trên sàn thương mại điện tử',
  slug: 'ban-hang-truc-tuyen',
  topic: 'Thương mại điện tử',
  audience: 'Chủ thể OCOP',
  startsAt: '2026-12-08T01:30:00Z',
  endsAt: '2026-12-08T04:30:00Z',
  venue: null,
  onlineUrl: 'https://meet.google.com/ocp-tmdt-hnx',
  seats: 150,
  fee: 0,
  registrationDeadline: '2026-12-05T10:00:00Z',
  registrationUrl: null,
  contactPhone: null,
  contactEmail: null,
  summary: 'Buổi học trực tuyến ba giờ.',
  description: null,
  attachments: null,
}

const site = 'https://ocop.example.vn'

describe('calendar files', () => {
  it('writes an event from 8:00 to 17:00 Hà Nội time on 12/12/2026 as 01:00–10:00 UTC', () => {
    const {lines, events} = parseCalendar(calendarFile([eventEntry(event, site)]))
    expect(lines).toContain('VERSION:2.0')
    expect(lines.some((line) => line.startsWith('PRODID:'))).toBe(true)
    expect(events).toHaveLength(1)
    const [entry] = events
    expect(entry!.DTSTART).toBe('20261212T010000Z')
    expect(entry!.DTEND).toBe('20261212T100000Z')
    expect(entry!.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/)
  })

  it('gives each document a stable UID, its title, place, page address and a description with the link', () => {
    const [entry] = parseCalendar(calendarFile([eventEntry(event, site)])).events
    expect(entry!.UID).toBe('event-hoi-cho-thu@ocop-hanoi')
    expect(calendarUid('event-hoi-cho-thu')).toBe(entry!.UID)
    expect(unescape(entry!.SUMMARY!)).toBe(event.title)
    expect(unescape(entry!.LOCATION!)).toBe('Cung Văn hóa Hữu nghị Việt Xô, Số 91 phố Trần Hưng Đạo, phường Cửa Nam, Hà Nội')
    expect(entry!.URL).toBe('https://ocop.example.vn/su-kien/hoi-cho-thu/')
    expect(unescape(entry!.DESCRIPTION!)).toContain(event.summary)
    expect(unescape(entry!.DESCRIPTION!)).toContain('Chi tiết: https://ocop.example.vn/su-kien/hoi-cho-thu/')
    expect(entry!.GEO).toBe('21.0246;105.8448')
    // The same document gives the same entry in the next build, apart from the time stamp.
    const again = parseCalendar(calendarFile([eventEntry(event, site)])).events[0]!
    expect({...again, DTSTAMP: ''}).toEqual({...entry, DTSTAMP: ''})
  })

  it('writes an online training with its link as the location', () => {
    const [entry] = parseCalendar(calendarFile([trainingEntry(training, site)])).events.filter((entry) => !entry.SUMMARY!.startsWith('Hạn đăng ký'))
    expect(entry!.DTSTART).toBe('20261208T013000Z')
    expect(entry!.DTEND).toBe('20261208T043000Z')
    expect(entry!.UID).toBe('training-truc-tuyen@ocop-hanoi')
    expect(unescape(entry!.LOCATION!)).toBe('Trực tuyến: https://meet.google.com/ocp-tmdt-hnx')
    expect(entry!.URL).toBe('https://ocop.example.vn/dao-tao/ban-hang-truc-tuyen/')
  })

  it('puts several events in one feed with a name', () => {
    const second = {...event, _id: 'event-hai', slug: 'hai', startsAt: '2027-01-22T01:00:00Z', endsAt: '2027-01-22T15:00:00Z'}
    const text = calendarFile([eventEntry(event, site), eventEntry(second, site)], 'Hội chợ và sự kiện OCOP Hà Nội')
    const {lines, events} = parseCalendar(text)
    expect(events.map((entry) => entry.UID)).toEqual(['event-hoi-cho-thu@ocop-hanoi', 'event-hai@ocop-hanoi'])
    expect(events[1]!.DTSTART).toBe('20270122T010000Z')
    expect(lines).toContain('X-WR-CALNAME:Hội chợ và sự kiện OCOP Hà Nội')
  })

  it('keeps every line within 75 octets without splitting a Vietnamese letter', () => {
    const text = calendarFile([eventEntry({...event, summary: 'Khu trình diễn nghề thủ công truyền thống của làng gốm Bát Tràng. '.repeat(8)}, site)])
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(text).not.toContain('\uFFFD')
    expect(foldOctets('A:' + 'ượ'.repeat(40)).split('\r\n').map((line) => line.replace(/^ /, '')).join('')).toBe('A:' + 'ượ'.repeat(40))
  })
})

describe('calendar text from editors', () => {
  // A calendar app that breaks lines at a bare CR, LF, NEL or U+2028 would read what follows as a property of its own.
  const breaks = {CR: '\r', LF: '\n', CRLF: '\r\n', NEL: '\u0085', LS: '\u2028', PS: '\u2029'}

  it.each(Object.entries(breaks))('never writes a raw %s from a title, a place or a description', (_name, lineBreak) => {
    const planted = `Hội chợ${lineBreak}ATTACH:https://evil.example/x.exe${lineBreak}X-INJECTED:1`
    const text = calendarFile([
      eventEntry(
        {
          ...event,
          title: planted,
          venue: {...event.venue, name: planted, address: `Số 91\u0000\u0007\u001b\u007f\u009b${lineBreak}phố Trần Hưng Đạo`},
          summary: planted,
          organiser: planted,
        },
        site,
      ),
    ])
    // Lines end with CRLF and nothing else breaks a line.
    expect(text.split('\r\n').join('')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/)
    const {events} = parseCalendar(text)
    expect(events).toHaveLength(1)
    const [entry] = events
    expect(Object.keys(entry!)).not.toContain('ATTACH')
    expect(Object.keys(entry!)).not.toContain('X-INJECTED')
    expect(unescape(entry!.SUMMARY!)).toBe('Hội chợ ATTACH:https://evil.example/x.exe X-INJECTED:1')
    expect(unescape(entry!.LOCATION!)).toContain('Hội chợ ATTACH:https://evil.example/x.exe X-INJECTED:1, Số 91 phố Trần Hưng Đạo,')
    // In the description, a line break stays a line break, written as the escaped \n.
    expect(unescape(entry!.DESCRIPTION!)).toContain('Hội chợ\nATTACH:https://evil.example/x.exe\nX-INJECTED:1')
  })
})

describe('hanoiIso', () => {
  it('writes an instant in Hà Nội time with its +07:00 offset', () => {
    expect(hanoiIso('2026-12-12T01:00:00Z')).toBe('2026-12-12T08:00:00+07:00')
    expect(hanoiIso('2026-12-31T20:30:00Z')).toBe('2027-01-01T03:30:00+07:00')
  })
})

describe('calendar files read by a real iCalendar reader', () => {
  // A fortnight's fair open 8:00–21:00 Hà Nội time each day, registration closing at 17:00 on 31/12/2026.
  const fair: Event = {
    ...event,
    _id: 'event-hoi-cho-tet',
    title: 'Hội chợ Tết Đinh Mùi 2027',
    slug: 'hoi-cho-tet',
    startsAt: '2027-01-22T08:00:00+07:00',
    endsAt: '2027-02-04T21:00:00+07:00',
    registrationDeadline: '2026-12-31T17:00:00+07:00',
    registrationUrl: 'https://forms.gle/hoichotet',
  }

  it('gives a fair of fourteen days one entry a day, 8:00–21:00 in Hà Nội, each with a stable UID', () => {
    const sessions = readCalendar(calendarFile([eventEntry(fair, site)])).filter((entry) => !entry.summary.startsWith('Hạn đăng ký'))
    expect(sessions).toHaveLength(14)
    expect(sessions[0]).toMatchObject({uid: 'event-hoi-cho-tet-20270122@ocop-hanoi', summary: 'Hội chợ Tết Đinh Mùi 2027 (ngày 1/14)', start: '2027-01-22T01:00:00.000Z', end: '2027-01-22T14:00:00.000Z'})
    expect(sessions[13]).toMatchObject({uid: 'event-hoi-cho-tet-20270204@ocop-hanoi', start: '2027-02-04T01:00:00.000Z', end: '2027-02-04T14:00:00.000Z'})
    for (const session of sessions) {
      expect(hanoiIso(session.start).slice(11, 16), session.uid).toBe('08:00')
      expect(hanoiIso(session.end).slice(11, 16), session.uid).toBe('21:00')
      expect(hanoiIso(session.start).slice(0, 10)).toBe(hanoiIso(session.end).slice(0, 10))
    }
    expect(new Set(sessions.map((session) => session.uid)).size).toBe(14)
  })

  it('reminds the day before the event begins, once, not every morning of the fair', () => {
    const sessions = readCalendar(calendarFile([eventEntry(fair, site)])).filter((entry) => !entry.summary.startsWith('Hạn đăng ký'))
    expect(sessions[0]!.alarms).toEqual([{action: 'DISPLAY', seconds: -86_400, description: 'Ngày mai: Hội chợ Tết Đinh Mùi 2027'}])
    expect(sessions.slice(1).every((session) => session.alarms.length === 0)).toBe(true)
  })

  it('puts the registration deadline in as an entry of its own, at 17:00, reminded the day before and that morning', () => {
    const deadline = readCalendar(calendarFile([eventEntry(fair, site)])).find((entry) => entry.summary.startsWith('Hạn đăng ký'))
    expect(deadline).toMatchObject({
      uid: 'event-hoi-cho-tet-han-dang-ky@ocop-hanoi',
      summary: 'Hạn đăng ký: Hội chợ Tết Đinh Mùi 2027',
      start: '2026-12-31T10:00:00.000Z',
      end: '2026-12-31T10:00:00.000Z',
    })
    expect(deadline!.description).toContain('Hạn chót đăng ký: 17:00 Thứ Năm, 31/12/2026.')
    expect(deadline!.description).toContain('Đăng ký: https://forms.gle/hoichotet')
    // The day before, and at 8:00 on the day: nine hours before 17:00.
    expect(deadline!.alarms.map((alarm) => alarm.seconds)).toEqual([-86_400, -9 * 3600])
    expect(deadline!.alarms[1]!.description).toBe('Hôm nay hết hạn đăng ký, đến 17:00: Hội chợ Tết Đinh Mùi 2027')
  })

  it('keeps a one-day event and one without a deadline as they were: one entry, the document\'s UID', () => {
    const entries = readCalendar(calendarFile([eventEntry(event, site)]))
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({uid: 'event-hoi-cho-thu@ocop-hanoi', start: '2026-12-12T01:00:00.000Z', end: '2026-12-12T10:00:00.000Z'})
  })

  it('gives a two-day course two sessions, and its deadline', () => {
    const course = {...training, startsAt: '2026-12-15T08:00:00+07:00', endsAt: '2026-12-16T16:30:00+07:00'}
    const entries = readCalendar(calendarFile([trainingEntry(course, site)]))
    expect(entries.map((entry) => [entry.summary, hanoiIso(entry.start), hanoiIso(entry.end)])).toEqual([
      ['Bán hàng trên sàn thương mại điện tử (ngày 1/2)', '2026-12-15T08:00:00+07:00', '2026-12-15T16:30:00+07:00'],
      ['Bán hàng trên sàn thương mại điện tử (ngày 2/2)', '2026-12-16T08:00:00+07:00', '2026-12-16T16:30:00+07:00'],
      ['Hạn đăng ký: Bán hàng trên sàn thương mại điện tử', '2026-12-05T17:00:00+07:00', '2026-12-05T17:00:00+07:00'],
    ])
  })

  it('keeps one block when the end comes at or before the start\'s time of day (no daily hours to read)', () => {
    expect(calendarSessions({startsAt: '2026-12-12T20:00:00+07:00', endsAt: '2026-12-13T06:00:00+07:00'})).toHaveLength(1)
    expect(calendarSessions({startsAt: '2026-12-12T08:00:00+07:00', endsAt: '2026-12-14T00:00:00+07:00'})).toHaveLength(1)
  })

  it('escapes commas and semicolons in reminders, which ics leaves bare', () => {
    const text = calendarFile([eventEntry({...fair, title: 'Hội chợ A, B; C'}, site)])
    const [first] = readCalendar(text)
    expect(first!.alarms[0]!.description).toBe('Ngày mai: Hội chợ A, B; C')
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
  })
})

describe('Google Calendar link', () => {
  it('fills in the title, the UTC times, the place and the page, and repeats daily for a fair of several days', () => {
    const one = new URL(googleCalendarHref(eventEntry(event, site)))
    expect(one.origin + one.pathname).toBe('https://calendar.google.com/calendar/render')
    expect(one.searchParams.get('action')).toBe('TEMPLATE')
    expect(one.searchParams.get('text')).toBe(event.title)
    expect(one.searchParams.get('dates')).toBe('20261212T010000Z/20261212T100000Z')
    expect(one.searchParams.get('location')).toBe('Cung Văn hóa Hữu nghị Việt Xô, Số 91 phố Trần Hưng Đạo, phường Cửa Nam, Hà Nội')
    expect(one.searchParams.get('details')).toContain('Chi tiết: https://ocop.example.vn/su-kien/hoi-cho-thu/')
    expect(one.searchParams.has('recur')).toBe(false)

    const fair = new URL(googleCalendarHref(eventEntry({...event, startsAt: '2027-01-22T08:00:00+07:00', endsAt: '2027-02-04T21:00:00+07:00'}, site)))
    expect(fair.searchParams.get('dates')).toBe('20270122T010000Z/20270122T140000Z')
    expect(fair.searchParams.get('recur')).toBe('RRULE:FREQ=DAILY;COUNT=14')
  })
})
