import {toPlainText} from '@portabletext/toolkit'
import {ARTICLE_KINDS, EVENT_KINDS, POINT_OF_SALE_KINDS, PRODUCER_KINDS, PRODUCT_GROUPS, titleOf} from '../../schemas/constants'
import {vietnameseSlug} from '../../schemas/lib/slug'
import {ABOUT_PAGE} from './about'
import {buildToday} from './build-clock'
import {byArea, formatPriceRange, groupBy, placeLabel} from './catalogue'
import type {Area, Article, ContentImage, Event, PointOfSale, Producer, Product, Training, Village} from './content-schemas'
import {areaLabel, formatDate, formatDay, formatMoney, formatSchedule, hanoiDate} from './format'
import {isExpired} from './ocop'
import {CATALOGUE_SORTS, SEARCH_FILTERS, SEARCH_TYPES, VALID_CERTIFICATE, type FilterName, type SearchType} from './search-fields'
import {foldAll} from './search-text'
import {documentPath} from './url'

/**
 * What the search index holds: one record per page a visitor may look for, built from the
 * content rather than scraped from the pages, so that only what describes a thing is searchable
 * (not the related products, buttons and footers around it) and the name weighs most.
 */

export interface SearchRecord {
  url: string
  type: SearchType
  title: string
  /** One line under the title: stars, producer, place, dates. */
  subtitle: string
  /** Other names people use for it, which weigh as much as the title (a commune's former district). */
  aliases?: string[]
  /** Words that say what the thing is and where (group, producer, place, former district): weigh more than the body. */
  keywords: string[]
  /** The descriptive text, paragraph by paragraph. */
  body: string[]
  image: ContentImage | null
  /** The commune or ward it is in, for the place filters. */
  place: Place | null
  /** Filters other than the place ones, which come from `place`. */
  filters: Partial<Record<FilterName, string[]>>
  /** ISO date or date-time for sorting by date. */
  date?: string
  /** For events and trainings: when they start and end, so the page can tell their state on the day. */
  startsAt?: string
  endsAt?: string
  /** Products: what a catalogue card shows besides the title and image (place, price, year). */
  card?: Record<string, string>
  /** Products: the catalogue's sort keys (CATALOGUE_SORTS) and their values. */
  sorts?: Record<string, string>
}

/** A commune or ward, as much of it as search needs. */
export type Place = Pick<Area, 'name' | 'formerDistrict'> & {kind: string}

export interface SearchContent {
  products: Product[]
  producers: Producer[]
  villages: Village[]
  pointsOfSale: PointOfSale[]
  events: Event[]
  trainings: Training[]
  articles: Article[]
}

/** A filter value for a commune or ward, unique even where a xã and a phường share a name. */
export const areaKey = (area: Pick<Place, 'name' | 'kind'>) => `${area.kind}-${vietnameseSlug(area.name)}`

/** Hà Nội's former districts by kind, so that "huyện Gia Lâm" and "quận Hà Đông" are found as people say them. */
const URBAN_DISTRICTS = new Set(['Ba Đình', 'Hoàn Kiếm', 'Tây Hồ', 'Long Biên', 'Cầu Giấy', 'Đống Đa', 'Hai Bà Trưng', 'Hoàng Mai', 'Thanh Xuân', 'Nam Từ Liêm', 'Bắc Từ Liêm', 'Hà Đông'])

/** "huyện Gia Lâm", "quận Hà Đông", "thị xã Sơn Tây": the former district as people name it. */
export function formerDistrictName(district: string): string {
  if (district === 'Sơn Tây') return 'thị xã Sơn Tây'
  return `${URBAN_DISTRICTS.has(district) ? 'quận' : 'huyện'} ${district}`
}

function placeWords(area: Place | null | undefined): string[] {
  if (!area) return []
  return [areaLabel(area), ...(area.formerDistrict ? [`${formerDistrictName(area.formerDistrict)} cũ`] : [])]
}

/** Every filter value of a record, the place ones included. */
export function recordFilters(record: Pick<SearchRecord, 'type' | 'filters' | 'place'>): Partial<Record<FilterName, string[]>> {
  const {place} = record
  return {
    [SEARCH_FILTERS.type]: [record.type],
    ...record.filters,
    ...(place ? {[SEARCH_FILTERS.area]: [areaKey(place)]} : {}),
    ...(place?.formerDistrict ? {[SEARCH_FILTERS.district]: [vietnameseSlug(place.formerDistrict)]} : {}),
  }
}

const text = (blocks: Parameters<typeof toPlainText>[0] | null | undefined) => (blocks ? toPlainText(blocks) : '')
const present = (...values: (string | null | undefined)[]) => values.filter((value): value is string => Boolean(value?.trim()))
const place = (area: Place | null | undefined) => (area ? areaLabel(area) : undefined)

const pad = (value: number, width: number) => String(value).padStart(width, '0')

/**
 * A product's catalogue sort keys; `rank` is its place in Vietnamese alphabetical order, the order
 * of the catalogue's index. Each order is ascending and its ties keep that order (Pagefind's sort is
 * stable), so equal values list A–Z without the name in the value, and the index stays small: a
 * value shared by many products makes a sorted list that compresses well.
 */
function productSorts(product: Product, rank: number): Record<string, string> {
  const price = product.priceRange?.min ?? product.priceRange?.max
  const date = Number(product.ocop.decisionDate.replace(/-/g, ''))
  return {
    // The newest first: later dates make smaller values.
    [CATALOGUE_SORTS['moi-nhat'].key]: pad(99_999_999 - date, 8),
    [CATALOGUE_SORTS['nhieu-sao'].key]: String(5 - product.ocop.stars),
    [CATALOGUE_SORTS.ten.key]: pad(rank, 6),
    // A product without a price after the priced ones.
    [CATALOGUE_SORTS.gia.key]: price == null ? '9'.repeat(12) : pad(price, 12),
  }
}

function productRecord(product: Product, rank: number, today: string): SearchRecord {
  const group = titleOf(PRODUCT_GROUPS, product.group) ?? product.group
  const valid = !isExpired(product.ocop.expiresOn, today)
  return {
    url: documentPath('product', product.slug),
    type: 'san-pham',
    title: product.name,
    subtitle: [`${product.ocop.stars} sao`, product.producer.name, place(product.area)].join(' · '),
    keywords: present(group, product.subgroup, product.producer.name, ...placeWords(product.area)),
    body: present(product.summary, text(product.story)),
    image: product.images?.[0] ?? null,
    place: product.area,
    filters: {
      [SEARCH_FILTERS.group]: [product.group],
      [SEARCH_FILTERS.stars]: [String(product.ocop.stars)],
      ...(valid ? {[SEARCH_FILTERS.valid]: [VALID_CERTIFICATE]} : {}),
    },
    card: {
      noi: placeLabel(product.area),
      cs: product.producer.name,
      gia: formatPriceRange(product.priceRange, formatMoney) ?? '',
      nam: product.ocop.decisionDate.slice(0, 4),
      ...(valid && product.ocop.potentialFiveStars ? {tn: '1'} : {}),
    },
    sorts: productSorts(product, rank),
  }
}

function producerRecord(producer: Producer, own: Product[]): SearchRecord {
  return {
    url: documentPath('producer', producer.slug),
    type: 'chu-the',
    title: producer.name,
    subtitle: present(titleOf(PRODUCER_KINDS, producer.kind), place(producer.area)).join(' · '),
    keywords: present(titleOf(PRODUCER_KINDS, producer.kind), ...placeWords(producer.area), producer.address),
    body: present(producer.description, own.length > 0 ? `Sản phẩm OCOP: ${own.map((product) => product.name).join(', ')}.` : undefined),
    image: producer.logo,
    place: producer.area,
    filters: {},
  }
}

function villageRecord(village: Village): SearchRecord {
  return {
    url: documentPath('craftVillage', village.slug),
    type: 'lang-nghe',
    title: village.name,
    subtitle: present(village.crafts, place(village.area)).join(' · '),
    keywords: present(village.crafts, ...placeWords(village.area)),
    body: present(village.summary, text(village.story), village.visit?.gettingThere, ...(village.visit?.experiences ?? [])),
    image: village.images?.[0] ?? null,
    place: village.area,
    filters: {},
  }
}

function pointOfSaleRecord(point: PointOfSale): SearchRecord {
  const kind = titleOf(POINT_OF_SALE_KINDS, point.kind)
  return {
    url: documentPath('pointOfSale', point.slug),
    type: 'diem-ban',
    title: point.name,
    subtitle: point.address,
    keywords: present(kind, point.address, ...placeWords(point.area)),
    body: present(point.description),
    image: point.images?.[0] ?? null,
    place: point.area,
    filters: {},
  }
}

/** What events and trainings share: sorted by their start, filtered by their end day in Hà Nội. */
function scheduled({startsAt, endsAt}: {startsAt: string; endsAt: string}) {
  return {filters: {[SEARCH_FILTERS.endsOn]: [hanoiDate(endsAt)]}, date: startsAt, startsAt, endsAt}
}

const DAY = 24 * 60 * 60 * 1000

/**
 * The days of a schedule as people ask for them, since the pages write dates only as 18/12/2026:
 * "tháng 12 năm 2026", "tháng 12/2026", the weekdays ("thứ Sáu", "chủ nhật") and "cuối tuần" when
 * it takes in a Saturday or Sunday; a schedule of several months has each of them.
 */
export function dateWords(startsAt: string, endsAt: string = startsAt): string[] {
  const months = new Set<string>()
  const weekdays = new Set<string>()
  const start = Date.parse(`${hanoiDate(startsAt)}T00:00:00+07:00`)
  const end = Math.max(start, Date.parse(`${hanoiDate(endsAt)}T00:00:00+07:00`))
  for (let day = start; day <= end; day += DAY) {
    const [year, month] = hanoiDate(new Date(day)).split('-')
    months.add(`tháng ${Number(month)} năm ${year}, tháng ${Number(month)}/${year}`)
    if (weekdays.size < 7) weekdays.add(formatDay(new Date(day)).split(',')[0]!.toLowerCase())
  }
  const weekend = weekdays.has('thứ bảy') || weekdays.has('chủ nhật')
  return [...months, [...weekdays].join(', '), ...(weekend ? ['cuối tuần'] : [])]
}

/**
 * Other words people use for a kind of event or for training, which the records would not
 * otherwise hold: someone who types "tập huấn" means the site's "Lớp đào tạo, tập huấn".
 */
export const SYNONYMS = {
  training: ['lớp đào tạo, tập huấn, bồi dưỡng, lớp học'],
  'hoi-cho': ['hội chợ triển lãm'],
  'trien-lam': ['hội chợ triển lãm, trưng bày'],
  'tuan-hang': ['tuần hàng, hội chợ, phiên chợ'],
  'ket-noi-giao-thuong': ['giao thương, xúc tiến thương mại'],
} satisfies Record<'training' | Event['kind'], string[]>

function eventRecord(event: Event): SearchRecord {
  return {
    url: documentPath('event', event.slug),
    type: 'su-kien',
    title: event.title,
    subtitle: `${formatSchedule(event.startsAt, event.endsAt)} · ${event.venue.name}`,
    keywords: present(titleOf(EVENT_KINDS, event.kind), ...SYNONYMS[event.kind], ...dateWords(event.startsAt, event.endsAt), event.venue.name, event.venue.address, ...placeWords(event.venue.area), event.organiser),
    body: present(event.summary, text(event.description)),
    image: event.images?.[0] ?? null,
    place: event.venue.area,
    ...scheduled(event),
  }
}

function trainingRecord(training: Training): SearchRecord {
  return {
    url: documentPath('training', training.slug),
    type: 'dao-tao',
    title: training.title,
    subtitle: `${formatSchedule(training.startsAt, training.endsAt)} · ${training.venue?.name ?? 'Trực tuyến'}`,
    keywords: present(training.topic, ...SYNONYMS.training, ...dateWords(training.startsAt, training.endsAt), training.audience, training.venue?.name, training.venue?.address, ...placeWords(training.venue?.area)),
    body: present(training.summary, text(training.description)),
    image: null,
    place: training.venue?.area ?? null,
    ...scheduled(training),
  }
}

function articleRecord(article: Article): SearchRecord {
  return {
    url: documentPath('article', article.slug),
    type: 'tin-tuc',
    title: article.title,
    subtitle: `${titleOf(ARTICLE_KINDS, article.kind) ?? article.kind} · ${formatDate(hanoiDate(article.publishedAt))}`,
    keywords: present(titleOf(ARTICLE_KINDS, article.kind), dateWords(article.publishedAt)[0], ...(article.attachments ?? []).map((attachment) => attachment.title)),
    body: present(article.excerpt, text(article.body)),
    image: article.mainImage,
    place: null,
    filters: {},
    date: article.publishedAt,
  }
}

function areaRecords(products: Product[]): SearchRecord[] {
  return byArea(products).map(({slug, area, items}) => ({
    url: `/san-pham/dia-ban/${slug}/`,
    type: 'dia-ban',
    title: `${area.kind === 'phuong' ? 'Phường' : 'Xã'} ${area.name}`,
    subtitle: present(area.formerDistrict ? `${formerDistrictName(area.formerDistrict)} cũ` : undefined, `${items.length} sản phẩm OCOP`).join(' · '),
    aliases: area.formerDistrict ? [`${formerDistrictName(area.formerDistrict)} cũ`] : [],
    keywords: [areaLabel(area)],
    body: [`Sản phẩm OCOP: ${items.map((product) => product.name).join(', ')}.`],
    image: null,
    place: area,
    filters: {},
  }))
}

function aboutRecord(): SearchRecord {
  return {
    url: ABOUT_PAGE.path,
    type: 'gioi-thieu',
    title: ABOUT_PAGE.title,
    subtitle: 'Chương trình Mỗi xã một sản phẩm',
    aliases: [...ABOUT_PAGE.aliases],
    keywords: [...ABOUT_PAGE.keywords, ...PRODUCT_GROUPS.map((group) => group.title)],
    body: [ABOUT_PAGE.description],
    image: null,
    place: null,
    filters: {},
  }
}

/** Every record of the search index, from the published content, with certificates valid or not on `today` (YYYY-MM-DD). */
export function searchRecords(content: SearchContent, today: string = buildToday()): SearchRecord[] {
  const byProducer = groupBy(content.products, (product) => [product.producer._id])
  const alphabetical = [...content.products].sort((a, b) => vietnamese.compare(a.name, b.name) || a.slug.localeCompare(b.slug))
  const rank = new Map(alphabetical.map((product, index) => [product, index]))
  const records = [
    ...content.products.map((product) => productRecord(product, rank.get(product)!, today)),
    ...content.producers.map((producer) => producerRecord(producer, byProducer.get(producer._id) ?? [])),
    ...content.villages.map(villageRecord),
    ...content.pointsOfSale.map(pointOfSaleRecord),
    ...content.events.map(eventRecord),
    ...content.trainings.map(trainingRecord),
    ...content.articles.map(articleRecord),
    ...areaRecords(content.products),
    aboutRecord(),
  ]
  // The kind of page is a word people search by too: "điểm bán Hồ Gươm", "làng nghề Bát Tràng";
  // last, since the result shows it already and excerpts start with the first words.
  return records.map((record) => ({...record, keywords: [...record.keywords, ...loanwords(record), titleOf(SEARCH_TYPES, record.type)!]}))
}

/** Words people borrow for what the pages say in Vietnamese: someone who types "bán hàng online". */
const LOANWORDS: Record<string, string[]> = {
  online: ['trực tuyến', 'thương mại điện tử', 'livestream'],
}

function loanwords(record: SearchRecord): string[] {
  const text = foldAll([record.title, record.subtitle, ...record.keywords, ...record.body].join(' '))
  const found = Object.entries(LOANWORDS).filter(([, phrases]) => phrases.some((phrase) => text.includes(foldAll(phrase))))
  return found.length > 0 ? [found.map(([word]) => word).join(', ')] : []
}

export interface FacetOption {
  value: string
  label: string
}

const vietnamese = new Intl.Collator('vi')
const byLabel = (a: FacetOption, b: FacetOption) => vietnamese.compare(a.label, b.label)

/** The places the search page offers as filters: only those some record is in, alphabetically. */
export function placeFacets(records: readonly SearchRecord[]): {areas: FacetOption[]; districts: FacetOption[]} {
  const areas = new Map<string, string>()
  const districts = new Map<string, string>()
  for (const {place} of records) {
    if (!place) continue
    areas.set(areaKey(place), `${place.kind === 'phuong' ? 'Phường' : 'Xã'} ${place.name}`)
    if (place.formerDistrict) districts.set(vietnameseSlug(place.formerDistrict), place.formerDistrict)
  }
  const options = (map: Map<string, string>) => [...map].map(([value, label]) => ({value, label})).sort(byLabel)
  return {areas: options(areas), districts: options(districts)}
}
