import {documentPath, type PageType} from '../../schemas/lib/paths'

export {documentPath}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * Returns the link if its scheme is http, https, mailto or tel, or, with `relative`, if it is a path
 * on this site ("/files/…"); anything else never reaches a page. Every address from content goes through it.
 */
export function safeHref(href: unknown, {relative = false}: {relative?: boolean} = {}): string | undefined {
  if (typeof href !== 'string') return undefined
  const trimmed = href.trim()
  // A path of this site: one slash, then no second slash or backslash, which browsers read as another host; no control character.
  if (relative && /^\/(?![/\\])[^\u0000-\u001f\u007f\\]*$/.test(trimmed)) return trimmed
  try {
    return SAFE_SCHEMES.has(new URL(trimmed).protocol) ? trimmed : undefined
  } catch {
    return undefined
  }
}

/** The path of a document's page from its type and slug. */
export const pagePath = (type: PageType, slug: string) => documentPath(type, slug)

/** The path of a product page. */
export const productPath = (slug: string) => documentPath('product', slug)

/** The page for a product's producer, with its QR code, badge and shop-link form: /san-pham/<slug>/chu-the/. */
export const productToolsPath = (slug: string) => `${productPath(slug)}chu-the/`

/** A tel: link from a phone number as people write it: "024 3825 1234" → "tel:+842438251234". */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '')
  return `tel:${digits.startsWith('0') ? `+84${digits.slice(1)}` : digits}`
}

/** Directions to a place in the visitor's map app (a plain https link that opens Google Maps). */
export function directionsHref(location: {lat: number; lng: number}): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${location.lat},${location.lng}`
}

/** True for links that leave this site. */
export const isExternal = (href: string) => /^https?:/i.test(href)
