import type {APIRoute} from 'astro'
import {buildToday} from '../lib/build-clock'
import {all, shortLinkPaths} from '../lib/content'
import {isExpired} from '../lib/ocop'
import type {PackagingList} from '../lib/packaging-files'
import {shortCode} from '../lib/short-links'

/**
 * What goes under each short link besides its page: the QR codes of every short link and the badge
 * of every product, as the endpoints of site/packaging/ make them in the dev server. The build
 * writes these files after rendering, in worker threads (site/integrations/packaging.ts), which
 * read this list and delete it: it is never published.
 */
export const GET: APIRoute = async ({site}) => {
  const today = buildToday()
  const list: PackagingList = {
    qr: (await shortLinkPaths()).map(({params: {code}, props: {redirect}}) => ({code: code!, url: new URL(redirect.from, site).href})),
    badges: (await all('products')).map((product) => ({
      code: shortCode(product._id),
      badge: {stars: product.ocop.stars, expired: isExpired(product.ocop.expiresOn, today)},
    })),
  }
  return new Response(JSON.stringify(list))
}
