/**
 * Vietnamese text for the search index and the search page.
 *
 * Pagefind folds tone and vowel marks (`banh chung` finds "Bánh chưng"), but `đ` is a letter of
 * its own to it, so `dan phuong` would not find "Đan Phượng". Visitors type `d` for `đ` all the
 * time. So the index is built from text in which every `đ` is written `d`, and every query is
 * folded the same way. What Pagefind then stores for excerpts is that folded text; the record
 * carries the positions of the letters that were `đ`, and the search page puts them back before a
 * visitor sees a word, so that excerpts are always real Vietnamese.
 *
 * This module runs in the build and in the browser: keep it small and free of imports.
 */

const D_LETTERS = /[dD]/g
const STROKED = /[đĐ]/g

/** The text with `đ`/`Đ` written `d`/`D`; nothing else changes, not even the length. */
export function foldD(text: string): string {
  return text.replace(STROKED, (letter) => (letter === 'đ' ? 'd' : 'D'))
}

/**
 * Where the text's `đ`/`Đ` are, counted among all its d-letters (d, D, đ, Đ) rather than by
 * character offset, so the count survives the spaces and full stops Pagefind adds between
 * blocks. Written as base-36 gaps, comma-separated: "0,2" means the 1st and 3rd d-letters.
 */
export function dMarks(text: string): string {
  const gaps: string[] = []
  let ordinal = 0
  let previous = -1
  for (const [letter] of text.matchAll(/[dDđĐ]/g)) {
    if (letter === 'đ' || letter === 'Đ') {
      gaps.push((ordinal - previous - 1).toString(36))
      previous = ordinal
    }
    ordinal++
  }
  return gaps.join(',')
}

/** Puts back the `đ`/`Đ` that `foldD` took out, from the marks `dMarks` wrote. */
export function restoreD(folded: string, marks: string | undefined): string {
  if (!marks) return folded
  const stroked = new Set<number>()
  let position = -1
  for (const gap of marks.split(',')) {
    position += Number.parseInt(gap, 36) + 1
    stroked.add(position)
  }
  let ordinal = 0
  return folded.replace(D_LETTERS, (letter) => {
    const restored = stroked.has(ordinal) ? (letter === 'd' ? 'đ' : 'Đ') : letter
    ordinal++
    return restored
  })
}

/**
 * A query as visitors type it (any case, extra spaces, composed or decomposed accents, with or
 * without `đ`) in the form the index was built from.
 */
export function normaliseQuery(input: string): string {
  return foldD(input.normalize('NFC').replace(/\s+/g, ' ').trim())
}

/** Lowercase, without any marks and with `d` for `đ`: how titles and queries are compared. */
export function foldAll(text: string): string {
  return foldD(text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * Titles that are the query, then titles that contain it as a phrase, before the rest, otherwise
 * in Pagefind's order: someone who types "com lang vong" means "Cốm làng Vòng", even if a longer
 * page says "cốm" more often.
 */
export function byTitleMatch<T extends {title: string}>(hits: readonly T[], query: string): T[] {
  const wanted = foldAll(query)
  if (wanted === '') return [...hits]
  const tier = ({title}: T) => {
    const folded = foldAll(title)
    if (folded === wanted) return 0
    return ` ${folded.replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${wanted.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `) ? 1 : 2
  }
  return hits.map((hit, index) => ({hit, index, tier: tier(hit)})).sort((a, b) => a.tier - b.tier || a.index - b.index).map(({hit}) => hit)
}

/** Pagefind's own word boundaries, so that its word positions index into our words. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g

export interface ExcerptPart {
  text: string
  match: boolean
}

/**
 * A window of `length` words of `content`, from word `from` on, around the densest cluster of
 * matched words (Pagefind's `locations`, word positions), split into plain and matched parts;
 * '…' marks cut ends.
 */
export function excerptParts(content: string, locations: readonly number[], {length = 24, from = 0} = {}): ExcerptPart[] {
  const words = content.split(WORD_SEPARATORS)
  const first = Math.min(from, Math.max(0, words.length - 1))
  const matched = new Set(locations)
  let start = first
  const candidates = locations.filter((location) => location >= first)
  if (words.length - first > length && candidates.length > 0) {
    let best = -1
    for (const location of candidates) {
      const windowStart = Math.max(first, Math.min(location - Math.floor(length / 3), words.length - length))
      const count = candidates.filter((other) => other >= windowStart && other < windowStart + length).length
      if (count > best) {
        best = count
        start = windowStart
      }
    }
  }
  const end = Math.min(words.length, start + length)
  const parts: ExcerptPart[] = []
  const push = (text: string, match: boolean) => {
    const last = parts.at(-1)
    if (last && last.match === match) last.text += text
    else parts.push({text, match})
  }
  if (start > first) push('… ', false)
  for (let index = start; index < end; index++) {
    if (index > start) push(' ', false)
    push(words[index]!, matched.has(index))
  }
  if (end < words.length) push(' …', false)
  return parts
}
