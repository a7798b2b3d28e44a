/**
 * What a submission would change, worked out without a client: shared by the comparison view (what
 * the editor sees) and by "Áp dụng" (what gets written), so the two never disagree.
 */

/** The parts of a shop link that say where it leads. */
export interface LinkLike {
  _key?: string
  kind?: string
  url?: string
  label?: string
}

export type LinkChange = 'added' | 'removed' | 'unchanged'

export interface LinkChanges<T extends LinkLike> {
  /** The current links, each `removed` or `unchanged`. */
  current: {link: T; change: Exclude<LinkChange, 'added'>}[]
  /** The proposed links, each `added` or `unchanged`. */
  proposed: {link: T; change: Exclude<LinkChange, 'removed'>}[]
}

/** Two links are the same when they have the same kind and address (labels may differ). */
const linkIdentity = (link: LinkLike) => `${link.kind ?? ''} ${(link.url ?? '').trim()}`

/** Marks each current link removed or unchanged, and each proposed link added or unchanged. */
export function compareLinks<T extends LinkLike>(current: readonly T[], proposed: readonly T[]): LinkChanges<T> {
  const currentIds = new Set(current.map(linkIdentity))
  const proposedIds = new Set(proposed.map(linkIdentity))
  return {
    current: current.map((link) => ({link, change: proposedIds.has(linkIdentity(link)) ? 'unchanged' : 'removed'})),
    proposed: proposed.map((link) => ({link, change: currentIds.has(linkIdentity(link)) ? 'unchanged' : 'added'})),
  }
}

/** Lowercase Latin letters and digits separated by single spaces: "Xã Bát  Tràng" → "xa bat trang". */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

const AREA_PREFIX = /^(xa|phuong) /

export interface AreaLike {
  _id: string
  name?: string
  kind?: string
}

export type AreaMatch<T extends AreaLike> =
  | {status: 'matched'; area: T}
  | {status: 'ambiguous'; candidates: T[]}
  | {status: 'none'}

/**
 * The commune a name written by a sender stands for: "xã Bát Tràng", "Bat Trang" and "BÁT TRÀNG"
 * all find Bát Tràng. Only a single match counts; when a name belongs to both a xã and a phường,
 * the "xã"/"phường" the sender wrote decides, and without it the match is ambiguous.
 */
export function matchArea<T extends AreaLike>(areas: readonly T[], areaName: string | undefined): AreaMatch<T> {
  const written = foldName(areaName ?? '')
  if (!written) return {status: 'none'}
  const prefix = AREA_PREFIX.exec(written)?.[1]
  const withoutPrefix = written.replace(AREA_PREFIX, '')
  // Area names are stored without "xã"/"phường", but some start with a word that folds the same ("Phương Liệt").
  const byName = areas.filter((area) => [written, withoutPrefix].includes(foldName(area.name ?? '')))
  const candidates = byName.length > 1 && prefix ? byName.filter((area) => area.kind === prefix && foldName(area.name ?? '') === withoutPrefix) : byName
  if (candidates.length === 1) return {status: 'matched', area: candidates[0]}
  return byName.length === 0 ? {status: 'none'} : {status: 'ambiguous', candidates: byName}
}

/** Words in nearly every shop's name, which say nothing about which shop it is. */
const GENERIC_WORDS = new Set(['cua', 'hang', 'diem', 'ban', 'san', 'pham', 'ocop', 'gioi', 'thieu', 'va', 'tai', 'showroom'])

const nameWords = (name: string) => new Set(foldName(name).split(' ').filter((word) => word && !GENERIC_WORDS.has(word)))

/** Digits of a phone number, with +84 written as 0. */
const phoneDigits = (phone: string | undefined) => (phone ?? '').replace(/\D/g, '').replace(/^84/, '0')

export interface PlaceLike {
  _id: string
  name?: string
  phone?: string
}

/**
 * Existing places that may be the one proposed: the same phone number, or names sharing most of
 * their distinctive words ("Cửa hàng lụa Vạn Phúc" and "Cửa hàng lụa đầu làng Vạn Phúc").
 */
export function similarPlaces<T extends PlaceLike>(proposed: {name?: string; phone?: string}, places: readonly T[]): T[] {
  const words = nameWords(proposed.name ?? '')
  const phone = phoneDigits(proposed.phone)
  return places.filter((place) => {
    if (phone.length >= 8 && phoneDigits(place.phone) === phone) return true
    const other = nameWords(place.name ?? '')
    const shared = [...words].filter((word) => other.has(word)).length
    const smaller = Math.min(words.size, other.size)
    return smaller >= 2 && shared / smaller >= 0.75
  })
}
