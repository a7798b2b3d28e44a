/** Distances between places on the map, and how a visitor reads them. */

export interface LatLng {
  lat: number
  lng: number
}

const EARTH_RADIUS_KM = 6371.0088

/** The great-circle distance in kilometres (haversine): within a city, off by metres at most. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180
  const dLat = radians(b.lat - a.lat)
  const dLng = radians(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

const oneDecimal = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 1, minimumFractionDigits: 1})
const whole = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 0})

/** "cách 450 m", "cách 2,3 km", "cách 12 km": as precise as a walk or a ride needs. */
export function distanceLabel(km: number): string {
  if (km < 1) return `cách ${Math.max(10, Math.round((km * 1000) / 10) * 10)} m`
  if (km < 10) return `cách ${oneDecimal.format(km)} km`
  return `cách ${whole.format(km)} km`
}

/** Hà Nội lies within about 20.5–21.4° N and 105.3–106.1° E. */
export function inHanoi(point: LatLng): boolean {
  return point.lat > 20.5 && point.lat < 21.4 && point.lng > 105.3 && point.lng < 106.1
}
