import {describe, expect, it} from 'vitest'
import {
  addDays,
  isMarketDay,
  lunarLabel,
  marketHours,
  nextMarketDays,
  toLunar,
  upcomingWeekends,
  weekdayDateWithLunar,
  weekendOf,
} from '../../site/lib/lunar'

const CHUONG = {name: 'Chợ Chuông', lunarDays: [4, 10, 14, 20, 24, 30], opens: '05:00', closes: '12:00'}

describe('the Vietnamese lunar calendar', () => {
  it('puts Tết where Vietnam keeps it', () => {
    // Tết Bính Ngọ and Tết Đinh Mùi, as published in Vietnam's calendars.
    expect(toLunar('2026-02-17')).toMatchObject({day: 1, month: 1, year: 2026, leap: false})
    expect(toLunar('2027-02-06')).toMatchObject({day: 1, month: 1, year: 2027, leap: false})
    expect(toLunar('2026-02-16')).toMatchObject({day: 29, month: 12, year: 2025})
  })

  it('starts the 11th month of Bính Ngọ on 9/12/2026', () => {
    expect(toLunar('2026-12-09')).toMatchObject({day: 1, month: 11, year: 2026})
    expect(toLunar('2026-12-08')).toMatchObject({day: 30, month: 10, monthLength: 30})
  })

  it('knows the leap fifth month of 2028', () => {
    expect(toLunar('2028-06-23')).toMatchObject({day: 1, month: 5, year: 2028, leap: true})
    expect(toLunar('2028-05-24')).toMatchObject({day: 1, month: 5, leap: false})
    expect(lunarLabel(toLunar('2028-06-23'))).toBe('mùng 1 tháng 5 nhuận âm lịch')
  })

  it('names days and months the Vietnamese way', () => {
    expect(weekdayDateWithLunar('2026-12-12')).toBe('Thứ Bảy 12/12 (mùng 4 tháng 11 âm lịch)')
    expect(weekdayDateWithLunar('2026-12-13')).toBe('Chủ Nhật 13/12 (mùng 5 tháng 11 âm lịch)')
    expect(lunarLabel({day: 10, month: 1, leap: false})).toBe('mùng 10 tháng Giêng âm lịch')
    expect(lunarLabel({day: 14, month: 12, leap: false})).toBe('ngày 14 tháng Chạp âm lịch')
  })
})

describe('market days', () => {
  it('finds Chợ Chuông on lunar 4, 10, 14, 20, 24 and 30', () => {
    // Lunar month 11 of 2026 starts on 9/12/2026: day 4 is 12/12, day 10 is 18/12.
    expect(nextMarketDays(CHUONG, '2026-12-09', 6)).toEqual(['2026-12-12', '2026-12-18', '2026-12-22', '2026-12-28', '2027-01-01', '2027-01-07'])
    expect(isMarketDay(CHUONG, '2026-12-08')).toBe(true) // 30 tháng 10, a 30-day month
  })

  it('skips day 30 in a 29-day month', () => {
    // Tháng Chạp of Bính Ngọ has 29 days (8/1–5/2/2027): after 24 Chạp comes mùng 4 Tết.
    expect(toLunar('2027-02-05')).toMatchObject({day: 29, month: 12, monthLength: 29})
    expect(nextMarketDays(CHUONG, '2027-01-31', 2)).toEqual(['2027-01-31', '2027-02-09'])
    expect(toLunar('2027-02-09')).toMatchObject({day: 4, month: 1, year: 2027})
  })

  it('has no days without a schedule, and says its hours', () => {
    expect(nextMarketDays(null, '2026-11-26', 3)).toEqual([])
    expect(nextMarketDays({lunarDays: []}, '2026-11-26', 3)).toEqual([])
    expect(marketHours(CHUONG)).toBe('5:00–12:00')
  })
})

describe('the coming weekend', () => {
  it('is the next Saturday and Sunday on a weekday', () => {
    expect(weekendOf('2026-11-26')).toEqual({saturday: '2026-11-28', sunday: '2026-11-29'}) // Thursday
    expect(weekendOf('2026-11-30')).toEqual({saturday: '2026-12-05', sunday: '2026-12-06'}) // Monday
    expect(weekendOf('2026-12-04')).toEqual({saturday: '2026-12-05', sunday: '2026-12-06'}) // Friday
  })

  it('is the current one on Saturday and Sunday', () => {
    expect(weekendOf('2026-11-28')).toEqual({saturday: '2026-11-28', sunday: '2026-11-29'})
    expect(weekendOf('2026-11-29')).toEqual({saturday: '2026-11-28', sunday: '2026-11-29'})
  })

  it('lists weekends a week apart, across a year', () => {
    const weekends = upcomingWeekends('2026-12-23', 3)
    expect(weekends.map((w) => w.saturday)).toEqual(['2026-12-26', '2027-01-02', '2027-01-09'])
    expect(weekends[1]!.sunday).toBe('2027-01-03')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  })
})
