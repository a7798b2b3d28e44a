import {SEARCH_FILTERS, SEARCH_SORT_DATE, SEARCH_TYPES} from './search-fields'
import {excerptParts, normaliseQuery, restoreD, type ExcerptPart} from './search-text'

/**
 * The search page's side of Pagefind: loads its runtime on first use, turns the page's state
 * (query, filters, sort) into a Pagefind search, and results into what the page shows.
 */

/** The search as the URL and the form hold it; filter fields are Pagefind filter names. */
export interface SearchState {
  q: string
  /** Pagefind filter name → chosen value ('' or absent: any). */
  filters: Record<string, string>
  /** Events and trainings: not yet over, or over, on the visitor's day. */
  status: '' | 'sap-toi' | 'da-qua'
  sort: '' | 'moi-nhat' | 'cu-nhat'
}

export interface SearchHit {
  url: string
  title: string
  type: string
  subtitle: string
  excerpt: ExcerptPart[]
  image: {src: string; alt: string} | null
  startsAt?: string
  endsAt?: string
}

export interface PagefindFragment {
  url: string
  content: string
  locations: number[]
  meta: Record<string, string | undefined>
  filters?: Record<string, string[]>
}

export interface PagefindResult {
  id: string
  data(): Promise<PagefindFragment>
}

export type FilterCounts = Record<string, Record<string, number>>

interface PagefindResponse {
  results: PagefindResult[]
  filters: FilterCounts
  unfilteredResultCount: number
}

export type PagefindFilters = Record<string, string | {any: string[]} | {none: string[]}>

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  search(term: string | null, options?: {filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'>}): Promise<PagefindResponse | null>
  filters(): Promise<FilterCounts>
}

const engines = new Map<string, Promise<Pagefind>>()
let filterValues: Promise<FilterCounts> | undefined

/**
 * Pagefind's runtime with one of the indexes written at build time, loaded once, on first use: the
 * search page's (`/pagefind/`, every record) by default, or the catalogue's (CATALOGUE_INDEX_PATH).
 */
export function loadPagefind(bundle = '/pagefind/') {
  let engine = engines.get(bundle)
  if (!engine) {
    engine = import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pagefind: Pagefind) => {
      await pagefind.options({
        // The index is small: searching on the page's own thread spares a 40 KB worker script.
        noWorker: true,
        // Words that only begin like the query ("ha" in "hàng") count much less than the word itself.
        ranking: {termSimilarity: 6},
      })
      return pagefind
    })
    engines.set(bundle, engine)
    engine.catch(() => engines.delete(bundle)) // a failed download can be retried
  }
  return engine
}

/**
 * Every value of every filter in the index. This downloads all the filters (about 50 KB at 3,500
 * products, growing with the catalogue), so only the event-status filter asks for it.
 */
function allFilterValues(engine: Pagefind) {
  filterValues ??= engine.filters()
  filterValues.catch(() => (filterValues = undefined))
  return filterValues
}

/**
 * "Any type": it matches every record, and naming the type filter makes Pagefind download that one
 * filter and count the results per type, which the type tabs show, without the others.
 */
const ANY_TYPE = {any: SEARCH_TYPES.map((type) => type.value)}

/** Starts loading the runtime (e.g. when the search box gets focus), so the first search is quicker. */
export function warmUp(): void {
  loadPagefind().catch(() => undefined) // the search itself reports the failure
}

/** Today in Hà Nội as YYYY-MM-DD: an event that ends today is not over yet. */
export function hanoiToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit'}).format(now)
}

export interface SearchOutcome {
  /** All matching results; `load` turns one into what the page shows. */
  results: PagefindResult[]
  /** Matches per type, for the current query and every filter but the type. */
  typeCounts: Record<string, number>
}

const ENDS_ON = SEARCH_FILTERS.endsOn
const TYPE = SEARCH_FILTERS.type

/** Runs a search at a moment (the visitor's clock); null when there is nothing to search for (no words and no filter). */
export async function search(state: SearchState, now: Date): Promise<SearchOutcome | null> {
  const term = normaliseQuery(state.q)
  const chosen = Object.entries(state.filters).filter(([, value]) => value !== '')
  if (term === '' && chosen.length === 0 && state.status === '') return null
  const engine = await loadPagefind()

  const filters: PagefindFilters = {[TYPE]: ANY_TYPE, ...Object.fromEntries(chosen)}
  if (state.status !== '') {
    // Pagefind compares filter values only for equality, so "not over yet" becomes the list of
    // end dates, among those in the index, that are today or later.
    const today = hanoiToday(now)
    const ends = Object.keys((await allFilterValues(engine))[ENDS_ON] ?? {})
    const wanted = ends.filter((day) => (state.status === 'sap-toi' ? day >= today : day < today))
    if (wanted.length === 0) return {results: [], typeCounts: {}}
    filters[ENDS_ON] = {any: wanted}
  }
  const sort = state.sort === '' ? undefined : {[SEARCH_SORT_DATE]: state.sort === 'moi-nhat' ? ('desc' as const) : ('asc' as const)}
  const query = term === '' ? null : term

  const response = await engine.search(query, {filters, sort})
  if (!response) return null // superseded by a newer search
  let typeCounts = response.filters[TYPE] ?? {}
  if (filters[TYPE] !== ANY_TYPE) {
    typeCounts = (await engine.search(query, {filters: {...filters, [TYPE]: ANY_TYPE}, sort}))?.filters[TYPE] ?? typeCounts
  }
  return {results: response.results, typeCounts}
}

/** What the page shows of one result: its metadata as written, and an excerpt in real Vietnamese. */
export async function load(result: PagefindResult): Promise<SearchHit> {
  const {url, content, locations, meta} = await result.data()
  // The text starts with the title, which the result shows already: the excerpt starts after it,
  // and where nothing matched after it, with the description.
  const titleWords = meta.title?.split(/\s+/).length ?? 0
  const matchedAfterTitle = locations.some((location) => location >= titleWords)
  const from = matchedAfterTitle ? titleWords : Number(meta.b ?? titleWords)
  return {
    url,
    title: meta.title ?? url,
    type: meta.loai ?? '',
    subtitle: meta.phu ?? '',
    excerpt: excerptParts(restoreD(content, meta.d), locations, {from}),
    image: meta.image ? {src: meta.image, alt: meta.image_alt ?? ''} : null,
    startsAt: meta['bat-dau'],
    endsAt: meta['ket-thuc'],
  }
}
