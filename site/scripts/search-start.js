// The search page's first script, written into the page as it is (site/pages/tim-kiem/index.astro)
// and allowed there by its hash in the page's Content-Security-Policy: plain JavaScript, no imports.
//
// Runs as soon as the form is parsed, before anything below it is drawn: marks the page as
// scripted (the filters and the results' space show, the note for visitors without JavaScript
// does not), so nothing moves when the search script arrives; puts the URL's query in the box at
// once, so that it stays there when that script is slow or fails; starts fetching the search
// engine when there is a search to run; and if the search script fails, shows the note. Its
// settings are the script element's data-start attribute.
;(() => {
  const {query, type, folded, searched, engine} = JSON.parse(document.currentScript.dataset.start)
  const root = document.documentElement
  const form = document.getElementById('search')
  const filters = document.getElementById('search-filters')
  const params = new URLSearchParams(location.search)
  const sortField = form.querySelector('[data-for-types]')
  root.classList.add('js')
  form.elements.namedItem(query).value = params.get(query) ?? ''
  filters.disabled = false
  sortField.hidden = !sortField.dataset.forTypes.split(' ').includes(params.get(type) ?? '')
  if (folded.some((name) => params.get(name))) document.getElementById('more-filters').open = true
  // Until there is something to search for, the results' space suggests the browse pages.
  root.dataset.search = searched.some((name) => params.get(name)?.trim()) ? 'on' : 'idle'
  // A search to run at once: its engine is fetched now, with the page's own script, not after it.
  if (root.dataset.search === 'on') {
    const module = Object.assign(document.createElement('link'), {rel: 'modulepreload', href: engine.module})
    const vocabulary = Object.assign(document.createElement('link'), {rel: 'preload', as: 'fetch', href: engine.vocabulary, crossOrigin: 'anonymous'})
    document.head.append(module, vocabulary)
  }
  addEventListener(
    'error',
    (event) => {
      if (!(event.target instanceof HTMLScriptElement) || event.target.type !== 'module') return
      root.classList.remove('js')
      filters.disabled = true
      document.getElementById('search-status').textContent =
        'Chưa tải được ô tìm kiếm. Hãy kiểm tra kết nối mạng rồi tải lại trang, hoặc tìm qua các danh mục dưới đây.'
    },
    true,
  )
})()
