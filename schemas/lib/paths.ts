/** Public URL prefixes of the document types that have their own page on the website. */
export const PAGE_PREFIXES = {
  product: '/san-pham/',
  producer: '/chu-the/',
  craftVillage: '/lang-nghe/',
  pointOfSale: '/diem-ban/',
  event: '/su-kien/',
  training: '/dao-tao/',
  article: '/tin-tuc/',
} as const

export type PageType = keyof typeof PAGE_PREFIXES

/** True for document types that have a page on the website. */
export function isPageType(type: string): type is PageType {
  return Object.hasOwn(PAGE_PREFIXES, type)
}

/** The site path of a document's page, e.g. /san-pham/banh-chung-tranh-khuc/. */
export function documentPath(type: PageType, slug: string): string {
  return `${PAGE_PREFIXES[type]}${slug}/`
}
