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
  /** The commune's or ward's centre (its People's Committee or the middle of where people live), [lat, lng]. */
  centre: [number, number]
}

const AREAS: AreaInput[] = [
  // The five areas of the original sample (tests refer to them).
  {id: 'area-bat-trang', name: 'Bát Tràng', kind: 'xa', formerDistrict: 'Gia Lâm', centre: [20.975, 105.912]},
  {id: 'area-ha-dong', name: 'Hà Đông', kind: 'phuong', formerDistrict: 'Hà Đông', centre: [20.97, 105.776]},
  {id: 'area-ba-vi', name: 'Ba Vì', kind: 'xa', formerDistrict: 'Ba Vì', centre: [21.08, 105.38]},
  {id: 'area-phu-nghia', name: 'Phú Nghĩa', kind: 'xa', formerDistrict: 'Chương Mỹ', centre: [20.92, 105.665]},
  {id: 'area-nam-phu', name: 'Nam Phù', kind: 'xa', formerDistrict: 'Thanh Trì', centre: [20.905, 105.862]},
  // Where the other producers work.
  {id: 'area-dan-hoa', name: 'Dân Hòa', kind: 'xa', formerDistrict: 'Thanh Oai', centre: [20.86, 105.768]},
  {id: 'area-son-tay', name: 'Sơn Tây', kind: 'phuong', formerDistrict: 'Sơn Tây', centre: [21.137, 105.505]},
  {id: 'area-son-dong', name: 'Sơn Đồng', kind: 'xa', formerDistrict: 'Hoài Đức', centre: [21.045, 105.708]},
  {id: 'area-chuyen-my', name: 'Chuyên Mỹ', kind: 'xa', formerDistrict: 'Phú Xuyên', centre: [20.76, 105.866]},
  {id: 'area-kien-hung', name: 'Kiến Hưng', kind: 'phuong', formerDistrict: 'Hà Đông', centre: [20.955, 105.785]},
  {id: 'area-huong-son', name: 'Hương Sơn', kind: 'xa', formerDistrict: 'Mỹ Đức', centre: [20.615, 105.75]},
  {id: 'area-soc-son', name: 'Sóc Sơn', kind: 'xa', formerDistrict: 'Sóc Sơn', centre: [21.258, 105.848]},
  {id: 'area-dan-phuong', name: 'Đan Phượng', kind: 'xa', formerDistrict: 'Đan Phượng', centre: [21.088, 105.665]},
  {id: 'area-o-dien', name: 'Ô Diên', kind: 'xa', formerDistrict: 'Đan Phượng', centre: [21.105, 105.64]},
  {id: 'area-cau-giay', name: 'Cầu Giấy', kind: 'phuong', formerDistrict: 'Cầu Giấy', centre: [21.033, 105.795]},
  {id: 'area-phu-dien', name: 'Phú Diễn', kind: 'phuong', formerDistrict: 'Bắc Từ Liêm', centre: [21.048, 105.76]},
  {id: 'area-tay-ho', name: 'Tây Hồ', kind: 'phuong', formerDistrict: 'Tây Hồ', centre: [21.065, 105.825]},
  {id: 'area-me-linh', name: 'Mê Linh', kind: 'xa', formerDistrict: 'Mê Linh', centre: [21.18, 105.72]},
  {id: 'area-hoa-lac', name: 'Hòa Lạc', kind: 'xa', formerDistrict: 'Thạch Thất', centre: [21.01, 105.53]},
  {id: 'area-dong-anh', name: 'Đông Anh', kind: 'xa', formerDistrict: 'Đông Anh', centre: [21.135, 105.85]},
  {id: 'area-thuong-tin', name: 'Thường Tín', kind: 'xa', formerDistrict: 'Thường Tín', centre: [20.87, 105.86]},
  {id: 'area-quoc-oai', name: 'Quốc Oai', kind: 'xa', formerDistrict: 'Quốc Oai', centre: [20.99, 105.64]},
  // Points of sale and event venues.
  {id: 'area-hoan-kiem', name: 'Hoàn Kiếm', kind: 'phuong', formerDistrict: 'Hoàn Kiếm', centre: [21.029, 105.852]},
  {id: 'area-cua-nam', name: 'Cửa Nam', kind: 'phuong', formerDistrict: 'Hoàn Kiếm', centre: [21.024, 105.843]},
  {id: 'area-giang-vo', name: 'Giảng Võ', kind: 'phuong', formerDistrict: 'Ba Đình', centre: [21.027, 105.82]},
  {id: 'area-long-bien', name: 'Long Biên', kind: 'phuong', formerDistrict: 'Long Biên', centre: [21.045, 105.885]},
  {id: 'area-quang-oai', name: 'Quảng Oai', kind: 'xa', formerDistrict: 'Ba Vì', centre: [21.195, 105.425]},
  {id: 'area-ngoc-hoi', name: 'Ngọc Hồi', kind: 'xa', formerDistrict: 'Thanh Trì', centre: [20.912, 105.845]},
]

export const areas: Doc[] = AREAS.map(({id, centre, ...fields}) => ({_id: id, _type: 'area', ...fields, centre: {_type: 'geopoint', lat: centre[0], lng: centre[1]}}))

/** The area's name with its kind, e.g. "xã Bát Tràng", for prose. */
export function areaLabel(id: string): string {
  const area = AREAS.find((a) => a.id === id)
  if (!area) throw new Error(`Unknown area ${id}`)
  return `${area.kind === 'xa' ? 'xã' : 'phường'} ${area.name}`
}
