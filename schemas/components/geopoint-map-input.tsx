import {Button, Card, Flex, Stack, Text, TextInput} from '@sanity/ui'
import {lazy, Suspense, useEffect, useId, useState} from 'react'
import {set, unset, useReportParseError, type GeopointValue, type ObjectInputProps} from 'sanity'
import type {LatLng} from './geopoint-map'

// Leaflet and its CSS load with the first form that has a coordinate field, not with the Studio.
const GeopointMap = lazy(() => import('./geopoint-map'))

/** A coordinate rounded to 6 decimals (about 10 cm), as it is stored. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

/** A coordinate typed by an editor ("21.0285", or "21,0285" with a Vietnamese decimal comma), or undefined. */
export function parseCoordinate(text: string): number | undefined {
  const normal = text.trim().replace(',', '.')
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : undefined
}

/** "21.028511, 105.804817" as copied from a map app: both coordinates at once. */
function parsePair(text: string): LatLng | undefined {
  const match = /^\s*(-?\d+\.\d+)\s*[,;]\s*(-?\d+\.\d+)\s*$/.exec(text)
  return match ? {lat: Number(match[1]), lng: Number(match[2])} : undefined
}

const LIMITS = {lat: 90, lng: 180}
const HINTS = {
  lat: 'Vĩ độ là một số từ -90 đến 90, ví dụ 21.0285.',
  lng: 'Kinh độ là một số từ -180 đến 180, ví dụ 105.8542.',
}

const textOf = (value: number | undefined) => (value === undefined ? '' : String(value))

/**
 * The coordinate fields' input: a map where a click places the point and the marker can be
 * dragged, with the latitude and longitude as numbers to read or type. Any altitude is kept.
 */
export function GeopointMapInput(props: ObjectInputProps<GeopointValue>) {
  const {value, onChange, readOnly} = props
  const point = value && Number.isFinite(value.lat) && Number.isFinite(value.lng) ? {lat: value.lat, lng: value.lng} : undefined
  const [text, setText] = useState({lat: textOf(point?.lat), lng: textOf(point?.lng)})
  const id = useId()

  // A point set elsewhere (the map, another editor) shows in the boxes; "21.50" typed for 21.5 stays as typed.
  useEffect(() => {
    setText((shown) => ({
      lat: parseCoordinate(shown.lat) === point?.lat ? shown.lat : textOf(point?.lat),
      lng: parseCoordinate(shown.lng) === point?.lng ? shown.lng : textOf(point?.lng),
    }))
  }, [point?.lat, point?.lng])

  const write = ({lat, lng}: LatLng) => {
    const next = {lat: roundCoordinate(lat), lng: roundCoordinate(lng)}
    if (next.lat === point?.lat && next.lng === point?.lng) return
    onChange(set({...(value?.alt === undefined ? {} : {alt: value.alt}), _type: 'geopoint', ...next}))
  }

  const readable = (axis: 'lat' | 'lng', shown: string) => {
    const number = parseCoordinate(shown)
    return number !== undefined && Math.abs(number) <= LIMITS[axis] ? number : undefined
  }

  const type = (axis: 'lat' | 'lng', typed: string) => {
    const pair = parsePair(typed)
    if (pair && readable('lat', String(pair.lat)) !== undefined && readable('lng', String(pair.lng)) !== undefined) {
      setText({lat: String(pair.lat), lng: String(pair.lng)})
      write(pair)
      return
    }
    const next = {...text, [axis]: typed}
    setText(next)
    const lat = readable('lat', next.lat)
    const lng = readable('lng', next.lng)
    if (lat !== undefined && lng !== undefined) write({lat, lng})
  }

  const problems = (['lat', 'lng'] as const).filter((axis) => text[axis].trim() !== '' && readable(axis, text[axis]) === undefined).map((axis) => HINTS[axis])
  const halfTyped = problems.length === 0 && (text.lat.trim() === '') !== (text.lng.trim() === '')
  if (halfTyped) problems.push('Hãy nhập cả vĩ độ và kinh độ, hoặc bấm vào bản đồ.')
  // What the boxes show is not what the document holds: reported as Sanity's date inputs report
  // unreadable dates, so the validation panel lists it and the publish guard (studio/) waits.
  useReportParseError(props.path, problems.length > 0 ? problems.join(' ') : null)

  const box = (axis: 'lat' | 'lng', label: string) => (
    <Stack gap={2} flex={1} style={{minWidth: 140}}>
      <Text as="label" htmlFor={`${id}-${axis}`} size={1} weight="medium">
        {label}
      </Text>
      <TextInput
        id={`${id}-${axis}`}
        inputMode="decimal"
        autoComplete="off"
        value={text[axis]}
        readOnly={readOnly}
        customValidity={problems.length > 0 && text[axis].trim() !== '' && readable(axis, text[axis]) === undefined ? HINTS[axis] : undefined}
        onChange={(event) => type(axis, event.currentTarget.value)}
      />
    </Stack>
  )

  return (
    <Stack gap={3}>
      <Suspense
        fallback={
          <Card tone="transparent" radius={2} style={{height: 300}}>
            <Flex align="center" justify="center" height="fill">
              <Text muted size={1}>
                Đang tải bản đồ…
              </Text>
            </Flex>
          </Card>
        }
      >
        <GeopointMap point={point} readOnly={readOnly} onPick={write} />
      </Suspense>
      <Flex gap={3} align="flex-end" wrap="wrap">
        {box('lat', 'Vĩ độ')}
        {box('lng', 'Kinh độ')}
        {!readOnly && <Button mode="ghost" tone="critical" text="Xoá vị trí" disabled={!value} onClick={() => onChange(unset())} />}
      </Flex>
      {problems.length > 0 && (
        <Card tone="critical" padding={3} radius={2} border>
          <Stack gap={2}>
            {problems.map((problem) => (
              <Text key={problem} size={1}>
                {problem}
              </Text>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  )
}
