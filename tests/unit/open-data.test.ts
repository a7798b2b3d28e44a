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

  it('never writes a cell a spreadsheet would run as a formula: text starting with = + - @, a tab or CR gets a leading apostrophe', () => {
    const planted = {
      ...record,
      name: '=HYPERLINK("https://evil.example","Bấm vào")',
      producer: '+84 912 345 678',
      decisionNumber: '-2+3',
      area: '@SUM(A1:A9)',
      formerDistrict: '\t=1+1',
      url: '\r=cmd|"/c calc"!A0',
    }
    const [, row] = toCsv([planted]).split('\r\n')
    expect(row).toBe(
      `"'=HYPERLINK(""https://evil.example"",""Bấm vào"")",'+84 912 345 678,Thực phẩm,4,'-2+3,2024-11-15,2027-11-15,'@SUM(A1:A9),'\t=1+1,"'\r=cmd|""/c calc""!A0",https://ocop.example.vn/p/${shortCode(product._id)}/`,
    )
  })

  it('keeps the stars, the one numeric column, a number', () => {
    expect(toCsv([record]).split('\r\n')[1]).toContain(',Thực phẩm,4,')
  })
})
