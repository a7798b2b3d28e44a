/**
 * Communes (xã) and wards (phường) of Hà Nội after the reorganisation of 1 July 2025, with the
 * district each mostly belonged to before. Only units whose new name is certain are listed.
 */
import type {Doc} from './lib.ts'

interface AreaInput {
  id: string
  name: string
  kind: 'xa' | 'phuong'
  formerDistrict: string
}

const AREAS: AreaInput[] = [
  // The five areas of the original sample (tests refer to them).
  {id: 'area-bat-trang', name: 'Bát Tràng', kind: 'xa', formerDistrict: 'Gia Lâm'},
  {id: 'area-ha-dong', name: 'Hà Đông', kind: 'phuong', formerDistrict: 'Hà Đông'},
  {id: 'area-ba-vi', name: 'Ba Vì', kind: 'xa', formerDistrict: 'Ba Vì'},
  {id: 'area-phu-nghia', name: 'Phú Nghĩa', kind: 'xa', formerDistrict: 'Chương Mỹ'},
  {id: 'area-nam-phu', name: 'Nam Phù', kind: 'xa', formerDistrict: 'Thanh Trì'},
  // Where the other producers work.
  {id: 'area-dan-hoa', name: 'Dân Hòa', kind: 'xa', formerDistrict: 'Thanh Oai'},
  {id: 'area-son-tay', name: 'Sơn Tây', kind: 'phuong', formerDistrict: 'Sơn Tây'},
  {id: 'area-son-dong', name: 'Sơn Đồng', kind: 'xa', formerDistrict: 'Hoài Đức'},
  {id: 'area-chuyen-my', name: 'Chuyên Mỹ', kind: 'xa', formerDistrict: 'Phú Xuyên'},
  {id: 'area-kien-hung', name: 'Kiến Hưng', kind: 'phuong', formerDistrict: 'Hà Đông'},
  {id: 'area-huong-son', name: 'Hương Sơn', kind: 'xa', formerDistrict: 'Mỹ Đức'},
  {id: 'area-soc-son', name: 'Sóc Sơn', kind: 'xa', formerDistrict: 'Sóc Sơn'},
  {id: 'area-dan-phuong', name: 'Đan Phượng', kind: 'xa', formerDistrict: 'Đan Phượng'},
  {id: 'area-o-dien', name: 'Ô Diên', kind: 'xa', formerDistrict: 'Đan Phượng'},
  {id: 'area-cau-giay', name: 'Cầu Giấy', kind: 'phuong', formerDistrict: 'Cầu Giấy'},
  {id: 'area-phu-dien', name: 'Phú Diễn', kind: 'phuong', formerDistrict: 'Bắc Từ Liêm'},
  {id: 'area-tay-ho', name: 'Tây Hồ', kind: 'phuong', formerDistrict: 'Tây Hồ'},
  {id: 'area-me-linh', name: 'Mê Linh', kind: 'xa', formerDistrict: 'Mê Linh'},
  {id: 'area-hoa-lac', name: 'Hòa Lạc', kind: 'xa', formerDistrict: 'Thạch Thất'},
  {id: 'area-dong-anh', name: 'Đông Anh', kind: 'xa', formerDistrict: 'Đông Anh'},
  {id: 'area-thuong-tin', name: 'Thường Tín', kind: 'xa', formerDistrict: 'Thường Tín'},
  {id: 'area-quoc-oai', name: 'Quốc Oai', kind: 'xa', formerDistrict: 'Quốc Oai'},
  // Points of sale and event venues.
  {id: 'area-hoan-kiem', name: 'Hoàn Kiếm', kind: 'phuong', formerDistrict: 'Hoàn Kiếm'},
  {id: 'area-cua-nam', name: 'Cửa Nam', kind: 'phuong', formerDistrict: 'Hoàn Kiếm'},
  {id: 'area-giang-vo', name: 'Giảng Võ', kind: 'phuong', formerDistrict: 'Ba Đình'},
  {id: 'area-long-bien', name: 'Long Biên', kind: 'phuong', formerDistrict: 'Long Biên'},
  {id: 'area-quang-oai', name: 'Quảng Oai', kind: 'xa', formerDistrict: 'Ba Vì'},
  {id: 'area-ngoc-hoi', name: 'Ngọc Hồi', kind: 'xa', formerDistrict: 'Thanh Trì'},
]

export const areas: Doc[] = AREAS.map(({id, ...fields}) => ({_id: id, _type: 'area', ...fields}))

/** The area's name with its kind, e.g. "xã Bát Tràng", for prose. */
export function areaLabel(id: string): string {
  const area = AREAS.find((a) => a.id === id)
  if (!area) throw new Error(`Unknown area ${id}`)
  return `${area.kind === 'xa' ? 'xã' : 'phường'} ${area.name}`
}
