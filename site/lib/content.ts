import {getCollection} from 'astro:content'
import type {DataEntryMap} from 'astro:content'

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

/** All documents of a collection as plain data, in the order their query sorted them. */
export async function all<C extends keyof DataEntryMap>(collection: C): Promise<DataEntryMap[C][string]['data'][]> {
  const docs = await once(`all:${collection}`, async () => (await getCollection(collection)).map((entry) => entry.data))
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
