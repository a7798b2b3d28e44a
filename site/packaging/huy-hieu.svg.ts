import type {APIRoute} from 'astro'
import {buildToday} from '../lib/build-clock'
import {all} from '../lib/content'
import type {Product} from '../lib/content-schemas'
import {isExpired} from '../lib/ocop'
import {badgeSvg} from '../lib/packaging'
import {shortCode} from '../lib/short-links'

export async function getStaticPaths() {
  return (await all('products')).map((product) => ({params: {code: shortCode(product._id)}, props: {product}}))
}

/** The "OCOP Hà Nội" badge of a product, with its stars; at the short link, so a rename never breaks it. */
export const GET: APIRoute<{product: Product}> = ({props: {product}}) =>
  new Response(badgeSvg({stars: product.ocop.stars, expired: isExpired(product.ocop.expiresOn, buildToday())}), {headers: {'Content-Type': 'image/svg+xml'}})
