import {describe, expect, it} from 'vitest'
import {registrationState} from '../../site/lib/schedule'
import {refreshScheduleStatus, scheduleState} from '../../site/scripts/schedule-status'

const fair = {startsAt: '2026-12-12T01:00:00.000Z', endsAt: '2026-12-12T10:00:00.000Z'}

describe('schedule-status script', () => {
  it('says where an event stands at a moment', () => {
    expect(scheduleState(fair, new Date('2026-12-11T00:00:00Z'))).toEqual({status: 'upcoming', label: 'Sắp diễn ra'})
    expect(scheduleState(fair, new Date('2026-12-12T01:00:00Z'))).toEqual({status: 'ongoing', label: 'Đang diễn ra'})
    expect(scheduleState(fair, new Date('2026-12-12T10:00:00Z'))).toEqual({status: 'past', label: 'Đã diễn ra'})
  })

  it('says whether a registration is still open, and how many Hà Nội days are left', () => {
    // Registration closes at 17:00 Saturday 5/12/2026, Hà Nội time.
    const closesAt = '2026-12-05T10:00:00.000Z'
    expect(scheduleState({closesAt}, new Date('2026-11-26T10:00:00+07:00'))).toEqual({status: 'open', label: 'Đang nhận đăng ký – còn 9 ngày'})
    // Late on Friday evening in Hà Nội (still Friday afternoon in UTC), and just after midnight there.
    expect(scheduleState({closesAt}, new Date('2026-12-04T23:30:00+07:00'))).toEqual({status: 'open', label: 'Đang nhận đăng ký – còn 1 ngày'})
    expect(scheduleState({closesAt}, new Date('2026-12-05T00:30:00+07:00'))).toEqual({status: 'last-day', label: 'Hạn chót hôm nay, đến 17:00'})
    expect(scheduleState({closesAt}, new Date('2026-12-05T16:59:59+07:00'))).toEqual({status: 'last-day', label: 'Hạn chót hôm nay, đến 17:00'})
    expect(scheduleState({closesAt}, new Date('2026-12-05T17:00:00+07:00'))).toEqual({status: 'closed', label: 'Hết hạn đăng ký'})
  })

  it('words a deadline at another time of day in Hà Nội time', () => {
    expect(registrationState('2026-12-05T16:30:00Z', new Date('2026-12-05T09:00:00+07:00')).label).toBe('Hạn chót hôm nay, đến 23:30')
    expect(registrationState('2026-12-05T01:05:00Z', new Date('2026-12-05T07:00:00+07:00')).label).toBe('Hạn chót hôm nay, đến 8:05')
  })

  it('leaves elements without usable dates alone', () => {
    expect(scheduleState({}, new Date('2026-12-20T00:00:00Z'))).toBeNull()
    expect(scheduleState({startsAt: 'soon', endsAt: 'later'}, new Date('2026-12-20T00:00:00Z'))).toBeNull()
    expect(scheduleState({closesAt: 'never'}, new Date('2026-12-20T00:00:00Z'))).toBeNull()
  })

  it('updates the text and data-status of the badges it finds, and nothing else', () => {
    const badge = (dataset: Record<string, string>, text: string) => ({dataset: {...dataset}, textContent: text})
    const stale = badge({...fair, status: 'upcoming'}, 'Sắp diễn ra')
    const fresh = badge({closesAt: '2027-01-08T10:00:00.000Z', status: 'open'}, 'Đang nhận đăng ký – còn 19 ngày')
    const root = {querySelectorAll: () => [stale, fresh]} as unknown as ParentNode
    expect(refreshScheduleStatus(root, new Date('2026-12-20T00:00:00Z'))).toBe(1)
    expect(stale).toEqual({dataset: {...fair, status: 'past'}, textContent: 'Đã diễn ra'})
    expect(fresh.textContent).toBe('Đang nhận đăng ký – còn 19 ngày')
  })
})
