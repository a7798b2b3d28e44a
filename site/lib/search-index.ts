import {dMarks, foldD} from './search-text'
import {CATALOGUE_INDEX_ORDER, CATALOGUE_SORTS, RESULT_DATA, SEARCH_SORT_DATE} from './search-fields'
import {recordFilters, type SearchRecord} from './search-records'
import {buildVocabulary} from './search-query'
import {CATALOGUE_FILTERS} from './catalogue-filters'

/**
 * The page Pagefind indexes for one search record. Pagefind reads only this, never the site's
 * pages: the name in a heading that weighs most, then what and where it is, then the text.
 * Every text is folded (`đ` → `d`, see search-text.ts); the metadata the search page shows stays
 * as written, and `d` says where the folded letters were.
 */

/** Where the site build leaves the records for the index, in the output folder; removed after indexing. */
export const SEARCH_RECORDS_FILE = 'search-records.json'

/** A record as the build hands it to the indexer: its image already resized. */
export type IndexedRecord = Omit<SearchRecord, 'image'> & {
  thumbnail: {src: string; alt: string} | null
  /** Products: the catalogue card's 3:2 photo. */
  photo?: string
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const meta = (name: string, value: string | undefined) =>
  value ? `<meta data-pagefind-meta="${name}[content]" content="${escape(value)}">` : ''

const sortKey = (name: string, value: string) => `<meta data-pagefind-sort="${name}[content]" content="${escape(value)}">`

/**
 * What of a record a visitor can find it by: the texts Pagefind indexes as words (the heading, the
 * paragraphs and the metadata, since Pagefind 1.5 searches metadata too). Nothing else of the
 * record may be in them: no file name, size, URL or machine date (tests/unit/search-index.test.ts).
 */
export function searchableTexts(record: Pick<SearchRecord, 'title' | 'subtitle' | 'aliases' | 'keywords' | 'body'>): string[] {
  return [record.title, ...(record.aliases ?? []), ...record.keywords, ...record.body, record.subtitle].map((text) => text.normalize('NFC'))
}

const vocabularies = new WeakMap<readonly SearchRecord[], ReturnType<typeof buildVocabulary>>()

/**
 * The vocabulary of the search index (site/lib/search-query.ts), from the same records, and the
 * places they are in; worked out once per list of records (its index and each part are files).
 */
export function searchVocabulary(records: readonly SearchRecord[]): ReturnType<typeof buildVocabulary> {
  let vocabulary = vocabularies.get(records)
  if (!vocabulary) {
    const places = records.flatMap(({place}) => (place ? [place.name, ...(place.formerDistrict ? [place.formerDistrict] : [])] : []))
    vocabulary = buildVocabulary(records.map(searchableTexts), places)
    vocabularies.set(records, vocabulary)
  }
  return vocabulary
}

/**
 * The page Pagefind indexes for one record in the search page's index: no catalogue cards or
 * orders (they live in the catalogue's own index, `catalogueDocumentHtml`), so that opening search
 * does not download them.
 */
export function searchDocumentHtml(record: IndexedRecord): string {
  const title = record.title.normalize('NFC')
  const aliases = (record.aliases ?? []).map((alias) => alias.normalize('NFC'))
  const keywords = record.keywords.map((keyword) => keyword.normalize('NFC'))
  const body = record.body.map((paragraph) => paragraph.normalize('NFC'))
  // In the order Pagefind reads the text, so that the marks count the same d-letters.
  const indexed = [title, ...aliases, ...keywords, ...body]
  const data: Record<string, string | undefined> = {
    [RESULT_DATA.image]: record.thumbnail?.src,
    [RESULT_DATA.startsAt]: record.startsAt,
    [RESULT_DATA.endsAt]: record.endsAt,
    [RESULT_DATA.dMarks]: dMarks(indexed.join(' ')),
    // Where the description starts, in words: the excerpt of a result found by its filters alone.
    [RESULT_DATA.bodyStart]: String([title, ...aliases, ...keywords].join(' ').split(/\s+/).length),
  }
  const head = [
    meta('title', title),
    meta('phu', record.subtitle.normalize('NFC')),
    ...filterTags(record),
    ...Object.entries(data).map(([name, value]) => (value ? filterTag(name, value) : '')),
    record.date ? sortKey(SEARCH_SORT_DATE, record.date) : '',
  ].join('')
  const paragraphs = (list: string[], weight: number) =>
    list.map((paragraph) => `<p data-pagefind-weight="${weight}">${escape(foldD(paragraph))}</p>`).join('')
  return [
    `<!doctype html><html lang="vi"><head><title>${escape(foldD(title))}</title>${head}</head>`,
    `<body><main data-pagefind-body><h1 data-pagefind-weight="10">${escape(foldD(title))}</h1>`,
    paragraphs(aliases, 10),
    paragraphs(keywords, 3),
    paragraphs(body, 1),
    '</main></body></html>',
  ].join('')
}

/** The records the catalogue's index holds, products only, in its own order (CATALOGUE_INDEX_ORDER). */
export function catalogueRecords(records: readonly IndexedRecord[]): IndexedRecord[] {
  const {key} = CATALOGUE_SORTS[CATALOGUE_INDEX_ORDER]
  const sortValue = (record: IndexedRecord) => record.sorts?.[key] ?? ''
  return records.filter((record) => record.type === 'san-pham').sort((a, b) => (sortValue(a) < sortValue(b) ? -1 : sortValue(a) > sortValue(b) ? 1 : 0))
}

/**
 * The page Pagefind indexes for one product in the catalogue's index (CATALOGUE_INDEX_PATH): what
 * a card shows, the filters that combine and the orders, and no text, since the catalogue is
 * never searched by words. Smaller than the search page's index, which holds every kind of record
 * and its text: choosing a filter downloads only what the catalogue needs.
 */
export function catalogueDocumentHtml(record: IndexedRecord): string {
  const title = record.title.normalize('NFC')
  const head = [
    meta('title', title),
    meta('image_alt', record.thumbnail?.alt),
    meta('photo', record.photo),
    ...Object.entries(record.card ?? {}).map(([name, value]) => meta(name, value)),
    ...filterTags(record, CATALOGUE_FILTERS),
    ...Object.entries(record.sorts ?? {})
      .filter(([name]) => name !== CATALOGUE_SORTS[CATALOGUE_INDEX_ORDER].key)
      .map(([name, value]) => sortKey(name, value)),
  ].join('')
  return `<!doctype html><html lang="vi"><head><title>${escape(title)}</title>${head}</head><body><main data-pagefind-body><h1>${escape(title)}</h1></main></body></html>`
}

/** The record's filters as Pagefind reads them, only the named ones when given. */
function filterTags(record: IndexedRecord, only?: readonly string[]): string[] {
  return Object.entries(recordFilters(record))
    .filter(([name]) => !only || only.includes(name))
    .flatMap(([name, values]) => values.map((value) => filterTag(name, value)))
}

const filterTag = (name: string, value: string) => `<meta data-pagefind-filter="${name}[content]" content="${escape(value)}">`
