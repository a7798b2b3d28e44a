import {describe, expect, it} from 'vitest'
import {
  dayHours,
  hoursProblems,
  openingHoursSpecification,
  openState,
  openStateLabel,
  weekLines,
  weekSummary,
  type WeeklyHours,
} from '../../site/lib/opening-hours'

/** An instant given as Hà Nội wall-clock time (UTC+7). */
const hanoi = (local: string) => new Date(`${local}+07:00`)
const label = (hours: WeeklyHours, local: string) => openStateLabel(openState(hours, hanoi(local)), hanoi(local)).label

const EVERY_DAY: WeeklyHours = {weekly: [{days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '7:30', closes: '18:00'}]}
// Sơn Đồng's showroom: Monday to Saturday, closed on Sundays.
const MON_SAT: WeeklyHours = {weekly: [{days: ['mo', 'tu', 'we', 'th', 'fr', 'sa'], opens: '8:00', closes: '17:30'}]}
// A night market: Friday and Saturday evenings into the small hours.
const NIGHT: WeeklyHours = {weekly: [{days: ['fr', 'sa'], opens: '18:00', closes: '2:00'}]}
// A forge with a lunch break.
const LUNCH: WeeklyHours = {
  weekly: [
    {days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '7:00', closes: '11:30'},
    {days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '13:30', closes: '17:00'},
  ],
}

describe('open now, in Hà Nội time', () => {
  // 26/11/2026 is a Thursday; 29/11/2026 a Sunday.
  it('opens at the opening minute and closes at the closing minute', () => {
    expect(label(EVERY_DAY, '2026-11-26T07:29')).toBe('Đóng cửa, mở lại 7:30 hôm nay')
    expect(label(EVERY_DAY, '2026-11-26T07:30')).toBe('Đang mở cửa, đóng lúc 18:00')
    expect(label(EVERY_DAY, '2026-11-26T17:30')).toBe('Sắp đóng cửa (18:00)')
    expect(label(EVERY_DAY, '2026-11-26T17:59')).toBe('Sắp đóng cửa (18:00)')
    expect(label(EVERY_DAY, '2026-11-26T18:00')).toBe('Đóng cửa, mở lại 7:30 ngày mai')
  })

  it('skips a closed day and names the weekday it opens again', () => {
    expect(label(MON_SAT, '2026-11-28T18:00')).toBe('Đóng cửa, mở lại 8:00 thứ Hai')
    expect(label(MON_SAT, '2026-11-29T10:00')).toBe('Đóng cửa, mở lại 8:00 ngày mai')
  })

  it('stays open past midnight and closes at the small hours', () => {
    expect(label(NIGHT, '2026-11-27T23:00')).toBe('Đang mở cửa, đóng lúc 2:00 ngày mai')
    // Saturday 1:00 is still Friday night's opening.
    expect(openState(NIGHT, hanoi('2026-11-28T01:00')).open).toBe(true)
    expect(label(NIGHT, '2026-11-28T01:45')).toBe('Sắp đóng cửa (2:00)')
    expect(label(NIGHT, '2026-11-28T02:00')).toBe('Đóng cửa, mở lại 18:00 hôm nay')
    // Sunday 1:30 is Saturday night's; Sunday 2:00 closes until Friday.
    expect(openState(NIGHT, hanoi('2026-11-29T01:30')).open).toBe(true)
    expect(label(NIGHT, '2026-11-29T02:00')).toBe('Đóng cửa, mở lại 18:00 thứ Sáu')
  })

  it('closes at midnight as "24:00" and opens again the same morning', () => {
    // Hồ Gươm's point on the walking-street evenings.
    const late: WeeklyHours = {weekly: [{days: ['mo', 'tu', 'we', 'th'], opens: '8:30', closes: '21:30'}, {days: ['fr', 'sa', 'su'], opens: '8:30', closes: '24:00'}]}
    expect(weekSummary(late)).toBe('Thứ Hai – Thứ Năm 8:30–21:30; Thứ Sáu – Chủ Nhật 8:30–24:00')
    expect(label(late, '2026-11-28T21:00')).toBe('Đang mở cửa, đóng lúc 24:00')
    expect(label(late, '2026-11-28T23:45')).toBe('Sắp đóng cửa (24:00)')
    expect(label(late, '2026-11-29T00:00')).toBe('Đóng cửa, mở lại 8:30 hôm nay')
    expect(label(late, '2026-11-30T00:00')).toBe('Đóng cửa, mở lại 8:30 hôm nay')
  })

  it('says a village welcomes visitors rather than opens', () => {
    const at = (local: string) => openStateLabel(openState(LUNCH, hanoi(local)), hanoi(local), 'village').label
    expect(at('2026-11-26T10:00')).toBe('Đang đón khách, đến 11:30')
    expect(at('2026-11-26T12:00')).toBe('Ngoài giờ đón khách, đón lại từ 13:30 hôm nay')
  })

  it('closes over lunch', () => {
    expect(label(LUNCH, '2026-11-26T12:00')).toBe('Đóng cửa, mở lại 13:30 hôm nay')
    expect(label(LUNCH, '2026-11-26T13:30')).toBe('Đang mở cửa, đóng lúc 17:00')
  })

  it('keeps to a holiday exception and names a date more than a week away', () => {
    // Tết Đinh Mùi: closed from 30 Tết (5/2/2027) to mùng 4 (9/2/2027).
    const tet: WeeklyHours = {...EVERY_DAY, exceptions: [{from: '2027-02-05', to: '2027-02-09', closed: true, reason: 'Nghỉ Tết'}]}
    expect(label(tet, '2027-02-04T12:00')).toBe('Đang mở cửa, đóng lúc 18:00')
    expect(label(tet, '2027-02-04T18:00')).toBe('Đóng cửa, mở lại 7:30 thứ Tư')
    // From a Sunday in the break, "thứ Tư" is this week's; from two weeks before, a date.
    expect(label({...EVERY_DAY, exceptions: [{from: '2027-02-05', to: '2027-02-16', closed: true}]}, '2027-02-04T18:00')).toBe(
      'Đóng cửa, mở lại 7:30 thứ Tư 17/2',
    )
    expect(label(tet, '2027-02-07T10:00')).toBe('Đóng cửa, mở lại 7:30 thứ Tư')
    // Longer hours in a festival season.
    const festival: WeeklyHours = {...EVERY_DAY, exceptions: [{from: '2027-02-10', to: '2027-03-20', closed: false, opens: '6:30', closes: '20:00'}]}
    expect(label(festival, '2027-02-15T19:00')).toBe('Đang mở cửa, đóng lúc 20:00')
    expect(label(festival, '2027-03-21T19:00')).toBe('Đóng cửa, mở lại 7:30 ngày mai')
  })

  it('counts a place open around the clock as open without a closing time', () => {
    const always: WeeklyHours = {weekly: [{days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '0:00', closes: '24:00'}]}
    expect(label(always, '2026-11-26T03:00')).toBe('Đang mở cửa')
  })

  it('reads the same instant the same way in any time zone: Hà Nội time decides', () => {
    // 23:30 UTC on Thursday is 6:30 on Friday in Hà Nội: closed until 7:30.
    const instant = new Date('2026-11-26T23:30:00Z')
    expect(openStateLabel(openState(EVERY_DAY, instant), instant).label).toBe('Đóng cửa, mở lại 7:30 hôm nay')
  })
})

describe('the hours of one date', () => {
  it('follows the week and its exceptions', () => {
    const tet: WeeklyHours = {...MON_SAT, exceptions: [{from: '2027-02-05', to: '2027-02-09', closed: true}]}
    // Saturday 28/11/2026, Sunday 29/11/2026, then Saturday 6/2/2027 (Tết).
    expect(dayHours(tet, '2026-11-28')).toBe('8:00–17:30')
    expect(dayHours(tet, '2026-11-29')).toBe('nghỉ')
    expect(dayHours(tet, '2027-02-06')).toBe('nghỉ')
    expect(dayHours(LUNCH, '2026-11-28')).toBe('7:00–11:30, 13:30–17:00')
  })
})

describe('the week as read on a page', () => {
  it('says "Hằng ngày" for seven equal days and groups the others', () => {
    expect(weekSummary(EVERY_DAY)).toBe('Hằng ngày 7:30–18:00')
    expect(weekLines(MON_SAT)).toEqual([
      {days: 'Thứ Hai – Thứ Bảy', hours: '8:00–17:30', closed: false},
      {days: 'Chủ Nhật', hours: 'Nghỉ', closed: true},
    ])
    expect(weekSummary(LUNCH)).toBe('Hằng ngày 7:00–11:30, 13:30–17:00')
    expect(weekSummary(NIGHT)).toBe('Thứ Hai – Thứ Năm nghỉ; Thứ Sáu – Thứ Bảy 18:00–2:00; Chủ Nhật nghỉ')
    expect(weekSummary(NIGHT, {short: true})).toBe('T2–T5 nghỉ; T6–T7 18:00–2:00; CN nghỉ')
  })

  it('writes schema.org opening hours with the exceptions as dated entries', () => {
    const hours: WeeklyHours = {...MON_SAT, exceptions: [{from: '2027-02-05', to: '2027-02-09', closed: true}]}
    expect(openingHoursSpecification(hours)).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
        opens: '08:00',
        closes: '17:30',
      },
      {'@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2027-02-05', validThrough: '2027-02-09'},
    ])
  })
})

describe('what the Studio says of hours it cannot read', () => {
  it('asks for a row, days and times, and for sensible exceptions', () => {
    expect(hoursProblems(undefined)).toEqual(['Hãy nhập ít nhất một dòng giờ mở cửa (các ngày và giờ mở, giờ đóng).'])
    expect(hoursProblems({weekly: [{days: [], opens: '7h30', closes: '25:00'}]})).toEqual([
      'Dòng 1: hãy chọn ít nhất một ngày trong tuần.',
      'Dòng 1: giờ đóng cửa phải có dạng giờ:phút, ví dụ 18:00.',
    ])
    expect(hoursProblems({...EVERY_DAY, exceptions: [{from: '2027-02-09', to: '2027-02-05', closed: false}]})).toEqual([
      'Ngày nghỉ, ngày đặc biệt 1: ngày kết thúc đang trước ngày bắt đầu.',
      'Ngày nghỉ, ngày đặc biệt 1: hãy nhập giờ mở và giờ đóng (giờ:phút), hoặc đánh dấu "Đóng cửa cả ngày".',
    ])
    expect(hoursProblems(EVERY_DAY)).toEqual([])
  })
})
