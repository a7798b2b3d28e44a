/**
 * The loader of the places' maps (site/components/PlacesMap.astro): small, on every page with a
 * map. It fetches Leaflet and draws the map (site/scripts/places-map-leaflet.ts) only when asked:
 * on a tap on "Xem bản đồ", or for a list's map once its box comes near the screen.
 */
import type {MapPlace} from '../lib/map-places'

function setUp(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('.places-map__open')!
  const frame = root.querySelector<HTMLElement>('.places-map__frame')!
  const box = root.querySelector<HTMLElement>('.places-map__box')!
  const places = JSON.parse(root.querySelector('script[data-places]')!.textContent!) as MapPlace[]
  let state: 'idle' | 'loading' | 'open' = 'idle'
  let observer: IntersectionObserver | undefined

  const start = async (focus: boolean) => {
    if (state !== 'idle') return
    state = 'loading'
    observer?.disconnect()
    button.textContent = 'Đang tải bản đồ…'
    frame.hidden = false
    try {
      const {drawMap} = await import('./places-map-leaflet')
      drawMap(box, places, {url: root.dataset.tileUrl!, attribution: root.dataset.attribution!})
      state = 'open'
      button.hidden = true
      if (focus) box.focus()
    } catch (error) {
      state = 'idle'
      button.textContent = 'Không tải được bản đồ. Thử lại'
      console.error(error)
    }
  }

  button.addEventListener('click', () => void start(true))
  if (root.dataset.open === 'on-view' && 'IntersectionObserver' in window) {
    observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void start(false)
    }, {rootMargin: '200px 0px'})
    observer.observe(frame)
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-places-map]')) setUp(root)
