// The Studio is built by Vite, whose client types let TypeScript accept the CSS import.
/// <reference types="vite/client" />
import 'leaflet/dist/leaflet.css'
import L from 'leaflet'
import {useEffect, useRef} from 'react'
import {MAP_PIN} from '../../site/lib/map-pin'
import {studioEnv} from '../../studio/env'

export interface LatLng {
  lat: number
  lng: number
}

interface GeopointMapProps {
  point?: LatLng
  readOnly?: boolean
  /** Called with the point the editor clicked or dragged the marker to. */
  onPick: (point: LatLng) => void
}

/** Hồ Hoàn Kiếm, where an empty field's map opens. */
const HANOI: LatLng = {lat: 21.0285, lng: 105.8542}
const CITY_ZOOM = 12
const POINT_ZOOM = 16

/** The site's own pin (site/lib/map-pin.ts): editors see the marker visitors will see. */
const PIN = L.divIcon({
  className: 'ocop-map-pin',
  ...MAP_PIN,
  html: MAP_PIN.html.replace('<svg ', '<svg style="display:block;filter:drop-shadow(0 2px 2px rgb(0 0 0 / .4))" '),
})

/** The provider's credit as HTML, with "OpenStreetMap" linked to its copyright page as the licence asks. */
function attributionHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  return escaped.replace('OpenStreetMap', '<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noreferrer">OpenStreetMap</a>')
}

/**
 * A Leaflet map with one marker: a click puts the point there, dragging the marker moves it. Kept
 * apart from the input so that Leaflet and its CSS load only when a form has a coordinate field.
 */
export default function GeopointMap({point, readOnly, onPick}: GeopointMapProps) {
  const container = useRef<HTMLDivElement>(null)
  const map = useRef<L.Map>(undefined)
  const marker = useRef<L.Marker>(undefined)
  // Leaflet's handlers are bound once; they read the current props through this.
  const latest = useRef({onPick, readOnly})
  latest.current = {onPick, readOnly}

  useEffect(() => {
    const element = container.current!
    const created = L.map(element, {center: point ?? HANOI, zoom: point ? POINT_ZOOM : CITY_ZOOM, zoomControl: false})
    created.attributionControl.setPrefix(false)
    L.control.zoom({zoomInTitle: 'Phóng to', zoomOutTitle: 'Thu nhỏ'}).addTo(created)
    L.tileLayer(studioEnv.mapTileUrl, {maxZoom: 19, attribution: attributionHtml(studioEnv.mapAttribution)}).addTo(created)
    created.on('click', (event) => {
      if (!latest.current.readOnly) latest.current.onPick(event.latlng.wrap())
    })
    // The form lays itself out after the map exists (tabs, panes opening): keep Leaflet's size in step.
    const resize = new ResizeObserver(() => created.invalidateSize())
    resize.observe(element)
    map.current = created
    return () => {
      resize.disconnect()
      created.remove()
      map.current = undefined
      marker.current = undefined
    }
    // Created once; the effects below follow the point and readOnly.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const lat = point?.lat
  const lng = point?.lng
  useEffect(() => {
    const current = map.current
    if (!current) return
    if (lat === undefined || lng === undefined) {
      marker.current?.remove()
      marker.current = undefined
      return
    }
    if (marker.current) {
      marker.current.setLatLng([lat, lng])
    } else {
      const added = L.marker([lat, lng], {icon: PIN, draggable: !latest.current.readOnly, keyboard: false, title: 'Vị trí đã chọn', autoPan: true})
      added.on('dragend', () => latest.current.onPick(added.getLatLng().wrap()))
      marker.current = added.addTo(current)
    }
    if (!current.getBounds().contains([lat, lng])) current.panTo([lat, lng])
  }, [lat, lng])

  useEffect(() => {
    const dragging = marker.current?.dragging
    if (readOnly) dragging?.disable()
    else dragging?.enable()
  }, [readOnly, lat, lng])

  return (
    <div
      ref={container}
      role="region"
      aria-label="Bản đồ: bấm để đặt vị trí, kéo dấu để chỉnh"
      // isolation keeps Leaflet's z-indexed panes under the Studio's menus and dialogs.
      style={{height: 300, width: '100%', isolation: 'isolate', borderRadius: 4, cursor: readOnly ? 'default' : 'crosshair'}}
    />
  )
}
