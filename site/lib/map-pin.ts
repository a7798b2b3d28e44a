/**
 * The red pin of every map, the site's and the Studio's, so that an editor placing a point sees
 * the marker visitors will see. Drawn rather than Leaflet's default marker, whose image paths break
 * once bundled. Positions for Leaflet's `divIcon`: the tip of the pin is the point. No style
 * attribute (the site's Content-Security-Policy refuses them): each map's CSS lifts it with a shadow.
 */
export const MAP_PIN = {
  html: `<svg width="30" height="42" viewBox="0 0 30 42" aria-hidden="true" focusable="false">
    <path d="M15 1C7.3 1 1 7.2 1 14.9 1 25.3 15 41 15 41s14-15.7 14-26.1C29 7.2 22.7 1 15 1z" fill="#a3281f" stroke="#fff" stroke-width="2"/>
    <circle cx="15" cy="15" r="5.5" fill="#fff"/>
  </svg>`,
  iconSize: [30, 42] as [number, number],
  iconAnchor: [15, 41] as [number, number],
  popupAnchor: [0, -38] as [number, number],
}
