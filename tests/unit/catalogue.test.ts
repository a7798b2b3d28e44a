import {describe, expect, it} from 'vitest'
import {
  byArea,
  byGroup,
  byStars,
  formatPriceRange,
  groupBy,
  pageLabel,
  pageParam,
  pagesOf,
  pageUrl,
  paginate,
  placeLabel,
  relatedByProduct,
  relatedProducts,
  shopLinkHref,
  shopLinkRel,
  shopLinkTitle,
} from '../../site/lib/catalogue'
import {formatMoney, formatPhone} from '../../site/lib/format'

const batTrang = {_id: 'area-bat-trang', name: 'Bát Tràng', kind: 'xa', formerDistrict: 'Gia Lâm'}
const hoaiDuc = {_id: 'area-son-dong', name: 'Sơn Đồng', kind: 'xa', formerDistrict: 'Hoài Đức'}
const caugiay = {_id: 'area-cau-giay', name: 'Cầu Giấy', kind: 'phuong', formerDistrict: null}

const product = (id: string, group: string, area: typeof batTrang | typeof caugiay, stars = 3, expiresOn = '2028-01-01') => ({
  _id: id,
  group,
  area,
  ocop: {stars, expiresOn},
})

describe('pagination', () => {
  it('cuts a list into pages of 24 and keeps one empty page for an empty list', () => {
    const items = Array.from({length: 68}, (_, i) => i)
    expect(paginate(items).map((page) => page.length)).toEqual([24, 24, 20])
    expect(paginate([])).toEqual([[]])
    expect(paginate([1, 2, 3], 3)).toEqual([[1, 2, 3]])
    expect(() => paginate([1], 0)).toThrow(RangeError)
  })

  it('puts page 1 at the listing itself and later pages under trang/N/', () => {
    expect(pageUrl('/san-pham/', 1)).toBe('/san-pham/')
    expect(pageUrl('/san-pham/nhom/thuc-pham/', 2)).toBe('/san-pham/nhom/thuc-pham/trang/2/')
    expect(pageParam(1)).toBeUndefined()
    expect(pageParam(3)).toBe('trang/3')
    expect(pageLabel(2, 3)).toBe('Trang 2/3')
  })

  it('links each page to its neighbours', () => {
    const pages = pagesOf(Array.from({length: 50}, (_, i) => i), '/san-pham/')
    expect(pages.map(({current, last, prev, next}) => ({current, last, prev, next}))).toEqual([
      {current: 1, last: 3, prev: undefined, next: '/san-pham/trang/2/'},
      {current: 2, last: 3, prev: '/san-pham/', next: '/san-pham/trang/3/'},
      {current: 3, last: 3, prev: '/san-pham/trang/2/', next: undefined},
    ])
    expect(pages[2].items).toEqual([48, 49])
    expect(pages[0].total).toBe(50)
  })
})

describe('browsing', () => {
  const products = [
    product('a', 'thu-cong-my-nghe', batTrang, 5),
    product('b', 'thuc-pham', caugiay, 3),
    product('c', 'thu-cong-my-nghe', batTrang, 4),
    product('d', 'thu-cong-my-nghe', hoaiDuc, 4),
  ]

  it('groups by the six official groups in order, empty ones included', () => {
    const groups = byGroup(products)
    expect(groups.map((group) => group.slug)).toEqual(['thuc-pham', 'do-uong', 'duoc-lieu', 'thu-cong-my-nghe', 'sinh-vat-canh', 'du-lich'])
    expect(groups[3].items.map((item) => item._id)).toEqual(['a', 'c', 'd'])
    expect(groups[3].title).toBe('Hàng thủ công mỹ nghệ')
  })

  it('groups by stars, 5 first', () => {
    expect(byStars(products).map(({slug, items}) => [slug, items.length])).toEqual([
      ['5', 1],
      ['4', 2],
      ['3', 1],
    ])
  })

  it('lists only places with products, sorted the Vietnamese way, with the former district', () => {
    const areas = byArea(products)
    expect(areas.map((area) => area.slug)).toEqual(['bat-trang', 'cau-giay', 'son-dong'])
    expect(areas[0].title).toBe('xã Bát Tràng (Gia Lâm cũ)')
    expect(areas[0].items).toHaveLength(2)
  })

  it('tells apart a xã and a phường of the same name', () => {
    const xa = {_id: 'x', name: 'Tây Hồ', kind: 'xa', formerDistrict: null}
    const phuong = {_id: 'p', name: 'Tây Hồ', kind: 'phuong', formerDistrict: null}
    expect(byArea([product('1', 'thuc-pham', xa), product('2', 'thuc-pham', phuong)]).map((area) => area.slug).sort()).toEqual(['phuong-tay-ho', 'xa-tay-ho'])
  })

  it('labels places with and without a former district', () => {
    expect(placeLabel(batTrang)).toBe('xã Bát Tràng (Gia Lâm cũ)')
    expect(placeLabel(caugiay)).toBe('phường Cầu Giấy')
    expect(placeLabel({name: 'Ba Vì', kind: 'xa', formerDistrict: 'Ba Vì'})).toBe('xã Ba Vì')
  })
})

describe('related products', () => {
  const self = product('self', 'thu-cong-my-nghe', batTrang, 4)
  const all = [
    self,
    product('same-group-elsewhere', 'thu-cong-my-nghe', caugiay, 5),
    product('same-place-other-group', 'du-lich', batTrang, 3),
    product('same-both', 'thu-cong-my-nghe', batTrang, 3),
    product('unrelated', 'thuc-pham', caugiay, 5),
    product('same-both-expired', 'thu-cong-my-nghe', batTrang, 5, '2020-01-01'),
  ]

  it('prefers same group and place, then same place, then same group, never itself or unrelated ones', () => {
    expect(relatedProducts(self, all, 4, '2026-11-26').map((p) => p._id)).toEqual([
      'same-both',
      'same-both-expired',
      'same-place-other-group',
      'same-group-elsewhere',
    ])
  })

  it('stops at the limit', () => {
    expect(relatedProducts(self, all, 2)).toHaveLength(2)
    expect(relatedProducts(product('x', 'sinh-vat-canh', caugiay), [])).toEqual([])
  })

  it('gives every product of a catalogue at once the same related products as one at a time', () => {
    const places = [batTrang, hoaiDuc, caugiay]
    const groups = ['thuc-pham', 'do-uong', 'thu-cong-my-nghe', 'sinh-vat-canh']
    const catalogue = Array.from({length: 240}, (_, i) =>
      product(`p${i}`, groups[(i * 7) % groups.length]!, places[(i * 5) % places.length] as typeof batTrang, 3 + (i % 3), i % 4 === 0 ? '2025-01-01' : '2028-01-01'),
    )
    const related = relatedByProduct(catalogue, 4, '2026-11-26')
    for (const item of catalogue) {
      expect(related.get(item._id)!.map((p) => p._id), item._id).toEqual(relatedProducts(item, catalogue, 4, '2026-11-26').map((p) => p._id))
    }
    expect(relatedByProduct(all, 4, '2026-11-26').get('self')!.map((p) => p._id)).toEqual([
      'same-both',
      'same-both-expired',
      'same-place-other-group',
      'same-group-elsewhere',
    ])
  })
})

describe('grouping', () => {
  it('puts an item under each of its keys once, in the order of the items', () => {
    const villages = [
      {id: 'a', productIds: ['p1', 'p2', 'p1']},
      {id: 'b', productIds: ['p2']},
      {id: 'c', productIds: []},
    ]
    const byProduct = groupBy(villages, (village) => village.productIds)
    expect(byProduct.get('p1')!.map((v) => v.id)).toEqual(['a'])
    expect(byProduct.get('p2')!.map((v) => v.id)).toEqual(['a', 'b'])
    expect(byProduct.has('p3')).toBe(false)
  })
})

describe('shop links and prices', () => {
  it('marks marketplaces nofollow, other sites noopener, and leaves tel: alone', () => {
    expect(shopLinkRel({kind: 'shopee', url: 'https://shopee.vn/x'})).toBe('noopener nofollow')
    expect(shopLinkRel({kind: 'tiktok', url: 'https://www.tiktok.com/@x'})).toBe('noopener nofollow')
    expect(shopLinkRel({kind: 'facebook', url: 'https://facebook.com/x'})).toBe('noopener')
    expect(shopLinkRel({kind: 'phone', url: 'tel:02436861234'})).toBeUndefined()
    expect(shopLinkTitle('tiktok')).toBe('TikTok Shop')
    expect(shopLinkTitle('phone')).toBe('Điện thoại')
  })

  it('dials phone links in the international form and leaves web links as they are', () => {
    expect(shopLinkHref({url: 'tel:02436861234'})).toBe('tel:+842436861234')
    expect(shopLinkHref({url: 'tel:0912 345 678'})).toBe('tel:+84912345678')
    expect(shopLinkHref({url: 'https://zalo.me/0917402683'})).toBe('https://zalo.me/0917402683')
    expect(shopLinkHref({url: 'tel:024%203686%201234'})).toBe('tel:+842436861234')
    expect(() => shopLinkHref({url: 'tel:%E0'})).not.toThrow()
  })

  it('groups phone numbers the Vietnamese way', () => {
    expect(formatPhone('02436861234')).toBe('024 3686 1234')
    expect(formatPhone('+84912345678')).toBe('0912 345 678')
    expect(formatPhone('1900 1234')).toBe('1900 1234')
  })

  it('formats price ranges in đồng', () => {
    expect(formatPriceRange({min: 60000, max: 120000, unit: 'chiếc'}, formatMoney)).toBe('60.000–120.000 ₫ / chiếc')
    expect(formatPriceRange({min: 60000, max: 60000, unit: null}, formatMoney)).toBe('60.000 ₫')
    expect(formatPriceRange({min: 60000, max: null, unit: 'hộp'}, formatMoney)).toBe('từ 60.000 ₫ / hộp')
    expect(formatPriceRange({min: null, max: 90000, unit: null}, formatMoney)).toBe('đến 90.000 ₫')
    expect(formatPriceRange({min: null, max: null, unit: 'kg'}, formatMoney)).toBeUndefined()
    expect(formatPriceRange(null, formatMoney)).toBeUndefined()
  })
})
