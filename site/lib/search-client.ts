/** One search hit as the search page shows it. */
export interface SearchHit {
  url: string
  title: string
  excerpt: string
}

interface PagefindResult {
  data(): Promise<{url: string; excerpt: string; meta: {title?: string}}>
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  search(query: string): Promise<{results: PagefindResult[]} | null>
}

let pagefind: Promise<Pagefind> | undefined

/** Loads Pagefind's runtime once, on first use, from the index written at build time. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`).then(async (module: Pagefind) => {
    await module.options({excerptLength: 24})
    return module
  })
  return pagefind
}

/** Searches the site index; the first twenty hits are loaded with their titles and excerpts. */
export async function runSearch(query: string): Promise<SearchHit[]> {
  const engine = await loadPagefind()
  const response = await engine.search(query.normalize('NFC'))
  if (!response) return []
  const data = await Promise.all(response.results.slice(0, 20).map((result) => result.data()))
  return data.map(({url, excerpt, meta}) => ({url, excerpt, title: meta.title ?? url}))
}
