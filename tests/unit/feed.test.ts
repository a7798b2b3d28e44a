import {describe, expect, it} from 'vitest'
import {feedDescription, feedTitle} from '../../site/lib/feed'

describe('feed text from editors', () => {
  it('HTML-escapes a description, so a reader shows an editor’s <b> as text', () => {
    expect(feedDescription('Giảm <b>50%</b> & "tặng" quà <script>alert(1)</script>')).toBe(
      'Giảm &lt;b&gt;50%&lt;/b&gt; &amp; &quot;tặng&quot; quà &lt;script&gt;alert(1)&lt;/script&gt;',
    )
  })

  it('drops the control characters XML 1.0 forbids and keeps Vietnamese as it is', () => {
    expect(feedDescription('Hội chợ\u0000\u0007\u001b\u007f\u009b OCOP\r\nHà Nội')).toBe('Hội chợ OCOP\nHà Nội')
    expect(feedTitle('Hội chợ\rOCOP\u2028Hà Nội\u0001')).toBe('Hội chợ OCOP Hà Nội')
  })
})
