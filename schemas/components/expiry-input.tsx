import {Stack, Text} from '@sanity/ui'
import {useEffect} from 'react'
import {set, useFormValue, type DateInputProps} from 'sanity'
import {certificateExpiry, vietnameseDate} from '../lib/dates'

/** The date input, filled with the statutory expiry (36 months) as soon as the decision date is known. */
export function ExpiryInput(props: DateInputProps) {
  const {value, onChange, path, readOnly, renderDefault} = props
  const decisionDate = useFormValue([...path.slice(0, -1), 'decisionDate']) as string | undefined
  const statutory = decisionDate ? certificateExpiry(decisionDate) : undefined

  useEffect(() => {
    if (!value && statutory && !readOnly) onChange(set(statutory))
  }, [value, statutory, readOnly, onChange])

  return (
    <Stack gap={2}>
      {renderDefault(props)}
      {statutory && value !== statutory && (
        <Text size={1} muted>
          Theo thời hạn 36 tháng: {vietnameseDate(statutory)}
        </Text>
      )}
    </Stack>
  )
}
