import type {APIRoute} from 'astro'
import {all} from '../../lib/content'
import {openDataProducts} from '../../lib/open-data'

/** Every published product as JSON: an array of records (site/lib/open-data.ts documents the keys). */
export const GET: APIRoute = async ({site}) =>
  new Response(`${JSON.stringify(openDataProducts(await all('products'), site!), null, 2)}\n`, {
    headers: {'Content-Type': 'application/json; charset=utf-8'},
  })
