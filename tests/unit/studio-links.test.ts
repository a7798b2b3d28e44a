import {describe, expect, it} from 'vitest'
import {previewUrl, publicUrl} from '../../studio/view-on-site'

describe('links from the Studio to the website', () => {
  it('"Xem trên website" opens the published page', () => {
    expect(publicUrl('product', 'banh-chung-tranh-khuc', 'https://ocop.example.vn')).toBe('https://ocop.example.vn/san-pham/banh-chung-tranh-khuc/')
    expect(publicUrl('event', undefined, 'https://ocop.example.vn')).toBeUndefined()
  })

  it('"Xem bản nháp" opens the page in the draft preview, only where there is one', () => {
    expect(previewUrl('event', 'hoi-cho-tet-dinh-mui-2027', 'https://xem-truoc.ocop.example.vn')).toBe('https://xem-truoc.ocop.example.vn/su-kien/hoi-cho-tet-dinh-mui-2027/')
    expect(previewUrl('event', 'hoi-cho-tet-dinh-mui-2027', undefined)).toBeUndefined()
    expect(previewUrl('product', undefined, 'https://xem-truoc.ocop.example.vn')).toBeUndefined()
  })
})
