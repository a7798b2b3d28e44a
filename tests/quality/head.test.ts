/**
 * The head of every page of a built site (not only one per template, as the browser checks do):
 * `<html lang="vi">`, one non-empty title and meta description, one h1, a canonical link to the
 * page's own address (none on the 404 page, which is served at any address, nor on pages with
 * `noindex`, the thank-you pages after a form), and no two pages with
 * the same title or description; a page that only redirects has a canonical link to where it leads and
 * `noindex` instead. Builds nothing: it reads SITE_DIST (default dist/) and is skipped,
 * saying so, when there is no build there.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {elements} from './dom'
import {builtRedirects, distFolder, htmlPages, isBuiltSite, REDIRECT_ROUTE, type Page} from './site'

const dist = distFolder('SITE_DIST')
const built = isBuiltSite(dist)
if (!built) console.warn(`[quality] head: no built site in ${dist} (no index.html): skipped. Build one and set SITE_DIST to it.`)

interface Head {
  page: Page
  lang: string | undefined
  titles: string[]
  descriptions: string[]
  canonicals: string[]
  robots: string[]
  h1s: number
}

function headOf(page: Page): Head {
  const els = elements(readFileSync(path.join(dist, page.file), 'utf8'))
  return {
    page,
    lang: els.find((el) => el.tag === 'html')?.attrs.get('lang'),
    titles: els.filter((el) => el.tag === 'title').map((el) => el.text.trim()),
    descriptions: els.filter((el) => el.tag === 'meta' && el.attrs.get('name') === 'description').map((el) => (el.attrs.get('content') ?? '').trim()),
    canonicals: els.filter((el) => el.tag === 'link' && (el.attrs.get('rel') ?? '').split(/\s+/).includes('canonical')).map((el) => el.attrs.get('href') ?? ''),
    robots: els.filter((el) => el.tag === 'meta' && el.attrs.get('name') === 'robots').map((el) => el.attrs.get('content') ?? ''),
    h1s: els.filter((el) => el.tag === 'h1').length,
  }
}

describe.skipIf(!built)(`the head of every page of the built site in ${dist}`, () => {
  const heads = built ? htmlPages(dist).map(headOf) : []
  const redirects = built ? builtRedirects(dist) : new Map<string, string>()
  const home = heads.find((head) => head.page.url === '/')
  const origin = home?.canonicals[0] ? new URL(home.canonicals[0]).origin : undefined

  it('has lang="vi", one title, one meta description, one h1 and a canonical link to itself', () => {
    const problems: string[] = []
    for (const {page, lang, titles, descriptions, canonicals, robots, h1s} of heads) {
      const say = (text: string) => problems.push(`${page.url} (${page.file}): ${text}`)
      if (lang !== 'vi') say(`<html lang="${lang ?? ''}">, not "vi"`)
      if (titles.length !== 1 || !titles[0]) say(`${titles.length} <title> element(s)${titles.length === 1 ? ', empty' : ''}`)
      if (descriptions.length !== 1 || !descriptions[0]) say(`${descriptions.length} meta description(s)${descriptions.length === 1 ? ', empty' : ''}`)
      if (h1s !== 1) say(`${h1s} h1 elements`)
      if (page.route === REDIRECT_ROUTE) {
        // A redirect names the page it leads to as canonical and keeps itself out of indexes.
        const target = origin && new URL(redirects.get(page.url) ?? '', origin).href
        if (canonicals.length !== 1 || canonicals[0] !== target) say(`canonical ${canonicals.join(', ') || '(none)'} of a redirect is not its target ${target}`)
        if (!robots.includes('noindex')) say('a redirect page without <meta name="robots" content="noindex">')
      } else if (page.route === '404') {
        if (canonicals.length > 0) say(`a canonical link (${canonicals.join(', ')}) on the 404 page, which is served at any address`)
      } else if (robots.includes('noindex')) {
        // Pages kept out of indexes (the thank-you pages after a form) name no canonical address.
        if (canonicals.length > 0) say(`a canonical link (${canonicals.join(', ')}) on a page with noindex`)
      } else if (canonicals.length !== 1) say(`${canonicals.length} canonical links`)
      else if (origin && canonicals[0] !== new URL(page.url, origin).href) say(`canonical ${canonicals[0]} is not the page's address ${new URL(page.url, origin).href}`)
    }
    expect(heads.length).toBeGreaterThan(0)
    expect(problems, `${problems.length} problem(s):\n${problems.join('\n')}`).toEqual([])
  })

  it.each(['titles', 'descriptions'] as const)('has no two pages with the same %s', (key) => {
    const seen = new Map<string, string[]>()
    // Redirect pages are not indexed: a short link and a previous slug of one product may share a title.
    for (const head of heads.filter(({page}) => page.route !== REDIRECT_ROUTE)) for (const value of head[key]) seen.set(value, [...(seen.get(value) ?? []), head.page.url])
    const duplicates = [...seen].filter(([, urls]) => urls.length > 1).map(([value, urls]) => `"${value}" on ${urls.join(', ')}`)
    expect(duplicates, `${duplicates.length} duplicate ${key}:\n${duplicates.join('\n')}`).toEqual([])
  })
})
