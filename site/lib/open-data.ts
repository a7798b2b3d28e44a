/**
 * The catalogue as open data, `/du-lieu/san-pham.json` and `/du-lieu/san-pham.csv`: one record per
 * published product, in the catalogue's order. Pure functions, unit-tested in tests/unit/open-data.test.ts.
 */
import {documentPath} from '../../schemas/lib/paths'
import {placeLabel} from './catalogue'
import {groupTitle} from './ocop'
import {shortCode, shortPath} from './short-links'

interface ProductLike {
  _id: string
  name: string
  slug: string
  group: string
  producer: {name: string}
  area: {name: string; kind: string; formerDistrict: string | null}
  ocop: {stars: number; decisionNumber: string; decisionDate: string; expiresOn: string}
}

/** One product of the open data. The keys are stable: add new ones, never rename or remove. */
export interface OpenDataProduct {
  name: string
  producer: string
  /** One of the six OCOP groups, in Vietnamese. */
  group: string
  stars: number
  decisionNumber: string
  /** YYYY-MM-DD. */
  decisionDate: string
  /** The last day the certificate is valid, YYYY-MM-DD. */
  expiresOn: string
  /** The commune or ward, "xã Bát Tràng". */
  area: string
  /** The district it belonged to before July 2025, or null. */
  formerDistrict: string | null
  /** The product page. */
  url: string
  /** The short link printed on packaging. */
  shortUrl: string
}

/** The open-data records of the products, with absolute URLs on `site`. */
export function openDataProducts(products: readonly ProductLike[], site: URL | string): OpenDataProduct[] {
  return products.map((product) => ({
    name: product.name,
    producer: product.producer.name,
    group: groupTitle(product.group),
    stars: product.ocop.stars,
    decisionNumber: product.ocop.decisionNumber,
    decisionDate: product.ocop.decisionDate,
    expiresOn: product.ocop.expiresOn,
    area: placeLabel({...product.area, formerDistrict: null}),
    formerDistrict: product.area.formerDistrict,
    url: new URL(documentPath('product', product.slug), site).href,
    shortUrl: new URL(shortPath(shortCode(product._id)), site).href,
  }))
}

/** The CSV columns: the record's key and its Vietnamese header. */
export const CSV_COLUMNS: [keyof OpenDataProduct, string][] = [
  ['name', 'Tên sản phẩm'],
  ['producer', 'Chủ thể'],
  ['group', 'Nhóm sản phẩm'],
  ['stars', 'Số sao'],
  ['decisionNumber', 'Số quyết định'],
  ['decisionDate', 'Ngày quyết định'],
  ['expiresOn', 'Hiệu lực đến ngày'],
  ['area', 'Xã, phường'],
  ['formerDistrict', 'Huyện, quận cũ'],
  ['url', 'Trang sản phẩm'],
  ['shortUrl', 'Đường dẫn ngắn'],
]

/**
 * A CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. Text that
 * starts with = + - @, a tab or a carriage return is what spreadsheet programs run as a formula: it
 * gets a leading apostrophe, which they read as "this is text" (numbers, the stars, stay numbers).
 */
const csvField = (value: string | number | null) => {
  const text = value === null ? '' : typeof value === 'number' ? String(value) : value.replace(/^[=+\-@\t\r]/, "'$&")
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The records as CSV (RFC 4180: CRLF line ends, quoted fields), with a byte-order mark so that
 * spreadsheet programs read the Vietnamese text as UTF-8.
 */
export function toCsv(records: readonly OpenDataProduct[]): string {
  const lines = [CSV_COLUMNS.map(([, header]) => header), ...records.map((record) => CSV_COLUMNS.map(([key]) => record[key]))]
  return `\uFEFF${lines.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`
}
