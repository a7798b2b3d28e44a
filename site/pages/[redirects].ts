import type {APIRoute} from 'astro'
import {redirects} from '../lib/content'
import {redirectsFile} from '../lib/redirects'

// Astro skips page files whose names start with "_", so `_redirects` gets its name from a parameter.
export function getStaticPaths() {
  return [{params: {redirects: '_redirects'}}]
}

/** The redirects for static hosts that read a `_redirects` file (Netlify, Cloudflare Pages). */
export const GET: APIRoute = async () =>
  new Response(redirectsFile(await redirects()), {headers: {'Content-Type': 'text/plain; charset=utf-8'}})
