import {RESULT_DATA, SEARCH_FILTERS, SEARCH_SORT_DATE, SEARCH_TYPES, VOCABULARY_PARTS_PATH, VOCABULARY_PATH} from './search-fields'
import {addVocabularyPart, intentOf, partsFor, readVocabulary, understand, usualForm, type QueryWord, type Vocabulary, type VocabularyIndex, type VocabularyPart} from './search-query'
import {excerptParts, restoreD, type ExcerptPart} from './search-text'

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
  /** The kind of result (SEARCH_TYPES value) and its name. */
  kind: string
  type: string
  subtitle: string
  excerpt: ExcerptPart[]
  image: {src: string; alt: string} | null
  startsAt?: string
  endsAt?: string
  /** Pagefind's score of the result (PagefindResult). */
  score: number
  /** Products: OCOP stars. */
  stars?: number
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
  /** How well the words match, by Pagefind's ranking: only comparable within one search. */
  score: number
  /** Where in the text the words matched, in words from the start (the title's first word is 0). */
  words: number[]
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
}

const engines = new Map<string, Promise<Pagefind>>()

/** The search page's index, of every record (the catalogue's is CATALOGUE_INDEX_PATH). */
const SEARCH_BUNDLE = '/pagefind/'

/**
 * Pagefind's runtime with one of the indexes written at build time, loaded once, on first use: the
 * search page's (`/pagefind/`, every record) by default, or the catalogue's (CATALOGUE_INDEX_PATH).
 * The search page searches in Pagefind's worker: a query runs several searches (site/lib/search-
 * query.ts), which on the page's own thread kept a phone's screen from answering (Lighthouse's
 * total blocking time); the worker costs 12 KB more to download. The catalogue's filters, one
 * search each, stay on the page's thread and spare those bytes.
 */
export function loadPagefind(bundle = SEARCH_BUNDLE) {
  let engine = engines.get(bundle)
  if (!engine) {
    engine = import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pagefind: Pagefind) => {
      await pagefind.options({
        noWorker: bundle !== SEARCH_BUNDLE,
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

interface SearchData {
  vocabulary: Vocabulary
  /** The days events and trainings end on (YYYY-MM-DD), for the upcoming-or-past filter. */
  ends: string[]
}

let searchData: Promise<SearchData> | undefined
const vocabularyParts = new Map<string, Promise<void>>()

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return (await response.json()) as T
}

/** The places, the list of the vocabulary's parts and the end days (VOCABULARY_PATH), downloaded once, with the first search. */
function loadSearchData(): Promise<SearchData> {
  searchData ??= fetchJson<VocabularyIndex & {ends: string[]}>(VOCABULARY_PATH).then((file) => ({vocabulary: readVocabulary(file), ends: file.ends}))
  searchData.catch(() => (searchData = undefined)) // a failed download can be retried
  return searchData
}

/** Loads the parts of the vocabulary not loaded yet, among `parts`, each once. */
async function loadVocabulary(vocabulary: Vocabulary, parts: string[]): Promise<void> {
  await Promise.all(
    parts
      .filter((part) => vocabulary.parts.includes(part))
      .map((part) => {
        let loading = vocabularyParts.get(part)
        if (!loading) {
          loading = fetchJson<VocabularyPart>(`${VOCABULARY_PARTS_PATH}${part}.json`).then((words) => addVocabularyPart(vocabulary, part, words))
          vocabularyParts.set(part, loading)
          loading.catch(() => vocabularyParts.delete(part))
        }
        return loading
      }),
  )
}

/**
 * Each word of a query and what to search for it (site/lib/search-query.ts), with the parts of
 * the vocabulary its words need; all of them when a word is unknown, to find its nearest words.
 */
async function understood(query: string, vocabulary: Vocabulary, typing: boolean): Promise<QueryWord[]> {
  await loadVocabulary(vocabulary, partsFor(query))
  const words = understand(query, vocabulary, {typing})
  if (!words.some((word) => word.kind === 'near' || word.kind === 'unknown') || vocabulary.loaded.size === vocabulary.parts.length) return words
  await loadVocabulary(vocabulary, vocabulary.parts)
  return understand(query, vocabulary, {typing})
}

/**
 * "Any type": it matches every record, and naming the type filter makes Pagefind download that one
 * filter and count the results per type, which the type tabs show, without the others.
 */
const ANY_TYPE = {any: SEARCH_TYPES.map((type) => type.value)}

/** Starts loading the runtime (e.g. when the search box gets focus), so the first search is quicker. */
export function warmUp(): void {
  // The search itself reports a failure.
  loadPagefind().catch(() => undefined)
  loadSearchData().catch(() => undefined)
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
  /** The words searched for, folded (decoded or corrected where needed), for ranking. */
  words: string[]
  /** Whether the last word may be the start of a longer one (still being typed). */
  lastIsPrefix: boolean
  /** Words, as typed, that match nothing in the index and resemble nothing in it: nothing was searched. */
  unknown: string[]
  /** Words, as typed, that match nothing, but resemble words of the index: `suggestion` searched instead. */
  corrected: string[]
  /** The query with those words corrected, as a visitor reads it ("com lang vòng"). */
  suggestion?: string
  /** When words are unknown: the query without them, if anything is left. */
  rest?: string
  /** The kinds of page the query asks for (intentOf), first in the results. */
  intents: string[]
  /** Words, as typed, that only say what kind of page is wanted ("mua", "ở đâu"), left out because no page has them all. */
  leftOut: string[]
}

const ENDS_ON = SEARCH_FILTERS.endsOn
const TYPE = SEARCH_FILTERS.type

/** The corrections to try, likeliest first: each near word's candidates, a few combinations at most. */
function corrections(words: QueryWord[], limit = 4): string[][] {
  let combinations: string[][] = [[]]
  for (const word of words) {
    const choices = word.kind === 'near' ? word.candidates : [word.searched]
    combinations = combinations.flatMap((combination) => choices.map((choice) => [...combination, choice]))
  }
  const cost = (combination: string[]) => combination.reduce((sum, choice, index) => sum + Math.max(0, words[index]!.candidates.indexOf(choice)), 0)
  return combinations.sort((a, b) => cost(a) - cost(b)).slice(0, limit)
}

/**
 * The results in the order the first page is drawn from: those whose title starts with the words
 * and holds them whole, then the others that hold every word whole, then those that hold some only
 * as the start of a longer word, each in Pagefind's order. Pagefind matches "tra" in "trai" and
 * "tranh" too, and ranks a page that says "trai" often above the teas, and "Trà sen Tây Hồ" would
 * not be among the results drawn first. A word in quotes is searched whole, so each finished word
 * is searched once more on its own; a sorted search is left alone, and the last word is left out
 * while it is being typed. Null when a newer search overtook these.
 */
async function wholeWordsFirst(engine: Pagefind, results: PagefindResult[], words: string[], lastIsPrefix: boolean, options: {filters: PagefindFilters; sort?: Record<string, 'asc' | 'desc'>}): Promise<PagefindResult[] | null> {
  const whole = lastIsPrefix ? words.slice(0, -1) : words
  if (options.sort || whole.length === 0 || results.length <= 1) return results
  let everyWord: Set<string> | undefined
  for (const word of new Set(whole)) {
    // One at a time: Pagefind answers null to a search that another overtakes.
    const response = await engine.search(`"${word}"`, {filters: options.filters})
    if (!response) return null
    const ids = new Set(response.results.map((result) => result.id))
    everyWord = everyWord ? new Set([...everyWord].filter((id) => ids.has(id))) : ids
  }
  // The text starts with the title: words matched at its first positions start it.
  const startsTitle = (result: PagefindResult) => words.every((_, index) => result.words.includes(index))
  const tier = (result: PagefindResult) => (everyWord!.has(result.id) ? (startsTitle(result) ? 0 : 1) : 2)
  return results.map((result, index) => ({result, index, tier: tier(result)})).sort((a, b) => a.tier - b.tier || a.index - b.index).map(({result}) => result)
}

/**
 * Runs a search at a moment (the visitor's clock); null when there is nothing to search for (no
 * words and no filter). `typing`: the query is being typed, its last word may be unfinished.
 */
export async function search(state: SearchState, now: Date, {typing = false} = {}): Promise<SearchOutcome | null> {
  const chosen = Object.entries(state.filters).filter(([, value]) => value !== '')
  if (state.q.trim() === '' && chosen.length === 0 && state.status === '') return null
  const [engine, {vocabulary, ends}] = await Promise.all([loadPagefind(), loadSearchData()])
  const words = await understood(state.q, vocabulary, typing)
  const lastIsPrefix = words.at(-1)?.kind === 'partial'
  const none = {results: [], typeCounts: {}, words: [], lastIsPrefix, intents: [], unknown: [], corrected: [], leftOut: []}
  if (words.length === 0 && chosen.length === 0 && state.status === '') return null

  const unknown = words.filter((word) => word.kind === 'unknown')
  if (unknown.length > 0) {
    const rest = words.filter((word) => word.kind !== 'unknown').map((word) => word.typed).join(' ')
    return {...none, unknown: unknown.map((word) => word.typed), ...(rest ? {rest} : {})}
  }

  const filters: PagefindFilters = {[TYPE]: ANY_TYPE, ...Object.fromEntries(chosen)}
  if (state.status !== '') {
    // Pagefind compares filter values only for equality, so "not over yet" becomes the list of
    // end dates, among those in the index, that are today or later.
    const today = hanoiToday(now)
    const wanted = ends.filter((day) => (state.status === 'sap-toi' ? day >= today : day < today))
    if (wanted.length === 0) return none
    filters[ENDS_ON] = {any: wanted}
  }
  const sort = state.sort === '' ? undefined : {[SEARCH_SORT_DATE]: state.sort === 'moi-nhat' ? ('desc' as const) : ('asc' as const)}

  const near = words.filter((word) => word.kind === 'near')
  let searched = words.map((word) => word.searched)
  let response: PagefindResponse | null
  if (near.length === 0) {
    response = await engine.search(searched.length > 0 ? searched.join(' ') : null, {filters, sort})
  } else {
    // Of the likeliest corrections, the one that finds the most under the filters chosen: "bat
    // trng" is "bat trang" rather than "bat trong", whose words are more common but rarely together.
    let best: {words: string[]; response: PagefindResponse} | undefined
    for (const correction of corrections(words)) {
      const found = await engine.search(correction.join(' '), {filters, sort})
      if (!found) return null // superseded by a newer search
      if (found.results.length > (best?.response.results.length ?? 0)) best = {words: correction, response: found}
    }
    if (!best) return {...none, unknown: near.map((word) => word.typed)}
    ;({words: searched, response} = best)
  }
  if (!response) return null // superseded by a newer search

  // "mua gom o dau": no page says all of it, but "gom" is what it is about.
  const intent = intentOf(searched, vocabulary)
  let leftOut: string[] = []
  if (response.results.length === 0 && intent.aside.length > 0 && intent.aside.length < searched.length) {
    const rest = searched.filter((_, index) => !intent.aside.includes(index))
    const found = await engine.search(rest.join(' '), {filters, sort})
    if (!found) return null
    if (found.results.length > 0) {
      leftOut = intent.aside.map((index) => words[index]!.typed)
      searched = rest
      response = found
    }
  }

  const query = searched.length > 0 ? searched.join(' ') : null
  const results = await wholeWordsFirst(engine, response.results, searched, lastIsPrefix, {filters, sort})
  if (!results) return null
  let typeCounts = response.filters[TYPE] ?? {}
  if (filters[TYPE] !== ANY_TYPE) {
    typeCounts = (await engine.search(query, {filters: {...filters, [TYPE]: ANY_TYPE}, sort}))?.filters[TYPE] ?? typeCounts
  }
  const outcome: SearchOutcome = {results, typeCounts, words: searched, lastIsPrefix, intents: intent.kinds, unknown: [], corrected: near.map((word) => word.typed), leftOut}
  if (near.length > 0) outcome.suggestion = words.map((word, index) => (word.kind === 'near' ? usualForm(vocabulary, searched[index]!) : word.typed)).join(' ')
  return outcome
}

const TYPE_TITLES: Record<string, string> = Object.fromEntries(SEARCH_TYPES.map((type) => [type.value, type.title]))

/** What the page shows of one result: its metadata as written, and an excerpt in real Vietnamese. */
export async function load(result: PagefindResult): Promise<SearchHit> {
  const {url, content, locations, meta, filters = {}} = await result.data()
  const data = (name: string) => filters[name]?.[0]
  // The text starts with the title, which the result shows already: the excerpt starts after it,
  // and where nothing matched after it, with the description.
  const titleWords = meta.title?.split(/\s+/).length ?? 0
  const matchedAfterTitle = locations.some((location) => location >= titleWords)
  const from = matchedAfterTitle ? titleWords : Number(data(RESULT_DATA.bodyStart) ?? titleWords)
  const kind = data(TYPE) ?? ''
  const image = data(RESULT_DATA.image)
  return {
    url,
    title: meta.title ?? url,
    kind,
    type: TYPE_TITLES[kind] ?? '',
    subtitle: meta.phu ?? '',
    excerpt: excerptParts(restoreD(content, data(RESULT_DATA.dMarks)), locations, {from}),
    image: image ? {src: image, alt: ''} : null,
    startsAt: data(RESULT_DATA.startsAt),
    endsAt: data(RESULT_DATA.endsAt),
    score: result.score,
    ...(data(SEARCH_FILTERS.stars) ? {stars: Number(data(SEARCH_FILTERS.stars))} : {}),
  }
}
