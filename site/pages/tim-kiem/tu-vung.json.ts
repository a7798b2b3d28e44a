import type {APIRoute} from 'astro'
import {searchContent} from '../../lib/content'
import {SEARCH_FILTERS} from '../../lib/search-fields'
import {searchableTexts} from '../../lib/search-index'
import {buildVocabulary} from '../../lib/search-query'
import {recordFilters, searchRecords} from '../../lib/search-records'

/**
 * What the search page checks a query against before searching (site/lib/search-query.ts): every
 * word the search index holds, from the same records, and the days events and trainings end on,
 * for the "upcoming or past" filter. Downloaded with the first search, next to Pagefind's index.
 */
export const GET: APIRoute = async () => {
  const records = searchRecords(await searchContent())
  const ends = new Set(records.flatMap((record) => recordFilters(record)[SEARCH_FILTERS.endsOn] ?? []))
  const places = records.flatMap(({place}) => (place ? [place.name, ...(place.formerDistrict ? [place.formerDistrict] : [])] : []))
  const vocabulary = buildVocabulary(records.map(searchableTexts), places)
  return new Response(JSON.stringify({...vocabulary, ends: [...ends].sort()}), {headers: {'Content-Type': 'application/json'}})
}
