import type {APIRoute} from 'astro'
import {searchIndexRecords} from '../../lib/content'
import {SEARCH_FILTERS} from '../../lib/search-fields'
import {searchVocabulary} from '../../lib/search-index'
import {recordFilters} from '../../lib/search-records'

/**
 * What the search page loads before it checks a query (site/lib/search-query.ts): the names of the
 * places records are in, the parts of the index's vocabulary (site/pages/tim-kiem/tu-vung/), and
 * the days events and trainings end on, for the "upcoming or past" filter.
 */
export const GET: APIRoute = async () => {
  const records = await searchIndexRecords()
  const ends = new Set(records.flatMap((record) => recordFilters(record)[SEARCH_FILTERS.endsOn] ?? []))
  const {index} = searchVocabulary(records)
  return new Response(JSON.stringify({...index, ends: [...ends].sort()}), {headers: {'Content-Type': 'application/json'}})
}
