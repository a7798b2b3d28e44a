/**
 * What a visitor's query means, word by word, against the words the search index holds.
 *
 * Pagefind forgives missing tone marks but not much else: a word that matches nothing is dropped
 * or replaced by its longest indexed prefix ("honey" finds "hơn"), which answers nonsense with
 * confident results. So the search page checks every word against the index's own vocabulary
 * (written at build time by site/pages/tim-kiem/tu-vung.json.ts from the same records) first:
 * - a word the index holds is searched as typed;
 * - a word still being typed (the last one, no space after it) may be the start of a word;
 * - telex and VNI leftovers ("ddan", "traf", "chu7ng") are decoded to the word they spell;
 * - a word with a slip ("vogn", "nme") is corrected to the index's nearest words, by edit distance
 *   on words without marks, for the page to offer as "Có phải bạn muốn tìm …";
 * - anything else matches nothing, and the page says so instead of searching without it.
 *
 * This module runs in the build and in the browser: keep it small and free of imports but for
 * search-text.ts.
 */
import {foldAll} from './search-text'

/** The index's words, without marks, lowercase, `d` for `đ`, as far as they are loaded. */
export interface Vocabulary {
  /** Folded word → how it is usually written (lowercase, with its marks) and in how many records. */
  words: Map<string, {form: string; count: number}>
  /** The folded words, sorted, for prefix lookups. */
  sorted: string[]
  /** Names of places, folded (VocabularyIndex). */
  places: Set<string>
  /** The parts of the vocabulary loaded (vocabularyPart), and all there are. */
  loaded: Set<string>
  parts: string[]
}

/**
 * A part of the vocabulary as written at build time: each word as it is usually written
 * (lowercase, with its marks; the folded word is worked out from it), space-separated, and in how
 * many records it is, base 36, in the same order. The vocabulary is written in parts by the first
 * letter of the folded word, so that a search downloads only the parts of its words, and grows
 * with the catalogue only for someone who mistypes.
 */
export type VocabularyPart = {words: string; counts: string}

/** What the search page loads first: the names of the places and the vocabulary's parts. */
export interface VocabularyIndex {
  /** The names of the communes, wards and former districts records are in, folded ("bat trang", "gia lam"). */
  places: string[]
  parts: string[]
}

/** The part of the vocabulary a folded word is in: its first letter, or "0" for digits and the rest. */
export function vocabularyPart(folded: string): string {
  const first = folded.charAt(0)
  return first >= 'a' && first <= 'z' ? first : '0'
}

/** A text's words as the vocabulary counts them: letters and digits, split at anything else. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
}

/** The vocabulary of some texts, one list of texts per record, in parts, and the places they are in. */
export function buildVocabulary(records: readonly (readonly string[])[], places: readonly string[]): {index: VocabularyIndex; parts: Record<string, VocabularyPart>} {
  const counts = new Map<string, {records: number; forms: Map<string, number>}>()
  for (const texts of records) {
    const seen = new Set<string>()
    for (const text of texts) {
      for (const word of wordsOf(text)) {
        const folded = foldAll(word)
        const form = word.toLowerCase()
        let entry = counts.get(folded)
        if (!entry) counts.set(folded, (entry = {records: 0, forms: new Map()}))
        entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1)
        if (!seen.has(folded)) {
          seen.add(folded)
          entry.records++
        }
      }
    }
  }
  const grouped = new Map<string, {form: string; records: number}[]>()
  for (const [folded, {records, forms}] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const form = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]
    const part = vocabularyPart(folded)
    grouped.set(part, [...(grouped.get(part) ?? []), {form, records}])
  }
  const parts = Object.fromEntries(
    [...grouped].map(([part, entries]) => [
      part,
      {words: entries.map(({form}) => form).join(' '), counts: entries.map(({records}) => records.toString(36)).join(' ')},
    ]),
  )
  return {index: {places: [...new Set(places.map(foldAll))].sort(), parts: Object.keys(parts).sort()}, parts}
}

/** A vocabulary with none of its parts loaded yet. */
export function readVocabulary(index: VocabularyIndex): Vocabulary {
  return {words: new Map(), sorted: [], places: new Set(index.places), loaded: new Set(), parts: index.parts}
}

/** Adds a loaded part to the vocabulary. */
export function addVocabularyPart(vocabulary: Vocabulary, name: string, part: VocabularyPart): void {
  const counts = part.counts.split(' ')
  part.words.split(' ').forEach((form, index) => vocabulary.words.set(foldAll(form), {form, count: Number.parseInt(counts[index]!, 36)}))
  vocabulary.sorted = [...vocabulary.words.keys()].sort()
  vocabulary.loaded.add(name)
}

/**
 * The parts of the vocabulary a query needs to be understood: those of its words, as typed and as
 * telex or VNI would spell them. A word that turns out unknown needs them all (its nearest words
 * may start with another letter).
 */
export function partsFor(query: string): string[] {
  return [...new Set(wordsOf(query).flatMap((word) => [vocabularyPart(foldAll(word)), vocabularyPart(untelex(word))]))]
}

/** Whether some word of the vocabulary starts with `prefix`. */
function hasPrefix(vocabulary: Vocabulary, prefix: string): boolean {
  const {sorted} = vocabulary
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! < prefix) low = middle + 1
    else high = middle
  }
  return low < sorted.length && sorted[low]!.startsWith(prefix)
}

/**
 * The word a telex or VNI typist meant, without marks: VNI's digits after a letter (a6 → â,
 * d9 → đ, o7 → ơ, 1–5 tones), telex's doubled letters (dd → đ, aa → â, ee → ê, oo → ô), its w
 * (aw → ă, ow → ơ, uw → ư, a lone w → ư) and its tone keys (s f r x j), which no Vietnamese word
 * has after its first letter (but the r of tr), and z, which removes marks.
 */
export function untelex(word: string): string {
  const lower = foldAll(word)
  if (!/\p{L}/u.test(lower)) return lower
  return lower
    .replace(/(?<=\p{L})[1-9]/gu, '')
    .replace(/dd/g, 'd')
    .replace(/([aeo])\1/g, '$1')
    .replace(/([aou])w/g, '$1')
    .replace(/w/g, 'u')
    .replace(/(?<!^)(?<!^t)[sfrxjz]/g, '')
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: a swap of two neighbours counts one),
 * or `limit + 1` as soon as it must be more than `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    before = previous
    previous = current
  }
  return previous[b.length]!
}

/**
 * The vocabulary's words nearest to an unknown folded word: one edit away for short words, two for
 * words of six letters or more; the nearest first, then the most used. At most `count`.
 */
export function nearestWords(vocabulary: Vocabulary, folded: string, count = 4): string[] {
  if (folded.length < 2 || /^\p{N}+$/u.test(folded)) return []
  const limit = folded.length >= 6 ? 2 : 1
  const found: {word: string; distance: number; uses: number}[] = []
  for (const [word, {count: uses}] of vocabulary.words) {
    if (/^\p{N}+$/u.test(word)) continue
    const distance = editDistance(folded, word, limit)
    if (distance <= limit) found.push({word, distance, uses})
  }
  found.sort((a, b) => a.distance - b.distance || b.uses - a.uses || (a.word < b.word ? -1 : 1))
  return found.slice(0, count).map(({word}) => word)
}

export interface QueryWord {
  /** As typed (NFC). */
  typed: string
  /**
   * known: the index holds it; partial: the start of a word, still being typed; decoded: telex or
   * VNI for a word the index holds (`searched`); near: unknown, but close to the `candidates`;
   * unknown: nothing like it in the index.
   */
  kind: 'known' | 'partial' | 'decoded' | 'near' | 'unknown'
  /** What to search for: the folded word, decoded where it was telex or VNI. */
  searched: string
  /** For `near`: the folded words it may have meant, the likeliest first. */
  candidates: string[]
}

/**
 * Each word of a query and what to search for it. `typing`: the visitor may still be typing the
 * last word (no space after it yet), so its start is enough.
 */
export function understand(query: string, vocabulary: Vocabulary, {typing = false} = {}): QueryWord[] {
  const typed = wordsOf(query)
  const open = typing && /[\p{L}\p{M}\p{N}]$/u.test(query.normalize('NFC'))
  return typed.map((word, index): QueryWord => {
    const folded = foldAll(word)
    const plain = {typed: word, searched: folded, candidates: []}
    if (vocabulary.words.has(folded) || QUESTION_WORDS.has(folded)) return {...plain, kind: 'known'}
    if (open && index === typed.length - 1 && hasPrefix(vocabulary, folded)) return {...plain, kind: 'partial'}
    const decoded = untelex(word)
    if (decoded !== folded && vocabulary.words.has(decoded)) return {...plain, kind: 'decoded', searched: decoded}
    // Decoding that took out more than one letter made a guess of a word that is no telex at all ("pizza").
    const fromDecoded = decoded !== folded && decoded.length >= folded.length - 1 ? nearestWords(vocabulary, decoded) : []
    const candidates = [...new Set([...fromDecoded, ...nearestWords(vocabulary, folded)])].slice(0, 4)
    return candidates.length > 0 ? {...plain, kind: 'near', candidates} : {...plain, kind: 'unknown'}
  })
}

/** How a folded word is usually written ("vong" → "vòng"), for suggestions a visitor reads. */
export function usualForm(vocabulary: Vocabulary, folded: string): string {
  return vocabulary.words.get(folded)?.form ?? folded
}

/**
 * Words that say what kind of page a visitor wants rather than what it is about: "mua gốm ở đâu"
 * wants a shop, "lịch hội chợ Tết" an event. The kinds (SEARCH_TYPES values) come first in the
 * results; `aside`: the words name no thing, so a search that finds nothing with them is tried
 * without them. Folded, the longest first where one contains another ("hoi cho" before "cho").
 */
const INTENTS: {words: string; kinds: string[]; aside?: boolean}[] = [
  {words: 'hoi cho', kinds: ['su-kien']},
  {words: 'trien lam', kinds: ['su-kien']},
  {words: 'tuan hang', kinds: ['su-kien']},
  {words: 'su kien', kinds: ['su-kien']},
  {words: 'lich', kinds: ['su-kien', 'dao-tao'], aside: true},
  {words: 'khi nao', kinds: ['su-kien', 'dao-tao'], aside: true},
  {words: 'tap huan', kinds: ['dao-tao']},
  {words: 'dao tao', kinds: ['dao-tao']},
  {words: 'boi duong', kinds: ['dao-tao']},
  {words: 'lop hoc', kinds: ['dao-tao']},
  {words: 'diem ban', kinds: ['diem-ban']},
  {words: 'diem gioi thieu', kinds: ['diem-ban']},
  {words: 'cua hang', kinds: ['diem-ban']},
  {words: 'sieu thi', kinds: ['diem-ban']},
  {words: 'cho', kinds: ['diem-ban']},
  {words: 'mua', kinds: ['diem-ban'], aside: true},
  {words: 'o dau', kinds: ['diem-ban'], aside: true},
  {words: 'tin tuc', kinds: ['tin-tuc']},
  {words: 'thong bao', kinds: ['tin-tuc']},
  {words: 'van ban', kinds: ['tin-tuc']},
  {words: 'lang nghe', kinds: ['lang-nghe']},
  {words: 'hop tac xa', kinds: ['chu-the']},
  {words: 'htx', kinds: ['chu-the']},
  {words: 'cong ty', kinds: ['chu-the']},
  {words: 'ho kinh doanh', kinds: ['chu-the']},
  {words: 'chu the', kinds: ['chu-the']},
  // Words of a question, which name nothing: "tôi cần tìm nón lá", "nón lá là gì".
  ...['toi', 'can', 'tim', 'muon', 'xem', 'giup', 'nao', 'la gi', 'nhu the nao'].map((words) => ({words, kinds: [], aside: true})),
]

/** Single words that only ask, which a search may leave out even where the index lacks them. */
const QUESTION_WORDS = new Set(INTENTS.filter((intent) => intent.aside && !intent.words.includes(' ')).map((intent) => intent.words))

/** Words that name a kind of place, before or after its name: "huyện Thanh Oai cũ", "xã Bát Tràng". */
const PLACE_WORDS = new Set(['xa', 'phuong', 'huyen', 'quan', 'thi', 'cu'])

export interface Intent {
  /** The kinds of page the query asks for, first in the results. */
  kinds: string[]
  /** Where the words that only say what kind of page is wanted are ("mua", "o dau"). */
  aside: number[]
}

/**
 * What kind of page a query asks for: a place (every word is the name of a commune, ward or former
 * district, or says "xã", "huyện"…), or the kinds its words name (INTENTS).
 */
export function intentOf(words: readonly string[], vocabulary: Vocabulary): Intent {
  const kinds = new Set<string>()
  const aside = new Set<number>()
  const taken = new Set<number>()
  for (const intent of INTENTS) {
    const phrase = intent.words.split(' ')
    for (let start = 0; start + phrase.length <= words.length; start++) {
      const at = phrase.map((_, offset) => start + offset)
      if (at.some((index) => taken.has(index)) || phrase.some((word, offset) => words[start + offset] !== word)) continue
      intent.kinds.forEach((kind) => kinds.add(kind))
      at.forEach((index) => (taken.add(index), intent.aside && aside.add(index)))
    }
  }
  const named = words.filter((word) => !PLACE_WORDS.has(word)).join(' ')
  // A place's page, and its craft villages, which are places to visit.
  if (named !== '' && vocabulary.places.has(named)) kinds.add('dia-ban').add('lang-nghe')
  return {kinds: [...kinds], aside: [...aside].sort((a, b) => a - b)}
}
