import {describe, expect, it} from 'vitest'
import {parseRedirectsFile, redirectsFile, redirectsOf, type Addressable} from '../../site/lib/redirects'
import {SHORT_CODE_ALPHABET, shortCode} from '../../site/lib/short-links'

const doc = (_id: string, slug: string, previousSlugs: string[] | null = null, name = _id): Addressable => ({_id, name, slug, previousSlugs})

describe('short codes for packaging', () => {
  it('are seven characters that cannot be misread (no 0, o, 1, l, i)', () => {
    for (const id of ['product-banh-chung-tranh-khuc', 'a', '3f2c9a1e-6b0d-4c1e-9d7a-0e5b8c4f2a11']) {
      expect(shortCode(id)).toMatch(new RegExp(`^[${SHORT_CODE_ALPHABET}]{7}$`))
    }
    expect(SHORT_CODE_ALPHABET).not.toMatch(/[01ilo]/)
  })

  it('depend only on the document id: the same for its draft, different for another document', () => {
    expect(shortCode('product-banh-chung-tranh-khuc')).toBe(shortCode('drafts.product-banh-chung-tranh-khuc'))
    expect(shortCode('product-banh-chung-tranh-khuc')).not.toBe(shortCode('product-banh-chung-gac-tranh-khuc'))
  })

  it('never change for a document: codes already printed on packaging are pinned here', () => {
    expect(shortCode('product-banh-chung-tranh-khuc')).toBe('hhb6j74')
    expect(shortCode('producer-htx-banh-chung-tranh-khuc')).toBe('5amd2v5')
  })
})

describe('redirects', () => {
  const products = [doc('product-tra', 'tra-nu-hong-say-me-linh', ['tra-nu-hong-me-linh'], 'Trà nụ hồng sấy Mê Linh'), doc('product-hoa', 'hoa-hong-me-linh')]
  const producers = [doc('producer-vuon', 'cong-ty-vuon-hoa', ['vuon-hoa-me-linh'])]

  it('lead each short link and each previous slug to the page where the document is now', () => {
    const redirects = redirectsOf({product: products, producer: producers})
    expect(redirects).toContainEqual({from: `/p/${shortCode('product-tra')}/`, to: '/san-pham/tra-nu-hong-say-me-linh/', name: 'Trà nụ hồng sấy Mê Linh', reason: 'short-link'})
    expect(redirects).toContainEqual({from: `/p/${shortCode('producer-vuon')}/`, to: '/chu-the/cong-ty-vuon-hoa/', name: 'producer-vuon', reason: 'short-link'})
    expect(redirects).toContainEqual({from: '/san-pham/tra-nu-hong-me-linh/', to: '/san-pham/tra-nu-hong-say-me-linh/', name: 'Trà nụ hồng sấy Mê Linh', reason: 'previous-slug'})
    expect(redirects).toContainEqual({from: '/chu-the/vuon-hoa-me-linh/', to: '/chu-the/cong-ty-vuon-hoa/', name: 'producer-vuon', reason: 'previous-slug'})
    expect(redirects).toHaveLength(5)
  })

  it('allow a product and a producer to share a previous slug: they live under different prefixes', () => {
    expect(() => redirectsOf({product: [doc('p', 'a', ['x'])], producer: [doc('q', 'b', ['x'])]})).not.toThrow()
  })

  it('ignore a previous slug that is the current one', () => {
    expect(redirectsOf({product: [doc('p', 'a', ['a'])], producer: []}).filter((r) => r.reason === 'previous-slug')).toEqual([])
  })

  it('stop the build when a previous slug is another product’s slug, naming both', () => {
    expect(() => redirectsOf({product: [doc('product-a', 'a', ['b'], 'Sản phẩm A'), doc('product-b', 'b', null, 'Sản phẩm B')], producer: []})).toThrow(
      'The previous slug "b" of product "Sản phẩm A" (product-a) is the slug of product "Sản phẩm B" (product-b)',
    )
  })

  it('stop the build when two producers had the same previous slug, naming both', () => {
    expect(() => redirectsOf({product: [], producer: [doc('producer-a', 'a', ['old']), doc('producer-b', 'b', ['old'])]})).toThrow(
      'The previous slug "old" of producer "producer-b" (producer-b) is also a previous slug of producer "producer-a" (producer-a)',
    )
  })
})

describe('the _redirects file', () => {
  it('has one "from to 301" line a redirect, and reads back', () => {
    const redirects = redirectsOf({product: [doc('product-tra', 'tra-moi', ['tra-cu'])], producer: []})
    const text = redirectsFile(redirects)
    expect(text).toContain('/san-pham/tra-cu/ /san-pham/tra-moi/ 301\n')
    expect(text).toContain(`/p/${shortCode('product-tra')}/ /san-pham/tra-moi/ 301\n`)
    expect(parseRedirectsFile(text)).toEqual(new Map(redirects.map((r) => [r.from, r.to])))
    // Previous slugs first: a host that reads only so many rules keeps those.
    expect(text.split('\n')[1]).toBe('/san-pham/tra-cu/ /san-pham/tra-moi/ 301')
  })
})
