/**
 * Short links for packaging: `/p/<code>/` leads to a product's or producer's page.
 *
 * The code is derived from the document's `_id`, which Sanity never changes, rather than stored in
 * a field: it exists for every document from its first publish (imported ones too), no editor can
 * change or clear it, and renaming the product or changing its slug leaves it as it was. Seven
 * characters from 31 give 27 billion codes; `redirectsOf` (redirects.ts) stops the build if two
 * documents ever share one.
 */
import {createHash} from 'node:crypto'

/** Lowercase letters and digits without those read or typed as one another: 0/o, 1/l/i. */
export const SHORT_CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz'
export const SHORT_CODE_LENGTH = 7

/** The short code of a document: the same for its draft and its published version. */
export function shortCode(id: string): string {
  const published = id.replace(/^drafts\./, '')
  let value = BigInt(`0x${createHash('sha256').update(published).digest('hex').slice(0, 16)}`)
  const base = BigInt(SHORT_CODE_ALPHABET.length)
  let code = ''
  for (let i = 0; i < SHORT_CODE_LENGTH; i++) {
    code += SHORT_CODE_ALPHABET[Number(value % base)]
    value /= base
  }
  return code
}

/** The short link's path: /p/k3m9x2a/. */
export const shortPath = (code: string) => `/p/${code}/`

/** Where the files for packaging live, next to the short link: /p/k3m9x2a/qr.svg. */
export const packagingFile = (code: string, file: 'qr.svg' | 'qr.png' | 'huy-hieu.svg') => `${shortPath(code)}${file}`
