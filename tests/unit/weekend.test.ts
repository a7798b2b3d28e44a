import {describe, expect, it} from 'vitest'
import type {Event, Village} from '../../site/lib/content-schemas'
import {distanceKm} from '../../site/lib/geo'
import {eventOverlaps, eventsNear} from '../../site/lib/weekend'

const weekend = {saturday: '2026-12-12', sunday: '2026-12-13'}
const at = (start: string, end: string) => ({startsAt: start, endsAt: end})

describe('events on a weekend (Hà Nội time)', () => {
  it('counts an event that touches Saturday or Sunday', () => {
    expect(eventOverlaps(at('2026-12-10T01:00:00Z', '2026-12-12T02:00:00Z'), weekend)).toBe(true) // ends Saturday 9:00
    expect(eventOverlaps(at('2026-12-13T15:00:00Z', '2026-12-13T16:30:00Z'), weekend)).toBe(true) // Sunday 22:00–23:30
    expect(eventOverlaps(at('2026-12-01T01:00:00Z', '2026-12-20T14:00:00Z'), weekend)).toBe(true) // spans it
  })
  it('leaves out Friday evening and Monday morning', () => {
    expect(eventOverlaps(at('2026-12-11T10:00:00Z', '2026-12-11T16:59:00Z'), weekend)).toBe(false) // Friday, ends 23:59
    expect(eventOverlaps(at('2026-12-13T17:00:00Z', '2026-12-14T03:00:00Z'), weekend)).toBe(false) // Monday 0:00
  })
})

describe('events near a village', () => {
  const village = {area: {_id: 'area-bat-trang'}, visit: {location: {lat: 20.977, lng: 105.912}}} as unknown as Village
  const event = (area: string | null, lat: number, lng: number) =>
    ({venue: {name: 'x', address: null, area: area ? {_id: area} : null, location: {lat, lng}}}) as unknown as Event
  it('keeps events in the commune or within 3 km', () => {
    expect(eventsNear(village, [event('area-bat-trang', 21.5, 105.5)])).toHaveLength(1)
    expect(eventsNear(village, [event(null, 20.99, 105.92)])).toHaveLength(1)
    expect(eventsNear(village, [event('area-cua-nam', 21.0246, 105.8448)])).toHaveLength(0)
  })
  it('measures distance on the sphere', () => {
    expect(distanceKm({lat: 21.0246, lng: 105.8448}, {lat: 21.0272, lng: 105.8214})).toBeCloseTo(2.45, 1)
  })
})
