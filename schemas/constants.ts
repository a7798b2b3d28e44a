/** The six official OCOP product groups (Decision 148/QĐ-TTg, 2023), keyed by a stable value; `short` where a list has no room for the full name. */
export const PRODUCT_GROUPS = [
  {value: 'thuc-pham', title: 'Thực phẩm', short: 'Thực phẩm'},
  {value: 'do-uong', title: 'Đồ uống', short: 'Đồ uống'},
  {value: 'duoc-lieu', title: 'Dược liệu và sản phẩm từ dược liệu', short: 'Dược liệu'},
  {value: 'thu-cong-my-nghe', title: 'Hàng thủ công mỹ nghệ', short: 'Thủ công mỹ nghệ'},
  {value: 'sinh-vat-canh', title: 'Sinh vật cảnh', short: 'Sinh vật cảnh'},
  {value: 'du-lich', title: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', short: 'Du lịch cộng đồng'},
] as const

export type ProductGroup = (typeof PRODUCT_GROUPS)[number]['value']

/** Kinds of OCOP producers (chủ thể). */
export const PRODUCER_KINDS = [
  {value: 'hop-tac-xa', title: 'Hợp tác xã'},
  {value: 'doanh-nghiep', title: 'Doanh nghiệp'},
  {value: 'ho-kinh-doanh', title: 'Hộ kinh doanh'},
  {value: 'ca-nhan', title: 'Cá nhân'},
] as const

/** Commune-level unit kinds after Hà Nội's 2025 reorganisation. */
export const AREA_KINDS = [
  {value: 'phuong', title: 'Phường'},
  {value: 'xa', title: 'Xã'},
] as const

/** Kinds of places that introduce and sell OCOP products. */
export const POINT_OF_SALE_KINDS = [
  {value: 'showroom', title: 'Showroom, điểm giới thiệu sản phẩm'},
  {value: 'sieu-thi', title: 'Siêu thị, trung tâm thương mại'},
  {value: 'lang-nghe', title: 'Điểm bán tại làng nghề'},
  {value: 'cua-hang', title: 'Cửa hàng'},
] as const

/** Kinds of trade-promotion events. */
export const EVENT_KINDS = [
  {value: 'hoi-cho', title: 'Hội chợ'},
  {value: 'trien-lam', title: 'Triển lãm'},
  {value: 'tuan-hang', title: 'Tuần hàng'},
  {value: 'ket-noi-giao-thuong', title: 'Kết nối giao thương'},
] as const

/** Kinds of articles. */
export const ARTICLE_KINDS = [
  {value: 'tin-tuc', title: 'Tin tức'},
  {value: 'thong-bao', title: 'Thông báo'},
  {value: 'van-ban', title: 'Văn bản'},
] as const

/** Places where a product is sold online or can be ordered. */
export const SHOP_LINK_KINDS = [
  {value: 'website', title: 'Website'},
  {value: 'shopee', title: 'Shopee'},
  {value: 'lazada', title: 'Lazada'},
  {value: 'tiki', title: 'Tiki'},
  {value: 'tiktok', title: 'TikTok Shop'},
  {value: 'facebook', title: 'Facebook'},
  {value: 'zalo', title: 'Zalo'},
  {value: 'phone', title: 'Điện thoại'},
] as const

/** Bodies that issue OCOP certificates: the city for 3–4 stars, the national level for 5 stars. */
export const CERTIFICATE_ISSUERS = [
  {value: 'ubnd-ha-noi', title: 'UBND thành phố Hà Nội'},
  {value: 'bo-nong-nghiep', title: 'Bộ Nông nghiệp và Môi trường'},
] as const

/** Months an OCOP certificate stays valid after its decision date. */
export const CERTIFICATE_VALIDITY_MONTHS = 36

/** The fixed id of the site settings singleton. */
export const SITE_SETTINGS_ID = 'siteSettings'

/** Looks up the Vietnamese title of a value in one of the lists above. */
export function titleOf(list: readonly {value: string; title: string}[], value: string | undefined): string | undefined {
  return list.find((item) => item.value === value)?.title
}

/** What a submission from the site's forms asks for. */
export const SUBMISSION_KINDS = [
  {value: 'shopLinks', title: 'Cập nhật liên kết cửa hàng'},
  {value: 'pointOfSale', title: 'Đăng ký điểm bán sản phẩm OCOP'},
] as const

export type SubmissionKind = (typeof SUBMISSION_KINDS)[number]['value']

/** Where a submission stands: every one starts open and is applied or rejected by an editor. */
export const SUBMISSION_STATUSES = [
  {value: 'open', title: 'Chưa xử lý'},
  {value: 'applied', title: 'Đã áp dụng'},
  {value: 'rejected', title: 'Đã từ chối'},
] as const

export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number]['value']

/** Submissions are stored as drafts under this prefix and never published: they hold personal data. */
export const SUBMISSION_ID_PREFIX = 'drafts.submission-'
