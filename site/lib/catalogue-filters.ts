/**
 * The catalogue's filter state and its URL, shared by the page (which writes the links) and its
 * script (which follows them without reloading). Only search-fields.ts is imported: the browser
 * loads this too.
 */
import {CATALOGUE_SORTS, SEARCH_FILTERS, VALID_CERTIFICATE, type CatalogueSort} from './search-fields'

/** The filters that combine, in the order the panel shows them; each is a Pagefind filter and a URL parameter. */
export const CATALOGUE_FILTERS = [SEARCH_FILTERS.group, SEARCH_FILTERS.stars, SEARCH_FILTERS.area, SEARCH_FILTERS.district, SEARCH_FILTERS.valid] as const

export type CatalogueFilter = (typeof CATALOGUE_FILTERS)[number]

/** URL parameters besides the filters. */
export const CATALOGUE_PARAMS = {sort: 'sap-xep', page: 'trang'} as const

/** The order when none is chosen: A–Z, as the static pages list. */
export const DEFAULT_SORT: CatalogueSort = 'ten'

export interface CatalogueState {
  filters: Partial<Record<CatalogueFilter, string>>
  sort: CatalogueSort
  /** 1-based. */
  page: number
}

const isSort = (value: string | null): value is CatalogueSort => value !== null && Object.hasOwn(CATALOGUE_SORTS, value)

/** The state a /san-pham/?… query asks for; unknown parameters and values are ignored. */
export function stateFromQuery(query: URLSearchParams): CatalogueState {
  const filters: CatalogueState['filters'] = {}
  for (const name of CATALOGUE_FILTERS) {
    const value = query.get(name)?.trim()
    if (value && /^[a-z0-9-]+$/.test(value) && (name !== SEARCH_FILTERS.valid || value === VALID_CERTIFICATE)) filters[name] = value
  }
  const sort = query.get(CATALOGUE_PARAMS.sort)
  const page = Number(query.get(CATALOGUE_PARAMS.page))
  return {filters, sort: isSort(sort) ? sort : DEFAULT_SORT, page: Number.isInteger(page) && page > 1 ? page : 1}
}

/** The catalogue's address for a state: /san-pham/?nhom=do-uong&sao=4; the filters in a fixed order, so equal states share one URL. */
export function queryUrl(state: CatalogueState): string {
  const query = new URLSearchParams()
  for (const name of CATALOGUE_FILTERS) if (state.filters[name]) query.set(name, state.filters[name])
  if (state.sort !== DEFAULT_SORT) query.set(CATALOGUE_PARAMS.sort, state.sort)
  if (state.page > 1) query.set(CATALOGUE_PARAMS.page, String(state.page))
  const text = query.toString()
  return text ? `/san-pham/?${text}` : '/san-pham/'
}

/** The state after choosing a filter value: it is set, or unset if it was set already; back to page 1. */
export function toggleFilter(state: CatalogueState, name: CatalogueFilter, value: string): CatalogueState {
  const filters = {...state.filters}
  if (filters[name] === value || value === '') delete filters[name]
  else filters[name] = value
  return {...state, filters, page: 1}
}

/** How many filters are set (the sort is not one), for the "Lọc (2)" button. */
export const filterCount = (state: CatalogueState) => Object.values(state.filters).filter(Boolean).length
