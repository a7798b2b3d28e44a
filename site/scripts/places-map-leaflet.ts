/**
 * The places' maps, drawn with Leaflet: loaded by site/scripts/places-map.ts only when a visitor
 * asks for a map, with Leaflet's CSS and the maps' own (as constructed style sheets, which the
 * pages' Content-Security-Policy allows without a hash or a stylesheet request).
 */
import L from 'leaflet'
import leafletCss from 'leaflet/dist/leaflet.css?inline'
import mapCss from './places-map.css?inline'
import {MAP_PIN} from '../lib/map-pin'
import type {MapPlace} from '../lib/map-places'

/** The zoom a single place opens at: its street. */
const STREET_ZOOM = 16

const PIN = L.divIcon({className: 'places-map__pin', ...MAP_PIN})

let styled = false
/** Popups whose Escape key is already handled (Leaflet keeps a marker's popup element from one opening to the next). */
const wired = new WeakSet<HTMLElement>()
function addStyles(): void {
  if (styled) return
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(`${leafletCss}\n${mapCss}`)
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  styled = true
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  if (className) el.className = className
  if (text !== undefined) el.textContent = text
  return el
}

function link(href: string, className: string, text: string): HTMLAnchorElement {
  const a = element('a', className, text)
  a.href = href
  return a
}

/** The popup: the name linked to the place's page, the address, the hours if known, a call and directions. */
function popupContent(place: MapPlace): HTMLElement {
  const popup = element('div', 'places-map__popup')
  const name = element('p', 'places-map__name')
  name.append(link(place.href, '', place.name))
  popup.append(name, element('p', 'places-map__address', place.address))
  if (place.phone) popup.append(element('p', 'places-map__phone', place.phone))
  if (place.hours) popup.append(element('p', 'places-map__hours', `Giờ mở cửa: ${place.hours}`))
  // Two buttons side by side, so that the popup stays short enough for a phone's map.
  const actions = element('p', 'places-map__actions')
  if (place.tel && place.phone) {
    const call = link(place.tel, 'places-map__action', 'Gọi')
    call.append(element('span', 'visually-hidden', ` ${place.phone}`))
    actions.append(call)
  }
  const directions = link(place.directions, 'places-map__action', 'Chỉ đường')
  directions.rel = 'noopener'
  directions.append(element('span', 'visually-hidden', ` đến ${place.name}`))
  actions.append(directions)
  popup.append(actions)
  return popup
}

/** The provider's credit as HTML, with "OpenStreetMap" linked to its copyright page as the licence asks. */
function attributionHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  return escaped.replace(/OpenStreetMap( contributors)?/, (words) => `<a href="https://www.openstreetmap.org/copyright" rel="noopener">${words}</a>`)
}

/** Draws the map of `places` in `box`: a marker each, reachable with Tab and opened with Enter. */
export function drawMap(box: HTMLElement, places: MapPlace[], tiles: {url: string; attribution: string}): L.Map {
  addStyles()
  const map = L.map(box, {zoomControl: false, keyboard: true})
  map.attributionControl.setPrefix(false)
  L.control.zoom({zoomInTitle: 'Phóng to', zoomOutTitle: 'Thu nhỏ'}).addTo(map)
  const layer = L.tileLayer(tiles.url, {maxZoom: 19, attribution: attributionHtml(tiles.attribution)})
  // Every image of the site says its size, tiles too (Leaflet sizes them in CSS only).
  layer.on('tileloadstart', (event) => {
    const size = layer.getTileSize()
    event.tile.setAttribute('width', String(size.x))
    event.tile.setAttribute('height', String(size.y))
  })
  layer.addTo(map)
  // The view first: Leaflet draws a marker's element only on a map that has one. The markers clear
  // of the zoom buttons (top left) and with room for their pins above their points.
  if (places.length === 1) map.setView([places[0]!.lat, places[0]!.lng], STREET_ZOOM)
  else map.fitBounds(L.latLngBounds(places.map((place) => [place.lat, place.lng] as L.LatLngTuple)), {paddingTopLeft: [72, 56], paddingBottomRight: [32, 24], maxZoom: STREET_ZOOM})

  // A popup narrower than the map, with room for Leaflet to pan it into view right of the zoom
  // buttons, which stay above it (a phone's map is some 290 px wide).
  const popupWidth = Math.max(150, Math.min(280, box.clientWidth - 120))
  for (const place of places) {
    const marker = L.marker([place.lat, place.lng], {icon: PIN, title: place.name, alt: place.name, keyboard: true, riseOnHover: true})
    let byKeyboard = false
    // Before the popup's own handler, which opens it on the same key.
    marker.on('keypress', (event) => {
      if ((event as L.LeafletKeyboardEvent).originalEvent.key === 'Enter') byKeyboard = true
    })
    marker.bindPopup(() => popupContent(place), {minWidth: 150, maxWidth: popupWidth, autoPanPaddingTopLeft: [66, 12], autoPanPaddingBottomRight: [12, 12]})
    marker.on('popupopen', (event) => {
      const popup = event.popup.getElement()!
      const close = popup.querySelector<HTMLElement>('.leaflet-popup-close-button')
      close?.setAttribute('aria-label', 'Đóng')
      close?.setAttribute('title', 'Đóng')
      if (!wired.has(popup)) {
        wired.add(popup)
        popup.addEventListener('keydown', (key) => {
          if (key.key !== 'Escape') return
          byKeyboard = true
          marker.closePopup()
        })
      }
      // Opened from the keyboard: the popup's links come next, and closing it returns to the marker.
      if (byKeyboard) popup.querySelector<HTMLElement>('.places-map__name a')?.focus({preventScroll: true})
    })
    marker.on('popupclose', (event) => {
      if (!byKeyboard) return
      byKeyboard = false
      // Leaflet fades the popup out before it removes it: focus still in it goes back to the marker.
      const popup = event.popup.getElement()
      const active = document.activeElement
      if (!active || active === document.body || popup?.contains(active)) marker.getElement()?.focus({preventScroll: true})
    })
    marker.addTo(map)
    marker.getElement()?.setAttribute('aria-label', place.name)
  }

  // The page may lay itself out again (a font, the window turned): keep Leaflet's size in step.
  new ResizeObserver(() => map.invalidateSize()).observe(box)
  return map
}
