import type {APIRoute} from 'astro'
import {all} from '../../lib/content'
import {openDataProducts, toCsv} from '../../lib/open-data'

/** Every published product as CSV for spreadsheets, with a Vietnamese header row. */
export const GET: APIRoute = async ({site}) =>
  new Response(toCsv(openDataProducts(await all('products'), site!)), {headers: {'Content-Type': 'text/csv; charset=utf-8'}})
