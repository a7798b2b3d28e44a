import {describe, expect, it} from 'vitest'
import {parseCoordinate, roundCoordinate} from '../../schemas/components/geopoint-map-input'

describe('coordinates typed in the Studio', () => {
  it('reads a decimal point or a Vietnamese decimal comma', () => {
    expect(parseCoordinate(' 21.0285 ')).toBe(21.0285)
    expect(parseCoordinate('21,0285')).toBe(21.0285)
    expect(parseCoordinate('-33.9')).toBe(-33.9)
  })

  it('refuses what is not one number, so the stored point stays as it was', () => {
    for (const text of ['', '21.', '21°01′N', '21.0285, 105.8542', 'abc']) expect(parseCoordinate(text), text).toBeUndefined()
  })

  it('stores 6 decimals, about 10 cm', () => {
    expect(roundCoordinate(21.02851234)).toBe(21.028512)
    expect(roundCoordinate(105.8541996)).toBe(105.8542)
  })
})
