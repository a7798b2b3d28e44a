import {describe, expect, it} from 'vitest'
import {openDataProducts, toCsv} from '../../site/lib/open-data'
import {shortCode} from '../../site/lib/short-links'

const product = {
  _id: 'product-banh-chung-tranh-khuc',
  name: 'Bánh chưng Tranh Khúc',
  slug: 'banh-chung-tranh-khuc',
  group: 'thuc-pham',
  producer: {name: 'Hợp tác xã Bánh chưng Tranh Khúc'},
  area: {name: 'Nam Phù', kind: 'xa', formerDistrict: 'Thanh Trì'},
  ocop: {stars: 4, decisionNumber: '5162/QĐ-UBND', decisionDate: '2024-11-15', expiresOn: '2027-11-15'},
}

describe('open data of the catalogue', () => {
  const [record] = openDataProducts([product], 'https://ocop.example.vn')

  it('names the product, producer, group, stars, decision, expiry, place and addresses', () => {
    expect(record).toEqual({
      name: 'Bánh chưng Tranh Khúc',
      producer: 'Hợp tác xã Bánh chưng Tranh Khúc',
      group: 'Thực phẩm',
      stars: 4,
      decisionNumber: '5162/QĐ-UBND',
      decisionDate: '2024-11-15',
      expiresOn: '2027-11-15',
      area: 'xã Nam Phù',
      formerDistrict: 'Thanh Trì',
      url: 'https://ocop.example.vn/san-pham/banh-chung-tranh-khuc/',
      shortUrl: `https://ocop.example.vn/p/${shortCode(product._id)}/`,
    })
  })

  it('writes CSV a spreadsheet opens as UTF-8: byte-order mark, Vietnamese headers, CRLF', () => {
    const csv = toCsv([record])
    expect(csv.startsWith('\uFEFFTên sản phẩm,Chủ thể,Nhóm sản phẩm,Số sao,')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(3)
    expect(csv.split('\r\n')[1]).toBe(
      `Bánh chưng Tranh Khúc,Hợp tác xã Bánh chưng Tranh Khúc,Thực phẩm,4,5162/QĐ-UBND,2024-11-15,2027-11-15,xã Nam Phù,Thanh Trì,https://ocop.example.vn/san-pham/banh-chung-tranh-khuc/,https://ocop.example.vn/p/${shortCode(product._id)}/`,
    )
  })

  it('quotes fields with commas, quotes or line breaks, and leaves empty ones empty', () => {
    const csv = toCsv([{...record, name: 'Giò lụa "Ước Lễ", loại 1', producer: 'Hộ A\nHộ B', formerDistrict: null}])
    expect(csv.split('\r\n')[1]).toMatch(/^"Giò lụa ""Ước Lễ"", loại 1","Hộ A\nHộ B",Thực phẩm,.*,xã Nam Phù,,https:/)
  })
})
