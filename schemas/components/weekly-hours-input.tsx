import {Card, Stack, Text} from '@sanity/ui'
import type {ObjectInputProps} from 'sanity'
import {exceptionText, hanoiDay, hoursProblems, openState, openStateLabel, upcomingExceptions, weekLines, type WeeklyHours} from '../../site/lib/opening-hours'

/**
 * The hours' fields, and under them the week as visitors will read it on the website, the
 * exceptions still ahead and what the page would say right now: an editor sees at once that
 * "18:00" went into the opening time or that Sunday was left out.
 */
export function WeeklyHoursInput(props: ObjectInputProps) {
  const value = props.value as WeeklyHours | undefined
  const ready = value?.weekly?.length ? hoursProblems(value).length === 0 : false
  const now = new Date()
  return (
    <Stack gap={4}>
      {props.renderDefault(props)}
      <Card padding={3} radius={2} tone={ready ? 'positive' : 'transparent'} border data-testid="weekly-hours-preview">
        <Stack gap={3}>
          <Text size={1} weight="medium">
            Khách sẽ thấy trên website
          </Text>
          {ready && value ? (
            <>
              {weekLines(value).map((line) => (
                <Text size={1} key={line.days}>
                  {line.days}: {line.hours}
                </Text>
              ))}
              {upcomingExceptions(value, hanoiDay(now).date).map((exception, index) => (
                <Text size={1} key={index}>
                  {exceptionText(exception)}
                </Text>
              ))}
              <Text size={1} muted>
                Lúc này (giờ Hà Nội): {openStateLabel(openState(value, now), now).label}
              </Text>
            </>
          ) : (
            <Text size={1} muted>
              Chưa đủ ngày và giờ để hiện tuần mở cửa.
            </Text>
          )}
        </Stack>
      </Card>
    </Stack>
  )
}
