import {describe, expect, it} from 'vitest'
import {refreshScheduleStatus, scheduleState} from '../../site/scripts/schedule-status'

const fair = {startsAt: '2026-12-12T01:00:00.000Z', endsAt: '2026-12-12T10:00:00.000Z'}

describe('schedule-status script', () => {
  it('says where an event stands at a moment', () => {
    expect(scheduleState(fair, new Date('2026-12-11T00:00:00Z'))).toEqual({status: 'upcoming', label: 'Sắp diễn ra'})
    expect(scheduleState(fair, new Date('2026-12-12T01:00:00Z'))).toEqual({status: 'ongoing', label: 'Đang diễn ra'})
    expect(scheduleState(fair, new Date('2026-12-12T10:00:00Z'))).toEqual({status: 'past', label: 'Đã diễn ra'})
  })

  it('says whether a registration is still open', () => {
    const closesAt = '2026-12-05T10:00:00.000Z'
    expect(scheduleState({closesAt}, new Date('2026-12-05T09:59:59Z'))).toEqual({status: 'open', label: 'Đang nhận đăng ký'})
    expect(scheduleState({closesAt}, new Date('2026-12-05T10:00:00Z'))).toEqual({status: 'closed', label: 'Đã hết hạn đăng ký'})
  })

  it('leaves elements without usable dates alone', () => {
    expect(scheduleState({}, new Date('2026-12-20T00:00:00Z'))).toBeNull()
    expect(scheduleState({startsAt: 'soon', endsAt: 'later'}, new Date('2026-12-20T00:00:00Z'))).toBeNull()
    expect(scheduleState({closesAt: 'never'}, new Date('2026-12-20T00:00:00Z'))).toBeNull()
  })

  it('updates the text and data-status of the badges it finds, and nothing else', () => {
    const badge = (dataset: Record<string, string>, text: string) => ({dataset: {...dataset}, textContent: text})
    const stale = badge({...fair, status: 'upcoming'}, 'Sắp diễn ra')
    const fresh = badge({closesAt: '2027-01-08T10:00:00.000Z', status: 'open'}, 'Đang nhận đăng ký')
    const root = {querySelectorAll: () => [stale, fresh]} as unknown as ParentNode
    expect(refreshScheduleStatus(root, new Date('2026-12-20T00:00:00Z'))).toBe(1)
    expect(stale).toEqual({dataset: {...fair, status: 'past'}, textContent: 'Đã diễn ra'})
    expect(fresh.textContent).toBe('Đang nhận đăng ký')
  })
})
