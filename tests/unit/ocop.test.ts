import {describe, expect, it} from 'vitest'
import {certificateState, isIsoDate, isIsoDateTime, todayInHanoi} from '../../schemas/lib/dates'
import {certificateExpiry, isExpired} from '../../site/lib/ocop'
import {safeHref} from '../../site/lib/url'

describe('OCOP certificate validity', () => {
  it('ends 36 months after the decision date', () => {
    expect(certificateExpiry('2024-11-15')).toBe('2027-11-15')
  })

  it('ends on the last day of February for a 29 February decision', () => {
    expect(certificateExpiry('2024-02-29')).toBe('2027-02-28')
  })

  it('is expired the day after its expiry, not on it', () => {
    expect(isExpired('2025-06-10', '2025-06-10')).toBe(false)
    expect(isExpired('2025-06-10', '2025-06-11')).toBe(true)
  })

  it('is flagged in editors\' lists once expired, and within three months of expiring', () => {
    expect(certificateState('2026-11-25', '2026-11-26')).toBe('Hết hiệu lực')
    expect(certificateState('2026-11-26', '2026-11-26')).toBe('Sắp hết hạn 26/11/2026')
    expect(certificateState('2027-02-26', '2026-11-26')).toBe('Sắp hết hạn 26/02/2027')
    expect(certificateState('2027-02-27', '2026-11-26')).toBeUndefined()
    expect(certificateState(undefined, '2026-11-26')).toBeUndefined()
  })

  it('counts days in Hà Nội time', () => {
    // 18:00 UTC on 31 December is already 1 January in Hà Nội (UTC+7).
    expect(todayInHanoi(new Date('2026-12-31T18:00:00Z'))).toBe('2027-01-01')
  })
})

describe('dates as Sanity stores them', () => {
  it('are real calendar dates written YYYY-MM-DD', () => {
    expect(['2026-11-26', '2028-02-29'].map(isIsoDate)).toEqual([true, true])
    expect(['2026-02-30', '2027-02-29', '20.10.26', '26/11/2026', '2026-11-26T00:00:00Z', '', undefined].map(isIsoDate)).toEqual(Array(7).fill(false))
  })

  it('are moments with a time and an offset', () => {
    expect(['2026-11-24T01:00:00.000Z', '2026-11-24T08:00:00+07:00', '2026-11-24T01:00Z'].map(isIsoDateTime)).toEqual([true, true, true])
    expect(['2026-11-24T01:00:00', '2026-11-24', '24/11/2026 08:00', '2026-02-30T01:00:00Z', 42].map(isIsoDateTime)).toEqual(Array(5).fill(false))
  })
})

describe('links from content', () => {
  it.each(['https://shopee.vn/gom-minh-lam', 'http://example.vn', 'mailto:htx@example.vn', 'tel:+84912345678'])(
    'keeps %s',
    (href) => expect(safeHref(href)).toBe(href),
  )

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'ftp://x', '/relative', ''])(
    'drops %s',
    (href) => expect(safeHref(href)).toBeUndefined(),
  )

  it.each(['java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0000javascript:alert(1)', 'javascript&#58;alert(1)', 'JaVaScRiPt:alert(1)', '  data:image/svg+xml,<svg onload=alert(1)>'])(
    'drops %j, which a browser would run or open',
    (href) => expect(safeHref(href)).toBeUndefined(),
  )

  it('keeps the site’s own paths only where asked to, and never one that leaves the site', () => {
    expect(safeHref('/files/abc.pdf', {relative: true})).toBe('/files/abc.pdf')
    for (const href of ['//evil.example/x.pdf', '/\\evil.example/x.pdf', '/\t/evil.example', 'files/abc.pdf', 'javascript:alert(1)']) {
      expect(safeHref(href, {relative: true}), href).toBeUndefined()
    }
  })
})
