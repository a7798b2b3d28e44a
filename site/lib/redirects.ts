/**
 * Addresses that lead to another page: each product's and producer's short link, and every slug
 * they had before. The build writes a small HTML page at each (pages/[...moved].astro,
 * pages/p/[code]/index.astro) and lists them in `_redirects` for static hosts (pages/[redirects].ts).
 * Pure functions, unit-tested in tests/unit/redirects.test.ts.
 */
import {documentPath} from '../../schemas/lib/paths'
import {ContentError} from './errors'
import {shortCode, shortPath} from './short-links'

export interface Addressable {
  _id: string
  name: string
  slug: string
  previousSlugs: string[] | null
}

type DocumentsByType = {product: readonly Addressable[]; producer: readonly Addressable[]}

/** Products' and producers' addresses, as the addresses query selects them (both types in one list). */
export const byType = (addresses: readonly (Addressable & {_type: 'product' | 'producer'})[]): DocumentsByType => ({
  product: addresses.filter((address) => address._type === 'product'),
  producer: addresses.filter((address) => address._type === 'producer'),
})

export interface Redirect {
  /** The address that redirects: /p/k3m9x2a/ or /san-pham/old-slug/. */
  from: string
  /** The page it leads to: /san-pham/new-slug/. */
  to: string
  /** The name of the product or producer, for the redirect page. */
  name: string
  reason: 'short-link' | 'previous-slug'
}


const describe = (type: keyof DocumentsByType, doc: Addressable) => `${type} "${doc.name}" (${doc._id})`

/**
 * Every redirect of the site, short links first. Throws a ContentError naming both documents when
 * an address would lead to two pages: a previous slug that is another document's slug or another
 * document's previous slug, or two documents with the same short code.
 */
export function redirectsOf(documents: DocumentsByType): Redirect[] {
  const problems: string[] = []
  const shortLinks: Redirect[] = []
  const moved: Redirect[] = []
  const codes = new Map<string, string>()

  for (const type of ['product', 'producer'] as const) {
    const current = new Map(documents[type].map((doc) => [doc.slug, doc]))
    const previous = new Map<string, Addressable>()
    for (const doc of documents[type]) {
      const to = documentPath(type, doc.slug)
      const code = shortCode(doc._id)
      const sharing = codes.get(code)
      if (sharing) {
        problems.push(
          `${describe(type, doc)} has the same short code "${code}" as ${sharing}. Give the newer one, if its QR code is not printed yet, a new document (duplicate it and delete the old one).`,
        )
      } else codes.set(code, describe(type, doc))
      shortLinks.push({from: shortPath(code), to, name: doc.name, reason: 'short-link'})

      for (const slug of new Set(doc.previousSlugs ?? [])) {
        if (slug === doc.slug) continue
        const owner = current.get(slug)
        const earlier = previous.get(slug)
        if (owner) {
          problems.push(`The previous slug "${slug}" of ${describe(type, doc)} is the slug of ${describe(type, owner)}: one address cannot lead to two pages. Remove it from the previous slugs in the Studio.`)
        } else if (earlier) {
          problems.push(`The previous slug "${slug}" of ${describe(type, doc)} is also a previous slug of ${describe(type, earlier)}: one address cannot lead to two pages. Remove it from one of them in the Studio.`)
        } else {
          previous.set(slug, doc)
          moved.push({from: documentPath(type, slug), to, name: doc.name, reason: 'previous-slug'})
        }
      }
    }
  }
  if (problems.length > 0) throw new ContentError(`Addresses that would lead to two pages:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
  return [...shortLinks, ...moved]
}

/**
 * The redirects in the `_redirects` format that Netlify and Cloudflare Pages read: one
 * "from to 301" a line. Every address also has its HTML redirect page, which is what visitors get
 * where a host reads no such file, or (Netlify) serves an existing file before a rule, or (Cloudflare
 * Pages) stops reading after 2,000 rules: previous slugs come first, as they are the fewer.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const ordered = [...redirects.filter((r) => r.reason === 'previous-slug'), ...redirects.filter((r) => r.reason !== 'previous-slug')]
  const lines = ordered.map((redirect) => `${redirect.from} ${redirect.to} 301`)
  return `# Short links and previous addresses of OCOP products and producers (moved permanently).\n${lines.join('\n')}\n`
}

/** The redirects listed in a `_redirects` file, by source path. */
export function parseRedirectsFile(text: string): Map<string, string> {
  const redirects = new Map<string, string>()
  for (const line of text.split('\n')) {
    const [from, to] = line.trim().split(/\s+/)
    if (from && to && !from.startsWith('#')) redirects.set(from, to)
  }
  return redirects
}
