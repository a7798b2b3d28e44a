/**
 * Small helpers the content modules share: references, slugs, dates, Portable Text written as
 * short marked-up lines, and placeholders for the images and files that build.ts generates.
 */
import {addMonths} from '../../schemas/lib/dates.ts'
import {vietnameseSlug} from '../../schemas/lib/slug.ts'

export {vietnameseSlug}

/** A Sanity document before build.ts adds `_key`s, system fields and asset references. */
export interface Doc {
  _id: string
  _type: string
  [field: string]: unknown
}

export interface Reference {
  _type: 'reference'
  _ref: string
}

export const ref = (id: string): Reference => ({_type: 'reference', _ref: id})

export const refs = (ids: readonly string[]): Reference[] => ids.map(ref)

export const slug = (current: string) => ({_type: 'slug' as const, current})

/** The slug of a name, made by the Studio's own rule. */
export const slugOf = (name: string) => slug(vietnameseSlug(name))

// ---------------------------------------------------------------------------------------------
// Dates

export {addMonths}

export {DATASET_TODAY} from './today.ts'

/**
 * A Hà Nội local time (UTC+7, no daylight saving) as an ISO instant in UTC:
 * hanoi('2026-12-08', '8:30') → '2026-12-08T01:30:00Z'.
 */
export function hanoi(date: string, time: string): string {
  const [h, m] = time.split(':').map(Number)
  const instant = new Date(`${date}T00:00:00Z`)
  instant.setUTCMinutes(h * 60 + m - 7 * 60)
  return instant.toISOString().replace('.000Z', 'Z')
}

// ---------------------------------------------------------------------------------------------
// OCOP ratings

export type Stars = 3 | 4 | 5

export interface RatingInput {
  stars: Stars
  decision: string
  date: string
  potential?: boolean
}

/** A complete certificate: 5 stars are issued nationally, 3–4 by the city; valid 36 months. */
export function ocop({stars, decision, date, potential = false}: RatingInput) {
  return {
    _type: 'ocopRating',
    stars,
    potentialFiveStars: potential,
    decisionNumber: decision,
    decisionDate: date,
    issuer: stars === 5 ? 'bo-nong-nghiep' : 'ubnd-ha-noi',
    expiresOn: addMonths(date, 36),
  }
}

// ---------------------------------------------------------------------------------------------
// Portable Text

interface Span {
  _type: 'span'
  text: string
  marks: string[]
}

interface Block {
  _type: 'block'
  style: string
  markDefs: {_key: string; _type: 'link'; href: string}[]
  children: Span[]
  listItem?: 'bullet' | 'number'
  level?: number
}

let linkCounter = 0

/** Splits "text with [a link](https://…) and **bold** words" into spans and link definitions. */
function inline(text: string): Pick<Block, 'markDefs' | 'children'> {
  const markDefs: Block['markDefs'] = []
  const children: Span[] = []
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*/g
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0
    if (index > last) children.push({_type: 'span', text: text.slice(last, index), marks: []})
    if (match[1] !== undefined) {
      const key = `l${(++linkCounter).toString(36)}`
      markDefs.push({_key: key, _type: 'link', href: match[2]})
      children.push({_type: 'span', text: match[1], marks: [key]})
    } else {
      children.push({_type: 'span', text: match[3], marks: ['strong']})
    }
    last = index + match[0].length
  }
  if (last < text.length) children.push({_type: 'span', text: text.slice(last), marks: []})
  return {markDefs, children}
}

/**
 * Portable Text from short lines: "## Heading", "### Subheading", "- bullet", "1. numbered",
 * "> quote", anything else a paragraph. Inline: [label](https://…) and **bold**.
 */
export function rich(...lines: string[]): Block[] {
  return lines.map((line) => {
    const heading = /^(#{2,3}) (.*)$/.exec(line)
    if (heading) return {_type: 'block', style: heading[1] === '##' ? 'h2' : 'h3', ...inline(heading[2])}
    const bullet = /^- (.*)$/.exec(line)
    if (bullet) return {_type: 'block', style: 'normal', listItem: 'bullet', level: 1, ...inline(bullet[1])}
    const numbered = /^\d+\. (.*)$/.exec(line)
    if (numbered) return {_type: 'block', style: 'normal', listItem: 'number', level: 1, ...inline(numbered[1])}
    const quote = /^> (.*)$/.exec(line)
    if (quote) return {_type: 'block', style: 'blockquote', ...inline(quote[1])}
    return {_type: 'block', style: 'normal', ...inline(line)}
  })
}

// ---------------------------------------------------------------------------------------------
// Images and files: placeholders that build.ts renders, stores and replaces with asset fields

/** Product groups and the other colour families the image generator knows. */
export type Palette =
  | 'thuc-pham'
  | 'do-uong'
  | 'duoc-lieu'
  | 'thu-cong-my-nghe'
  | 'sinh-vat-canh'
  | 'du-lich'
  | 'event'
  | 'shop'
  | 'village'

export interface ImageSpec {
  /** The drawing: a key of MOTIFS or SCENES in images.ts. */
  motif: string
  palette: Palette
  /** Makes the composition and tints differ between images with the same motif. */
  seed: string
  /** 'wide' is 1200×800 (the default), 'square' 400×400 (logos). */
  shape?: 'wide' | 'square'
  /** A second, smaller motif beside the main one. */
  companion?: string
}

export interface ImagePlaceholder {
  _type: 'accessibleImage'
  alt: string
  caption?: string
  __image: ImageSpec
}

export const image = (spec: ImageSpec, alt: string, caption?: string): ImagePlaceholder => ({
  _type: 'accessibleImage',
  alt,
  ...(caption ? {caption} : {}),
  __image: spec,
})

export interface PdfSpec {
  /** ASCII lines of the generated PDF: the first is its title. */
  lines: string[]
  /** The name the file had on the editor's computer, kept as the asset's originalFilename. */
  filename: string
}

export const attachment = (title: string, pdf: PdfSpec) => ({
  _type: 'attachment',
  title,
  file: {_type: 'file', __pdf: pdf},
})

const WEEK = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const

/** "mo-sa" or "fr,sa" → the weekdays it names. */
function weekdays(spec: string): string[] {
  return spec.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-') as [(typeof WEEK)[number], (typeof WEEK)[number]?]
    return WEEK.slice(WEEK.indexOf(from), WEEK.indexOf(to) + 1)
  })
}

export interface HoursExceptionInput {
  from: string
  to?: string
  reason: string
  /** Other hours those days; absent: closed. */
  opens?: string
  closes?: string
}

/** Structured opening hours (schema type weeklyHours) from rows of [days, opens, closes]. */
export function weeklyHours(rows: [days: string, opens: string, closes: string][], extra: {exceptions?: HoursExceptionInput[]; note?: string} = {}) {
  return {
    _type: 'weeklyHours',
    weekly: rows.map(([days, opens, closes]) => ({_type: 'hoursRow', days: weekdays(days), opens, closes})),
    ...(extra.exceptions?.length
      ? {
          exceptions: extra.exceptions.map(({from, to, reason, opens, closes}) => ({
            _type: 'hoursException',
            reason,
            from,
            ...(to ? {to} : {}),
            closed: !opens,
            ...(opens ? {opens, closes} : {}),
          })),
        }
      : {}),
    ...(extra.note ? {note: extra.note} : {}),
  }
}

/** Tết Đinh Mùi: the first day of the lunar year 2027 is 6/2/2027; shops close from the 30th to mùng 4. */
export const TET_2027: HoursExceptionInput = {from: '2027-02-05', to: '2027-02-09', reason: 'Nghỉ Tết Nguyên đán'}
