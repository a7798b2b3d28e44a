import {getCollection} from 'astro:content'
import type {DataEntryMap} from 'astro:content'
import {byType, redirectsOf, type Redirect} from './redirects'
import {searchRecords, type SearchContent, type SearchRecord} from './search-records'

const computed = new Map<string, Promise<unknown>>()

/**
 * A value derived from the content, computed once per build and shared by every page that asks:
 * at 10,000 products, a list or an index rebuilt for each of the pages costs more than the page.
 * The dev server computes it every time, since content may change while it runs.
 */
export function once<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return compute()
  let value = computed.get(key) as Promise<T> | undefined
  if (!value) {
    value = compute()
    computed.set(key, value)
  }
  return value
}

/**
 * The collections whose queries sort by name. GROQ's `order(name asc)` compares code points, so
 * "Đ…" and accented capitals would come after "Z": they are sorted again as a Vietnamese reader
 * expects (A, Ă, Â, B, C, D, Đ, E…), the order of the catalogue's filtered view too.
 */
const BY_NAME = new Set<keyof DataEntryMap>(['products', 'producers', 'areas', 'villages', 'pointsOfSale'])
const vietnamese = new Intl.Collator('vi')

/** All documents of a collection as plain data, in the order their query sorted them (by name, in Vietnamese order). */
export async function all<C extends keyof DataEntryMap>(collection: C): Promise<DataEntryMap[C][string]['data'][]> {
  const docs = await once(`all:${collection}`, async () => {
    const data = (await getCollection(collection)).map((entry) => entry.data)
    return BY_NAME.has(collection) ? data.sort((a, b) => vietnamese.compare((a as {name: string}).name, (b as {name: string}).name)) : data
  })
  // A copy, so that a page that sorts its list in place leaves the shared one as it was.
  return [...docs]
}

/** Documents by `_id`, for resolving the `…Ids` references that queries keep. */
export async function byId<C extends keyof DataEntryMap>(collection: C): Promise<ReadonlyMap<string, DataEntryMap[C][string]['data']>> {
  return once(`byId:${collection}`, async () => new Map((await all(collection)).map((doc) => [(doc as {_id: string})._id, doc])))
}

/** The documents behind a list of ids, in that order, skipping any that are not published. */
export function pick<T>(index: ReadonlyMap<string, T>, ids: readonly string[] | null | undefined): T[] {
  return (ids ?? []).flatMap((id) => index.get(id) ?? [])
}

/** The site settings singleton. */
export async function settings() {
  const [site] = await all('settings')
  if (!site) throw new Error('The dataset has no published siteSettings document')
  return site
}

/** Everything the search index describes, for the records and the search page's filters. */
export async function searchContent(): Promise<SearchContent> {
  const [products, producers, villages, pointsOfSale, events, trainings, articles] = await Promise.all([
    all('products'),
    all('producers'),
    all('villages'),
    all('pointsOfSale'),
    all('events'),
    all('trainings'),
    all('articles'),
  ])
  return {products, producers, villages, pointsOfSale, events, trainings, articles}
}

let publishedRecords: Promise<SearchRecord[]> | undefined

/**
 * The search index's records (site/lib/search-records.ts), worked out once per build: the search
 * page, the records handed to Pagefind and the vocabulary's files all read them.
 */
export function searchIndexRecords(): Promise<SearchRecord[]> {
  publishedRecords ??= searchContent().then((content) => searchRecords(content))
  return publishedRecords
}

/** Every short link and previous address of the site (checked when the addresses loaded). */
export function redirects(): Promise<Redirect[]> {
  return once('redirects', async () => {
    // Redirects lead only to pages that were built, at the address they were built at: in the draft
    // preview an incomplete draft is left out or shown as published (see groq-loader.ts).
    const built = new Map([...(await all('products')), ...(await all('producers'))].map((doc) => [doc._id, doc.slug]))
    const addresses = (await all('addresses')).flatMap((address) => {
      const slug = built.get(address._id)
      return slug === undefined ? [] : [{...address, slug}]
    })
    return redirectsOf(byType(addresses))
  })
}

/** The short links, as getStaticPaths entries of the pages and files under /p/<code>/. */
export async function shortLinkPaths() {
  return (await redirects())
    .filter((redirect) => redirect.reason === 'short-link')
    .map((redirect) => ({params: {code: redirect.from.split('/')[2]}, props: {redirect}}))
}
