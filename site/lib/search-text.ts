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

/** Lowercase, without any marks and with `d` for `đ`: how titles and queries are compared. */
export function foldAll(text: string): string {
  return foldD(text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * How much each kind of result counts (see rankHits): products, villages and the page about the
 * programme first, for the words people search most are what they want to buy or see.
 */
const KIND_WEIGHTS: Record<string, number> = {'san-pham': 50, 'lang-nghe': 50, 'gioi-thieu': 50, 'dia-ban': 30, 'chu-the': 25, 'su-kien': 25, 'dao-tao': 25, 'diem-ban': -5, 'tin-tuc': -5}
/** Events and trainings that are over: after the rest, even when the query asks for events. */
const PAST_WEIGHT = -40
/** The kinds of page the query asks for (site/lib/search-query.ts intentOf), before any other. */
const INTENT_WEIGHT = 100
/** How much Pagefind's own score counts, the best result's being this much. */
const RELEVANCE_WEIGHT = 60
/** Per OCOP star of a product: of two teas that match alike, the five-star one first. */
const STAR_WEIGHT = 2
/** Events and trainings on now or about to start, less as their start is further away (SOON_DAYS). */
const SOON_WEIGHT = 15
const SOON_DAYS = 90
const DAY = 24 * 60 * 60 * 1000

export interface Ranked {
  title: string
  kind: string
  /** Pagefind's score, comparable within one search only. */
  score: number
  startsAt?: string
  endsAt?: string
  stars?: number
}

/**
 * The first results in the order a visitor expects, from Pagefind's: how well Pagefind says the
 * words match (the name weighs most), plus more for a title that is the query or starts with it
 * (in Vietnamese the first word names the thing: "Trà sen Tây Hồ" is a tea, "Khay trà khảm trai"
 * a tray), less for one that holds the words further on; the kinds of page the query asks for
 * (`intents`) first, then products, villages, places, producers and events to come, then shops
 * and news, events to come the soonest first; events and trainings that are over last. `words`
 * are the folded words searched, the last one maybe unfinished (`lastIsPrefix`).
 */
export function rankHits<T extends Ranked>(
  hits: readonly T[],
  words: readonly string[],
  {now, lastIsPrefix = false, intents = []}: {now: Date; lastIsPrefix?: boolean; intents?: readonly string[]},
): T[] {
  if (words.length === 0) return [...hits]
  const phrase = words.join(' ')
  const end = lastIsPrefix ? '' : '(?: |$)'
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const startsWith = new RegExp(`^${escaped(phrase)}${end}`)
  const contains = new RegExp(`(?:^| )${escaped(phrase)}${end}`)
  const titleBonus = (title: string) => {
    const folded = foldAll(title).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    if (folded === phrase) return 60
    if (startsWith.test(folded)) return 40
    if (contains.test(folded)) return 10
    const titleWords = folded.split(' ')
    const inTitle = (word: string, index: number) =>
      lastIsPrefix && index === words.length - 1 ? titleWords.some((titleWord) => titleWord.startsWith(word)) : titleWords.includes(word)
    return words.every(inTitle) ? 10 : 0
  }
  const best = Math.max(...hits.map((hit) => hit.score)) || 1
  const score = (hit: T) => {
    const over = hit.endsAt !== undefined && Date.parse(hit.endsAt) < now.getTime()
    const kind = (intents.includes(hit.kind) ? INTENT_WEIGHT : 0) + (over ? PAST_WEIGHT : (KIND_WEIGHTS[hit.kind] ?? 0))
    const days = hit.startsAt && !over ? Math.max(0, (Date.parse(hit.startsAt) - now.getTime()) / DAY) : undefined
    const soon = days === undefined ? 0 : SOON_WEIGHT * Math.max(0, 1 - days / SOON_DAYS)
    return (RELEVANCE_WEIGHT * hit.score) / best + titleBonus(hit.title) + kind + soon + STAR_WEIGHT * (hit.stars ?? 0)
  }
  return hits
    .map((hit, index) => ({hit, index, score: score(hit)}))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({hit}) => hit)
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
