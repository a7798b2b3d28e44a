import type {APIRoute} from 'astro'
import {isDraftPreview} from '../lib/env'

/** Lets every crawler in and points it at the sitemap; keeps them all out of the draft preview. */
export const GET: APIRoute = ({site}) =>
  new Response(isDraftPreview() ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`, {
    headers: {'Content-Type': 'text/plain; charset=utf-8'},
  })
