/** The site's main sections, in the order of the header's menu (and of the sitemap page). */
export const SECTIONS = [
  {path: '/san-pham/', label: 'Sản phẩm'},
  {path: '/lang-nghe/', label: 'Làng nghề'},
  {path: '/diem-ban/', label: 'Điểm bán'},
  {path: '/chu-the/', label: 'Chủ thể'},
  {path: '/su-kien/', label: 'Hội chợ, sự kiện'},
  {path: '/cuoi-tuan/', label: 'Cuối tuần này'},
  {path: '/dao-tao/', label: 'Đào tạo'},
  {path: '/tin-tuc/', label: 'Tin tức'},
  {path: '/gioi-thieu/', label: 'Về OCOP'},
] as const

/** Whether a page belongs to a section: the section's own page or any page under it. */
export const inSection = (pathname: string, sectionPath: string): boolean => pathname.startsWith(sectionPath)
