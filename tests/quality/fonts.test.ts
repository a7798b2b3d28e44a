/**
 * The site's type is the phone's own (README: "Fonts"): no page downloads a font file, the font
 * stack names only typefaces that ship with phones and computers, and every character the pages
 * show is one those typefaces all draw (every Vietnamese letter with its marks, the punctuation and
 * signs below), so no visitor sees an empty box where a "ữ" should be. Symbols outside that set
 * (the ★ of OCOP stars, the ✕ of a close button) are allowed only where they are decoration with a
 * text equivalent: inside `aria-hidden` or an element with an `aria-label`. Reads SITE_DIST
 * (default dist/) and is skipped, saying so, when there is no build there.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parse, type DefaultTreeAdapterTypes} from 'parse5'
import {describe, expect, it} from 'vitest'
import {distFolder, htmlPages, isBuiltSite, listFiles} from './site'

const dist = distFolder('SITE_DIST')
const built = isBuiltSite(dist)
if (!built) console.warn(`[quality] fonts: no built site in ${dist} (no index.html): skipped. Build one and set SITE_DIST to it.`)

/** Typefaces installed with the systems visitors use: iOS and macOS, Windows, Android, Linux. */
const SYSTEM_FAMILIES = new Set(['-apple-system', 'blinkmacsystemfont', 'segoe ui', 'roboto', 'noto sans', 'dejavu sans', 'helvetica neue', 'arial', 'system-ui', 'sans-serif', 'monospace', 'ui-monospace', 'menlo', 'consolas', 'inherit'])

const lowercase = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz'
/** What San Francisco, Segoe UI, Roboto and Noto Sans all draw: ASCII, Vietnamese, Latin-1, the usual typography. */
const DRAWN = new Set([
  ...Array.from({length: 0x7f - 0x20}, (_, i) => String.fromCharCode(0x20 + i)),
  ...Array.from({length: 0x100 - 0xa0}, (_, i) => String.fromCharCode(0xa0 + i)),
  ...lowercase,
  ...lowercase.toUpperCase(),
  ...'₫€–—‘’‚“”„•…‹›′″−\n\t\r',
])

type Node = DefaultTreeAdapterTypes.Node
type Element = DefaultTreeAdapterTypes.Element
const isElement = (node: Node): node is Element => 'tagName' in node
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value

/** The characters a page shows that its fonts might not draw, with where: `★ in <span class="logo__mark">`. */
function undrawn(html: string): {char: string; where: string; decorative: boolean}[] {
  const found: {char: string; where: string; decorative: boolean}[] = []
  const visit = (node: Node, decorative: boolean, parent: string) => {
    if (isElement(node)) {
      if (['script', 'style', 'template', 'noscript', 'head'].includes(node.tagName)) return
      const label = `<${node.tagName}${attr(node, 'class') ? ` class="${attr(node, 'class')}"` : ''}>`
      const hidden = decorative || attr(node, 'aria-hidden') === 'true' || attr(node, 'aria-label') !== undefined
      for (const name of ['placeholder', 'value', 'alt', 'title']) {
        for (const char of attr(node, name) ?? '') if (!DRAWN.has(char)) found.push({char, where: `${label} ${name}`, decorative: false})
      }
      for (const child of node.childNodes) visit(child, hidden, label)
    } else if (node.nodeName === '#text' && 'value' in node) {
      for (const char of node.value) if (!DRAWN.has(char)) found.push({char, where: parent, decorative})
    } else if ('childNodes' in node) {
      for (const child of (node as DefaultTreeAdapterTypes.ParentNode).childNodes) visit(child, decorative, parent)
    }
  }
  visit(parse(html), false, '')
  return found
}

/** Every `font-family` of a stylesheet's text, each as its list of families, lowercase and unquoted. */
const fontStacks = (css: string) =>
  [...css.matchAll(/font-family\s*:\s*([^;}]+)/gi)].map(([, stack]) => stack!.split(',').map((family) => family.trim().replace(/^["']|["']$/g, '').toLowerCase()))

describe.skipIf(!built)('the type of the built site', () => {
  const pages = built ? htmlPages(dist) : []
  const html = new Map(pages.map((page) => [page.url, readFileSync(path.join(dist, page.file), 'utf8')]))

  it('downloads no font file: none in the build, none declared, none preloaded', () => {
    expect(listFiles(dist).filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([])
    const stylesheets = listFiles(dist).filter((file) => file.endsWith('.css')).map((file) => readFileSync(path.join(dist, file), 'utf8'))
    const declaring = [...html].filter(([, text]) => /@font-face|rel="preload"[^>]*as="font"/i.test(text)).map(([url]) => url)
    expect(declaring, 'pages with @font-face or a font preload').toEqual([])
    expect(stylesheets.filter((css) => /@font-face/i.test(css))).toEqual([])
  })

  it('names only system typefaces in its font stacks', () => {
    const css = [...html.values()].flatMap((text) => [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, style]) => style!))
    const stacks = new Set(css.flatMap(fontStacks).map((stack) => stack.join(', ')))
    expect(stacks.size, 'the pages set a font stack').toBeGreaterThan(0)
    const unknown = [...stacks].flatMap((stack) => stack.split(', ').filter((family) => !SYSTEM_FAMILIES.has(family)))
    expect(unknown, 'typefaces a phone may not have').toEqual([])
  })

  it('shows only characters that every one of those typefaces draws, symbols only as decoration', () => {
    const problems = new Map<string, string>()
    for (const [url, text] of html) {
      for (const {char, where, decorative} of undrawn(text)) {
        if (decorative) continue
        const key = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} "${char}" in ${where}`
        if (!problems.has(key)) problems.set(key, url)
      }
    }
    expect([...problems].map(([problem, url]) => `${problem}, first on ${url}`)).toEqual([])
  })

  it('finds a character outside the drawn set where it is not decoration (the check can fail)', () => {
    expect(undrawn('<p>Giá 120.000 ₫ · 4 sao <span aria-hidden="true">★</span></p>').filter((found) => !found.decorative)).toEqual([])
    expect(undrawn('<p>Sản phẩm ★ 5 sao</p>').map(({char, decorative}) => [char, decorative])).toEqual([['★', false]])
    expect(undrawn('<input placeholder="Tìm ✓">').map(({char}) => char)).toEqual(['✓'])
  })
})
