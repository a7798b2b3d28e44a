import type {APIRoute} from 'astro'
import {shortLinkPaths} from '../lib/content'
import {qrPng} from '../lib/packaging'
import type {Redirect} from '../lib/redirects'

export const getStaticPaths = shortLinkPaths

/** The QR code of the short link, as a PNG for printing. */
export const GET: APIRoute<{redirect: Redirect}> = async ({props: {redirect}, site}) =>
  new Response(new Uint8Array(qrPng(new URL(redirect.from, site).href)), {headers: {'Content-Type': 'image/png'}})
