import {describe, expect, it} from 'vitest'
import {todayInHanoi} from '../../schemas/lib/dates'
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

  it('counts days in Hà Nội time', () => {
    // 18:00 UTC on 31 December is already 1 January in Hà Nội (UTC+7).
    expect(todayInHanoi(new Date('2026-12-31T18:00:00Z'))).toBe('2027-01-01')
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
})
