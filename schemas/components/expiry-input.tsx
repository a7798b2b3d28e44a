import {Button, Card, Flex, Stack, Text} from '@sanity/ui'
import {useEffect, useRef} from 'react'
import {set, useFormValue, type DateInputProps} from 'sanity'
import {certificateExpiry, isIsoDate, vietnameseDate} from '../lib/dates'

/**
 * The certificate's expiry, which follows the decision date: filled with the statutory expiry (36
 * months) as soon as the decision date is known, and moved along when the decision date is
 * corrected, as long as the editor never changed it by hand. A date typed by hand is never
 * overwritten: the editor is offered the statutory date with a button instead.
 */
export function ExpiryInput(props: DateInputProps) {
  const {value, onChange, path, readOnly, renderDefault} = props
  const decisionDate = useFormValue([...path.slice(0, -1), 'decisionDate']) as string | undefined
  const statutory = decisionDate && isIsoDate(decisionDate) ? certificateExpiry(decisionDate) : undefined
  // The decision date the expiry last followed: its statutory expiry is what "never edited" looks like.
  const followed = useRef(decisionDate)

  useEffect(() => {
    const before = followed.current
    followed.current = decisionDate
    if (readOnly || !statutory || value === statutory) return
    const untouched = !value || (before !== undefined && isIsoDate(before) && value === certificateExpiry(before))
    if (untouched) onChange(set(statutory))
  }, [decisionDate, statutory, value, readOnly, onChange])

  return (
    <Stack gap={3}>
      {renderDefault(props)}
      {statutory && value && value !== statutory && (
        <Card padding={3} radius={2} tone="caution" border>
          <Flex gap={3} align="center" wrap="wrap">
            <Text size={1}>
              Theo thời hạn 36 tháng kể từ ngày quyết định {vietnameseDate(decisionDate!)}, chứng nhận hết hiệu lực ngày{' '}
              {vietnameseDate(statutory)}.
            </Text>
            {!readOnly && <Button mode="ghost" tone="caution" fontSize={1} text={`Dùng ngày ${vietnameseDate(statutory)}`} onClick={() => onChange(set(statutory))} />}
          </Flex>
        </Card>
      )}
    </Stack>
  )
}
