import {describe, expect, it} from 'vitest'
import {buildNow, buildToday, parseSiteNow} from '../../site/lib/build-clock'

describe("the build's now (SITE_NOW)", () => {
  it('reads a moment with its offset, in UTC or Hà Nội time', () => {
    expect(parseSiteNow('2026-11-26T10:00:00+07:00').toISOString()).toBe('2026-11-26T03:00:00.000Z')
    expect(parseSiteNow('2027-06-01T00:00Z').toISOString()).toBe('2027-06-01T00:00:00.000Z')
    expect(parseSiteNow(' 2030-01-01T08:30:15.250+07:00 ').toISOString()).toBe('2030-01-01T01:30:15.250Z')
  })

  it('reads a date as its first moment in Hà Nội', () => {
    expect(parseSiteNow('2027-11-26').toISOString()).toBe('2027-11-25T17:00:00.000Z')
  })

  it.each(['tomorrow', '26/11/2026', '2026-11-26T10:00:00', '2026-02-30', '2026-13-01T00:00Z', '1764126000000', ''])(
    'refuses "%s", naming the variable and the forms it takes',
    (value) => {
      expect(() => parseSiteNow(value)).toThrow(
        `Environment variable SITE_NOW must be a moment with its offset, such as 2026-11-26T10:00:00+07:00, or a date, such as 2026-11-26; got "${value}"`,
      )
    },
  )

  it('is the setting when one is given, the same instant every time it is asked', () => {
    const env = {SITE_NOW: '2027-06-01T09:00:00+07:00'}
    expect(buildNow(env).toISOString()).toBe('2027-06-01T02:00:00.000Z')
    expect(buildToday(env)).toBe('2027-06-01')
    // Each caller gets its own copy: changing one changes nothing for the next page.
    buildNow(env).setFullYear(2000)
    expect(buildNow(env).toISOString()).toBe('2027-06-01T02:00:00.000Z')
  })

  it('is the real clock, read once, when nothing is set', async () => {
    const before = Date.now()
    const first = buildNow({}).getTime()
    expect(first).toBeGreaterThanOrEqual(before)
    expect(first).toBeLessThanOrEqual(Date.now())
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(buildNow({}).getTime()).toBe(first)
  })
})
