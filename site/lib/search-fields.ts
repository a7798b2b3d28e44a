/**
 * The names the search index, the search page and its URL share. No imports: the search page's
 * script uses this too.
 */

/** The kinds of results, in the order the search page offers them. `value` is also the filter value. */
export const SEARCH_TYPES = [
  {value: 'san-pham', title: 'Sản phẩm'},
  {value: 'chu-the', title: 'Chủ thể'},
  {value: 'lang-nghe', title: 'Làng nghề'},
  {value: 'diem-ban', title: 'Điểm bán'},
  {value: 'su-kien', title: 'Hội chợ, sự kiện'},
  {value: 'dao-tao', title: 'Đào tạo'},
  {value: 'tin-tuc', title: 'Tin tức'},
  {value: 'dia-ban', title: 'Xã, phường'},
  /** The page about the programme: found under "Tất cả" only. */
  {value: 'gioi-thieu', title: 'Giới thiệu'},
] as const

/** The kinds offered as filters on the search page. */
export const SEARCH_TYPE_FILTERS = SEARCH_TYPES.filter((type) => type.value !== 'gioi-thieu')

export type SearchType = (typeof SEARCH_TYPES)[number]['value']

/**
 * Pagefind filter names. They are also the search page's URL parameters, and every filter value
 * is a slug, so that `/tim-kiem/?q=gom&xa=xa-bat-trang` reads as what it asks for.
 */
export const SEARCH_FILTERS = {
  type: 'loai',
  group: 'nhom',
  stars: 'sao',
  area: 'xa',
  district: 'huyen',
  /** The Hà Nội date (YYYY-MM-DD) an event or training ends; the page turns it into upcoming or past. */
  endsOn: 'ket-thuc',
  /** Products whose certificate is still valid on the build's day carry VALID_CERTIFICATE. */
  valid: 'hieu-luc',
} as const

/** The one value of the validity filter. */
export const VALID_CERTIFICATE = 'con'

export type FilterName = (typeof SEARCH_FILTERS)[keyof typeof SEARCH_FILTERS]

/**
 * What the search page needs of a result besides its words, carried as Pagefind filters, which
 * are never searched (and never downloaded unless a search names them), where metadata would be
 * searched: the thumbnail, the start and end of events and trainings, where the folded `đ` were
 * and where the description starts (site/lib/search-index.ts).
 */
export const RESULT_DATA = {image: 'anh', startsAt: 'bat-dau', endsAt: 'ket-thuc-luc', dMarks: 'd', bodyStart: 'b'} as const

/**
 * Where the search page finds the index's vocabulary (site/pages/tim-kiem/tu-vung.json.ts): the
 * places and the list of parts, and each part, `${VOCABULARY_PARTS_PATH}${part}.json`.
 */
export const VOCABULARY_PATH = '/tim-kiem/tu-vung.json'
export const VOCABULARY_PARTS_PATH = '/tim-kiem/tu-vung/'

/** The sort key of dated records (events and trainings by start, news by publication). */
export const SEARCH_SORT_DATE = 'ngay'

/** Where the catalogue's own Pagefind index (products only, site/lib/search-index.ts) is written and served, inside the search index's folder. */
export const CATALOGUE_INDEX_PATH = 'pagefind/san-pham'

/**
 * The catalogue's orders: URL value → Pagefind sort key and direction. Every product has every key
 * (a product without a price sorts after the priced ones), so sorting never drops a product. All
 * ascending: ties keep the index's order, A–Z (site/lib/search-records.ts productSorts), where a
 * descending sort would list them Z–A.
 */
export const CATALOGUE_SORTS = {
  'moi-nhat': {key: 'cong-nhan', direction: 'asc', label: 'Công nhận mới nhất'},
  'nhieu-sao': {key: 'nhieu-sao', direction: 'asc', label: 'Nhiều sao nhất'},
  ten: {key: 'ten', direction: 'asc', label: 'Tên A–Z'},
  gia: {key: 'gia', direction: 'asc', label: 'Giá thấp đến cao'},
} as const

/**
 * The order the catalogue's index holds its products in (site/integrations/pagefind.ts), which is
 * the order Pagefind lists them when asked for no other: that one needs no sort data in the index
 * (7 KB fewer to download at 3,500 products).
 */
export const CATALOGUE_INDEX_ORDER = 'ten' satisfies keyof typeof CATALOGUE_SORTS

export type CatalogueSort = keyof typeof CATALOGUE_SORTS

/** URL parameters of the search page besides the query and the filters. */
export const SEARCH_PARAMS = {query: 'q', status: 'trang-thai', sort: 'sap-xep'} as const
