import type {APIRoute} from 'astro'
import {shortLinkPaths} from '../lib/content'
import {qrSvg} from '../lib/packaging'
import type {Redirect} from '../lib/redirects'

export const getStaticPaths = shortLinkPaths

/** The QR code of the short link, as SVG for package designers. */
export const GET: APIRoute<{redirect: Redirect}> = async ({props: {redirect}, site}) =>
  new Response(await qrSvg(new URL(redirect.from, site).href), {headers: {'Content-Type': 'image/svg+xml'}})
