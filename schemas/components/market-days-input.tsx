import {Card, Stack, Text} from '@sanity/ui'
import type {ObjectInputProps} from 'sanity'
import {todayInHanoi} from '../lib/dates'
import {marketHours, nextMarketDays, weekdayDateWithLunar, type MarketSchedule} from '../lib/lunar'

/** How many coming market dates the editor sees, to check the schedule against a calendar. */
const PREVIEW_COUNT = 6

/**
 * The market schedule's default fields, and under them its next dates in the solar calendar
 * ("Thứ Bảy 12/12 (mùng 4 tháng 11 âm lịch)"), so an editor sees at once what visitors will read.
 */
export function MarketDaysInput(props: ObjectInputProps) {
  const schedule = (props.value ?? {}) as MarketSchedule
  const valid = (schedule.lunarDays ?? []).filter((day) => Number.isInteger(day) && day >= 1 && day <= 30)
  const dates = valid.length ? nextMarketDays({...schedule, lunarDays: valid}, todayInHanoi(), PREVIEW_COUNT) : []
  const hours = marketHours(schedule)
  return (
    <Stack gap={3}>
      {props.renderDefault(props)}
      {dates.length > 0 && (
        <Card padding={3} radius={2} tone="primary" border data-testid="market-days-preview">
          <Stack gap={2}>
            <Text size={1} weight="semibold">
              Các phiên chợ sắp tới{hours ? ` (${hours})` : ''}:
            </Text>
            {dates.map((date) => (
              <Text key={date} size={1}>
                {weekdayDateWithLunar(date)}
              </Text>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  )
}
