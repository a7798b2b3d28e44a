const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** Returns the link if its scheme is http, https, mailto or tel; anything else never reaches a page. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined
  const trimmed = href.trim()
  try {
    return SAFE_SCHEMES.has(new URL(trimmed).protocol) ? trimmed : undefined
  } catch {
    return undefined
  }
}

/** The path of a product page. */
export const productPath = (slug: string) => `/san-pham/${slug}/`
