/** The six official OCOP product groups (Decision 148/QĐ-TTg, 2023), keyed by a stable value. */
export const PRODUCT_GROUPS = [
  {value: 'thuc-pham', title: 'Thực phẩm'},
  {value: 'do-uong', title: 'Đồ uống'},
  {value: 'duoc-lieu', title: 'Dược liệu và sản phẩm từ dược liệu'},
  {value: 'thu-cong-my-nghe', title: 'Hàng thủ công mỹ nghệ'},
  {value: 'sinh-vat-canh', title: 'Sinh vật cảnh'},
  {value: 'du-lich', title: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch'},
] as const

export type ProductGroup = (typeof PRODUCT_GROUPS)[number]['value']

/** Kinds of OCOP producers (chủ thể). */
export const PRODUCER_KINDS = [
  {value: 'hop-tac-xa', title: 'Hợp tác xã'},
  {value: 'doanh-nghiep', title: 'Doanh nghiệp'},
  {value: 'ho-kinh-doanh', title: 'Hộ kinh doanh'},
  {value: 'ca-nhan', title: 'Cá nhân'},
] as const

export type ProducerKind = (typeof PRODUCER_KINDS)[number]['value']

/** Commune-level unit kinds after Hà Nội's 2025 reorganisation. */
export const AREA_KINDS = [
  {value: 'phuong', title: 'Phường'},
  {value: 'xa', title: 'Xã'},
] as const

export type AreaKind = (typeof AREA_KINDS)[number]['value']

/** Months an OCOP certificate stays valid after its decision date. */
export const CERTIFICATE_VALIDITY_MONTHS = 36
