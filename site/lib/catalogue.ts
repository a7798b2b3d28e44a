/**
 * Pure helpers for the product catalogue and producer pages: pagination, browsing by group, stars
 * and place, related products, price ranges and the rel of shop links. No Astro imports, so that
 * they are unit-tested in tests/unit/catalogue.test.ts.
 */
import {PRODUCT_GROUPS, SHOP_LINK_KINDS, titleOf} from '../../schemas/constants'
import {vietnameseSlug} from '../../schemas/lib/slug'
import {telHref} from './url'

/** Vietnamese alphabetical order, one collator for every comparison. */
const vietnamese = new Intl.Collator('vi')

/** Products per catalogue page. */
export const PAGE_SIZE = 24

/** The OCOP star levels that have a browse page. */
export const STAR_LEVELS = [5, 4, 3] as const

interface AreaLike {
  _id: string
  name: string
  kind: string
  formerDistrict: string | null
}

interface ProductLike {
  _id: string
  group: string
  area: AreaLike
  ocop: {stars: number; expiresOn: string}
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`)
  const pages: T[][] = []
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size))
  return pages.length > 0 ? pages : [[]]
}

/** The path of page `n` of a listing whose first page is `base` (ending in "/"): base, base + "trang/2/", … */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}trang/${n}/`
}

/** The rest parameter of a paginated route: undefined for page 1, "trang/2" for page 2. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `trang/${n}`
}

export interface PageInfo<T> {
  items: T[]
  /** 1-based. */
  current: number
  last: number
  total: number
  /** The listing's first page, e.g. /san-pham/nhom/thuc-pham/. */
  base: string
  prev?: string
  next?: string
}

/** Every page of a listing with its neighbours, for getStaticPaths. */
export function pagesOf<T>(items: readonly T[], base: string, size: number = PAGE_SIZE): PageInfo<T>[] {
  const pages = paginate(items, size)
  return pages.map((pageItems, index) => {
    const current = index + 1
    return {
      items: pageItems,
      current,
      last: pages.length,
      total: items.length,
      base,
      prev: current > 1 ? pageUrl(base, current - 1) : undefined,
      next: current < pages.length ? pageUrl(base, current + 1) : undefined,
    }
  })
}

/** The slug of a place for /san-pham/dia-ban/<slug>/: "Bát Tràng" → "bat-trang". */
export const areaSlug = (area: {name: string}) => vietnameseSlug(area.name)

/**
 * A place as visitors know it: "xã Bát Tràng (Gia Lâm cũ)"; the former district only where it says
 * something the name does not ("xã Ba Vì", not "xã Ba Vì (Ba Vì cũ)").
 */
export function placeLabel(area: {name: string; kind: string; formerDistrict: string | null}): string {
  const name = `${area.kind === 'phuong' ? 'phường' : 'xã'} ${area.name}`
  return area.formerDistrict && area.formerDistrict !== area.name ? `${name} (${area.formerDistrict} cũ)` : name
}

export interface Browse<T> {
  /** The value in the URL. */
  slug: string
  title: string
  items: T[]
}

/** Products by group, in the official order of the six groups, including empty groups. */
export function byGroup<T extends ProductLike>(products: readonly T[]): Browse<T>[] {
  return PRODUCT_GROUPS.map((group) => ({slug: group.value, title: group.title, items: products.filter((product) => product.group === group.value)}))
}

/** Products by star level, 5 stars first, including empty levels. */
export function byStars<T extends ProductLike>(products: readonly T[]): (Browse<T> & {stars: 3 | 4 | 5})[] {
  return STAR_LEVELS.map((stars) => ({slug: String(stars), title: `${stars} sao`, stars, items: products.filter((product) => product.ocop.stars === stars)}))
}

/**
 * Products by commune or ward, only places that have products, in Vietnamese alphabetical order.
 * Two places whose names give the same slug (a xã and a phường of one name) are told apart by kind.
 */
export function byArea<T extends ProductLike>(products: readonly T[]): (Browse<T> & {area: AreaLike})[] {
  const groups = new Map<string, {area: AreaLike; items: T[]}>()
  for (const product of products) {
    const entry = groups.get(product.area._id) ?? {area: product.area, items: []}
    entry.items.push(product)
    groups.set(product.area._id, entry)
  }
  const entries = [...groups.values()].sort((a, b) => vietnamese.compare(a.area.name, b.area.name))
  const slugCounts = new Map<string, number>()
  for (const {area} of entries) slugCounts.set(areaSlug(area), (slugCounts.get(areaSlug(area)) ?? 0) + 1)
  return entries.map(({area, items}) => {
    const plain = areaSlug(area)
    const slug = (slugCounts.get(plain) ?? 0) > 1 ? `${area.kind === 'phuong' ? 'phuong' : 'xa'}-${plain}` : plain
    return {slug, title: placeLabel(area), area, items}
  })
}

/**
 * Up to `limit` other products a visitor of `product` may like: same group and place first, then
 * same place, then same group; current certificates before expired ones, then more stars.
 */
export function relatedProducts<T extends ProductLike>(product: T, products: readonly T[], limit = 4, today?: string): T[] {
  const score = (other: T) => (other.area._id === product.area._id ? 2 : 0) + (other.group === product.group ? 1 : 0)
  const expired = (other: T) => (today !== undefined && other.ocop.expiresOn < today ? 1 : 0)
  return products
    .filter((other) => other._id !== product._id && score(other) > 0)
    .map((other, index) => ({other, index}))
    .sort((a, b) => score(b.other) - score(a.other) || expired(a.other) - expired(b.other) || b.other.ocop.stars - a.other.ocop.stars || a.index - b.index)
    .slice(0, limit)
    .map(({other}) => other)
}

/**
 * `relatedProducts` for every product at once, by `_id`: the same lists, from buckets by place and
 * group sorted once, instead of sorting the whole catalogue for each product (quadratic).
 */
export function relatedByProduct<T extends ProductLike>(products: readonly T[], limit = 4, today?: string): Map<string, T[]> {
  const position = new Map(products.map((product, index) => [product, index]))
  const expired = (product: T) => (today !== undefined && product.ocop.expiresOn < today ? 1 : 0)
  const order = (a: T, b: T) => expired(a) - expired(b) || b.ocop.stars - a.ocop.stars || position.get(a)! - position.get(b)!
  const sorted = (buckets: Map<string, T[]>) => {
    for (const list of buckets.values()) list.sort(order)
    return buckets
  }
  const sameBoth = sorted(groupBy(products, (product) => [`${product.area._id}|${product.group}`]))
  const samePlace = sorted(groupBy(products, (product) => [product.area._id]))
  const sameGroup = sorted(groupBy(products, (product) => [product.group]))
  const related = new Map<string, T[]>()
  for (const product of products) {
    const picked: T[] = []
    const take = (list: T[] | undefined, fits: (other: T) => boolean) => {
      for (const other of list ?? []) {
        if (picked.length >= limit) return
        if (other._id !== product._id && fits(other)) picked.push(other)
      }
    }
    // Same place and group first, then same place, then same group, as relatedProducts scores them.
    take(sameBoth.get(`${product.area._id}|${product.group}`), () => true)
    take(samePlace.get(product.area._id), (other) => other.group !== product.group)
    take(sameGroup.get(product.group), (other) => other.area._id !== product.area._id)
    related.set(product._id, picked)
  }
  return related
}

/** Items by each of their keys, in the items' order: groupBy(villages, (v) => v.productIds). */
export function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = groups.get(key)
      if (list) list.push(item)
      else groups.set(key, [item])
    }
  }
  return groups
}

/** Marketplaces: links to them are not endorsements of the listing. */
const MARKETPLACES = new Set(['shopee', 'lazada', 'tiki', 'tiktok'])

/** The rel of a shop or social link: "noopener nofollow" for marketplaces, "noopener" for other sites, none for tel:/mailto:. */
export function shopLinkRel(link: {kind: string; url: string}): string | undefined {
  if (!/^https?:/i.test(link.url.trim())) return undefined
  return MARKETPLACES.has(link.kind) ? 'noopener nofollow' : 'noopener'
}

/** The phone number of a tel: shop link, as written after "tel:"; undefined for other links. */
export function shopLinkPhone(link: {url: string}): string | undefined {
  const url = link.url.trim()
  if (!/^tel:/i.test(url)) return undefined
  try {
    return decodeURIComponent(url.slice(4))
  } catch {
    return url.slice(4)
  }
}

/** The href of a shop link: a phone number in the international form (tel:+84…) that any phone dials. */
export function shopLinkHref(link: {url: string}): string {
  const phone = shopLinkPhone(link)
  return phone ? telHref(phone) : link.url.trim()
}

/** The channel name of a shop link: "Shopee", "TikTok Shop", "Điện thoại". */
export const shopLinkTitle = (kind: string) => titleOf(SHOP_LINK_KINDS, kind) ?? kind

/** A price range: "60.000–120.000 ₫ / chiếc", "từ 60.000 ₫", "120.000 ₫ / hộp"; undefined without prices. */
export function formatPriceRange(
  range: {min: number | null; max: number | null; unit: string | null} | null | undefined,
  money: (amount: number) => string,
): string | undefined {
  if (!range) return undefined
  const {min, max, unit} = range
  const per = unit ? ` / ${unit}` : ''
  const number = (amount: number) => money(amount).replace(/\s*₫$/, '')
  if (min != null && max != null && min !== max) return `${number(Math.min(min, max))}–${money(Math.max(min, max))}${per}`
  if (min != null && max != null) return `${money(min)}${per}`
  if (min != null) return `từ ${money(min)}${per}`
  if (max != null) return `đến ${money(max)}${per}`
  return undefined
}

/** "Trang 2/3". */
export const pageLabel = (current: number, last: number) => `Trang ${current}/${last}`
