/**
 * The catalogue's filters that combine: group × stars × place × still valid, and an order. The
 * static listings stay as they are until a visitor chooses; from then on the state lives in the
 * /san-pham/?… address (one history entry per choice), and Pagefind, which the site ships for
 * search, lists the matching products and counts what each other choice would leave, downloading
 * only the filters and the results shown.
 */
import {PAGE_SIZE} from '../lib/catalogue'
import {
  CATALOGUE_FILTERS,
  filterCount,
  queryUrl,
  stateFromQuery,
  toggleFilter,
  type CatalogueFilter,
  type CatalogueState,
} from '../lib/catalogue-filters'
import {CATALOGUE_INDEX_ORDER, CATALOGUE_INDEX_PATH, CATALOGUE_SORTS, SEARCH_FILTERS, VALID_CERTIFICATE, type CatalogueSort} from '../lib/search-fields'
import {loadPagefind, type FilterCounts, type PagefindFilters, type PagefindFragment} from '../lib/search-client'

const ANY = {none: ['-']}

/** The filters whose lists are folded in the panel. */
const PLACE_FILTERS: readonly CatalogueFilter[] = [SEARCH_FILTERS.area, SEARCH_FILTERS.district]
const PLACE_LINKS = PLACE_FILTERS.map((name) => `a[data-filter="${name}"]`).join(', ')

const root = document.querySelector<HTMLElement>('[data-catalogue]')
if (root) enhance(root)

interface Outcome {
  total: number
  counts: FilterCounts
  fragments: PagefindFragment[]
}

function enhance(root: HTMLElement) {
  const panel = root.querySelector<HTMLElement>('[data-browse]')!
  const panelHome = root.querySelector<HTMLElement>('[data-panel-home]')!
  const results = root.querySelector<HTMLElement>('[data-results]')!
  const pager = root.querySelector<HTMLElement>('[data-pager]')!
  const status = root.querySelector<HTMLElement>('[data-status]')!
  const openButton = root.querySelector<HTMLButtonElement>('[data-open-filters]')!
  const dialog = document.querySelector<HTMLDialogElement>('[data-filters-dialog]')!
  const heading = document.querySelector<HTMLElement>('main h1')!
  const lead = document.querySelector<HTMLElement>('.listing__lead')
  const original = {results: results.innerHTML, pager: pager.innerHTML, heading: heading.textContent, title: document.title}
  const fromPage = JSON.parse(root.dataset.state!) as CatalogueState

  for (const row of panel.querySelectorAll<HTMLElement>('[data-enhanced]')) row.hidden = false
  const query = new URLSearchParams(location.search)
  let state = location.pathname === '/san-pham/' && [...query.keys()].length > 0 ? stateFromQuery(query) : fromPage
  let counted = false
  let latest = 0
  // Pagefind answers null to a search overtaken by a newer one: counting (the panel opened, a
  // place list unfolded) and listing take turns (searchFor), or one of them would show nothing.
  let turn: Promise<unknown> = Promise.resolve()
  history.replaceState({catalogue: state, original: state === fromPage}, '')
  showState(state)
  if (state !== fromPage) void render(state)

  // The filters are visible beside the list on wide screens: count them when the browser is idle.
  if (matchMedia('(min-width: 64rem)').matches) requestIdleCallback(() => void refresh(), {timeout: 2000})
  // The place lists stay folded until asked for, and so do their counts (two of the catalogue
  // index's largest files): they are counted when a list is unfolded.
  const placeLists = [...panel.querySelectorAll<HTMLDetailsElement>('details')].filter((list) => list.querySelector(PLACE_LINKS))
  const placesShown = () => placeLists.some((list) => list.open)
  for (const list of placeLists) list.addEventListener('toggle', () => list.open && void refresh())

  openButton.addEventListener('click', () => {
    dialog.querySelector('[data-panel-slot]')!.append(panel)
    dialog.showModal()
    void refresh()
  })
  dialog.addEventListener('close', () => panelHome.append(panel))
  for (const close of dialog.querySelectorAll('[data-close-filters]')) close.addEventListener('click', () => dialog.close())

  // Links inside the panel (wherever it is) and the pager: the same addresses, without reloading.
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter], a[data-sort], a[data-page]')
    if (!link || !(panel.contains(link) || pager.contains(link))) return
    event.preventDefault()
    if (link.getAttribute('aria-disabled') === 'true') return
    go(nextState(state, link))
    if (link.dataset.page) results.scrollIntoView({block: 'start'})
  })

  addEventListener('popstate', (event) => {
    const saved = (event.state as {catalogue?: CatalogueState; original?: boolean} | null) ?? null
    if (!saved?.catalogue) return
    state = saved.catalogue
    showState(state)
    if (saved.original) restore()
    else void render(state)
  })

  function go(next: CatalogueState) {
    state = next
    history.pushState({catalogue: next}, '', queryUrl(next))
    showState(next)
    void render(next)
  }

  /** The links, the "Lọc (n)" button and the current marks, for a state; no counts yet. */
  function showState(current: CatalogueState) {
    for (const link of panel.querySelectorAll<HTMLAnchorElement>('a[data-filter], a[data-sort]')) {
      const next = nextState(current, link)
      const chosen = link.dataset.sort ? current.sort === link.dataset.sort : (current.filters[link.dataset.filter as CatalogueFilter] ?? '') === link.dataset.value
      link.href = queryUrl(next)
      if (chosen) link.setAttribute('aria-current', 'true')
      else link.removeAttribute('aria-current')
    }
    const set = filterCount(current)
    openButton.textContent = set > 0 ? `Lọc (${set})` : 'Lọc'
    openButton.setAttribute('aria-label', set > 0 ? `Lọc, ${set} bộ lọc đang chọn` : 'Lọc')
  }

  function restore() {
    results.innerHTML = original.results
    pager.innerHTML = original.pager
    heading.textContent = original.heading
    if (lead) lead.hidden = false
    document.title = original.title
    status.textContent = ''
    if (counted) void refresh()
  }

  /** Counts only (the panel opened on a static listing). */
  async function refresh() {
    const outcome = await searchFor(state, false)
    if (outcome) showCounts(outcome)
  }

  async function render(current: CatalogueState) {
    const id = ++latest
    status.textContent = 'Đang tải…'
    let outcome: Outcome | null
    try {
      outcome = await searchFor(current, true)
    } catch {
      if (id === latest) status.textContent = 'Không tải được bộ lọc. Kiểm tra kết nối rồi thử lại.'
      return
    }
    if (!outcome || id !== latest) return
    showCounts(outcome)
    showResults(current, outcome)
  }

  function searchFor(current: CatalogueState, withPage: boolean): Promise<Outcome | null> {
    const run = turn.then(() => searchNow(current, withPage))
    turn = run.catch(() => undefined)
    return run
  }

  /** The matching products (with their page's fragments when `withPage`) and, per filter, what each value would leave. */
  async function searchNow(current: CatalogueState, withPage: boolean): Promise<Outcome | null> {
    const engine = await loadPagefind(`/${CATALOGUE_INDEX_PATH}/`)
    const {key, direction} = CATALOGUE_SORTS[current.sort]
    const sort = current.sort === CATALOGUE_INDEX_ORDER ? undefined : {[key]: direction}
    // Pagefind counts only the filters a search names: an unset one is named as "none of ['-']",
    // which every product matches (a product without a former district too).
    // A folded place list that is not set is left out: neither counted nor downloaded.
    const counting = CATALOGUE_FILTERS.filter((name) => current.filters[name] || !PLACE_FILTERS.includes(name) || placesShown())
    const filtersOf = (without?: CatalogueFilter): PagefindFilters => {
      const filters: PagefindFilters = {}
      for (const name of counting) {
        const value = current.filters[name]
        filters[name] = value && name !== without ? value : ANY
      }
      return filters
    }
    const main = await engine.search(null, {filters: filtersOf(), sort})
    if (!main) return null
    const counts: FilterCounts = {}
    for (const name of counting) {
      if (!current.filters[name]) counts[name] = main.filters[name] ?? {}
      else counts[name] = (await engine.search(null, {filters: filtersOf(name), sort}))?.filters[name] ?? {}
    }
    const start = (current.page - 1) * PAGE_SIZE
    const fragments = withPage ? await Promise.all(main.results.slice(start, start + PAGE_SIZE).map((result) => result.data())) : []
    return {total: main.results.length, counts, fragments}
  }

  function showCounts({total, counts}: Outcome) {
    counted = true
    for (const link of panel.querySelectorAll<HTMLAnchorElement>('a[data-filter]')) {
      const name = link.dataset.filter as CatalogueFilter
      if (!counts[name]) continue // not counted yet (a folded place list)
      const value = link.dataset.value!
      const count = value === '' ? Object.values(counts[name] ?? {}).reduce((sum, n) => sum + n, 0) : (counts[name]?.[value] ?? 0)
      link.querySelector('.chip__count')!.textContent = `(${count})`
      const dead = count === 0 && !link.hasAttribute('aria-current')
      if (dead) {
        link.removeAttribute('href')
        link.setAttribute('role', 'link')
        link.setAttribute('aria-disabled', 'true')
      } else {
        link.removeAttribute('role')
        link.removeAttribute('aria-disabled')
      }
    }
    dialog.querySelector('[data-dialog-total]')!.textContent = `Xem ${total} sản phẩm`
  }

  function showResults(current: CatalogueState, {total, fragments}: Outcome) {
    const labels = chosenLabels(current)
    const last = Math.max(1, Math.ceil(total / PAGE_SIZE))
    heading.textContent = 'Sản phẩm OCOP'
    // One line says it all (the status, read out when it changes); the static page's lead would repeat it.
    if (lead) lead.hidden = true
    document.title = `${['Sản phẩm OCOP', ...labels].join(', ')}${current.page > 1 ? `, trang ${current.page}/${last}` : ''} | ${original.title.split(' | ').at(-1)}`
    status.textContent = `${total} sản phẩm${labels.length > 0 ? `: ${labels.join(', ')}` : ''} · ${CATALOGUE_SORTS[current.sort].label}`
    results.replaceChildren(
      total === 0 ? element('<p>Không có sản phẩm nào khớp mọi bộ lọc đã chọn. <a href="/san-pham/">Xem tất cả sản phẩm OCOP</a>.</p>') : cardList(fragments),
    )
    pager.replaceChildren(...(last > 1 ? [pagerFor(current, last)] : []))
  }

  function chosenLabels(current: CatalogueState): string[] {
    return CATALOGUE_FILTERS.flatMap((name) => {
      const value = current.filters[name]
      if (!value) return []
      const link = panel.querySelector<HTMLElement>(`a[data-filter="${name}"][data-value="${CSS.escape(value)}"]`)
      return [link?.dataset.label ?? value]
    })
  }
}

function nextState(state: CatalogueState, link: HTMLAnchorElement): CatalogueState {
  if (link.dataset.page) return {...state, page: Number(link.dataset.page)}
  if (link.dataset.sort) return {...state, sort: link.dataset.sort as CatalogueSort, page: 1}
  return toggleFilter(state, link.dataset.filter as CatalogueFilter, link.dataset.value ?? '')
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function element(html: string): Element {
  const template = document.createElement('template')
  template.innerHTML = html.trim()
  return template.content.firstElementChild!
}

/** The cards, drawn as ProductCard.astro draws them, from the metadata the index keeps (site/lib/search-records.ts). */
function cardList(fragments: PagefindFragment[]): Element {
  const cards = fragments.map(({url, meta, filters}) => {
    const stars = Number(filters?.[SEARCH_FILTERS.stars]?.[0] ?? 0)
    const expired = !filters?.[SEARCH_FILTERS.valid]?.includes(VALID_CERTIFICATE)
    const label = `OCOP ${stars} sao${expired ? ', chứng nhận đã hết hiệu lực' : ''}`
    const image = meta.photo
      ? `<img class="product-card__image" src="${escapeHtml(meta.photo)}" alt="${escapeHtml(meta.image_alt ?? '')}" width="360" height="240" loading="lazy" decoding="async">`
      : '<div class="product-card__image product-card__image--empty" aria-hidden="true">★</div>'
    const badge = expired ? '<span class="badge badge--muted">Hết hiệu lực</span>' : meta.tn ? '<span class="badge badge--gold">Tiềm năng 5 sao</span>' : ''
    return `<li><article class="product-card">${image}
      <h3 class="product-card__title"><a href="${escapeHtml(url)}">${escapeHtml(meta.title ?? '')}</a></h3>
      <p class="product-card__meta"><span class="stars${expired ? ' expired' : ''}" role="img" aria-label="${label}"><span aria-hidden="true">${'★'.repeat(stars)}</span><span class="stars__count" aria-hidden="true">${stars} sao</span></span>
      <span class="product-card__year">Công nhận năm ${escapeHtml(meta.nam ?? '')}</span>${badge}</p>
      <p class="product-card__price">${escapeHtml(meta.gia || 'Liên hệ')}</p>
      <p class="product-card__place">${escapeHtml(meta.noi ?? '')}</p>
      <p class="product-card__producer">${escapeHtml(meta.cs ?? '')}</p>
    </article></li>`
  })
  return element(`<ul class="grid product-grid">${cards.join('')}</ul>`)
}

/** The pager of a filtered list, as Pagination.astro draws it, its links to the /san-pham/?…&trang=n addresses. */
function pagerFor(state: CatalogueState, last: number): Element {
  const link = (n: number, text: string, rel?: string) =>
    `<a class="${rel ? 'pagination__step' : 'pagination__page'}" href="${escapeHtml(queryUrl({...state, page: n}))}" data-page="${n}"${rel ? ` rel="${rel}"` : ''}>${text}</a>`
  const items = [
    ...(state.page > 1 ? [link(state.page - 1, '‹ Trang trước', 'prev')] : []),
    ...Array.from({length: last}, (_, index) => index + 1).map((n) =>
      n === state.page
        ? `<span class="pagination__page" aria-current="page"><span class="visually-hidden">Trang </span>${n}</span>`
        : link(n, `<span class="visually-hidden">Trang </span>${n}`),
    ),
    ...(state.page < last ? [link(state.page + 1, 'Trang sau ›', 'next')] : []),
  ]
  return element(
    `<nav class="pagination" aria-label="Các trang của danh sách"><p class="pagination__label">Trang ${state.page}/${last}</p><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul></nav>`,
  )
}
