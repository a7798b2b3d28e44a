import {dMarks, foldD} from './search-text'
import {SEARCH_SORT_DATE, SEARCH_TYPES} from './search-fields'
import {recordFilters, type SearchRecord} from './search-records'

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

export function searchDocumentHtml(record: IndexedRecord): string {
  const title = record.title.normalize('NFC')
  const aliases = (record.aliases ?? []).map((alias) => alias.normalize('NFC'))
  const keywords = record.keywords.map((keyword) => keyword.normalize('NFC'))
  const body = record.body.map((paragraph) => paragraph.normalize('NFC'))
  // In the order Pagefind reads the text, so that the marks count the same d-letters.
  const indexed = [title, ...aliases, ...keywords, ...body]
  const filters = Object.entries(recordFilters(record)).flatMap(([name, values]) =>
    values.map((value) => `<meta data-pagefind-filter="${name}[content]" content="${escape(value)}">`),
  )
  const head = [
    meta('title', title),
    meta('loai', SEARCH_TYPES.find((type) => type.value === record.type)?.title),
    meta('phu', record.subtitle),
    meta('image', record.thumbnail?.src),
    meta('image_alt', record.thumbnail?.alt),
    meta('bat-dau', record.startsAt),
    meta('ket-thuc', record.endsAt),
    meta('d', dMarks(indexed.join(' '))),
    // Where the description starts, in words: the excerpt of a result found by its filters alone.
    meta('b', String([title, ...aliases, ...keywords].join(' ').split(/\s+/).length)),
    ...filters,
    meta('photo', record.photo),
    ...Object.entries(record.card ?? {}).map(([name, value]) => meta(name, value)),
    record.date ? sortKey(SEARCH_SORT_DATE, record.date) : '',
    ...Object.entries(record.sorts ?? {}).map(([name, value]) => sortKey(name, value)),
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
