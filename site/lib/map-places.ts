import type {Event, PointOfSale, Village} from './content-schemas'
import {areaLabel} from './format'
import {weekSummary, type WeeklyHours} from './opening-hours'
import {directionsHref, documentPath, telHref} from './url'

/**
 * A place as the maps show it (site/components/PlacesMap.astro): a marker, and a popup with the
 * name linked to its page, the address, a phone to call and directions. Built in a page's
 * frontmatter by one of the functions below, so that a page adds a map in a line or two.
 */
export interface MapPlace {
  name: string
  /** The place's page on this site. */
  href: string
  lat: number
  lng: number
  address: string
  /** The number as people write it, and its tel: link. */
  phone?: string
  tel?: string
  /** directionsHref: the visitor's map app. */
  directions: string
  /** The week's opening hours on one line ("Hằng ngày 7:30–18:00"); the popup shows them when present. */
  hours?: string
}

/** The week on one line, or the older line of text, or nothing. */
function hoursOf(hours: WeeklyHours | null, text: string | null | undefined): {hours?: string} {
  if (hours) return {hours: weekSummary(hours)}
  return text ? {hours: text} : {}
}

/** A point of sale on a map: its street address and commune or ward, its phone. */
export function placeOfPointOfSale(pos: PointOfSale): MapPlace {
  return {
    name: pos.name,
    href: documentPath('pointOfSale', pos.slug),
    lat: pos.location.lat,
    lng: pos.location.lng,
    address: `${pos.address}, ${areaLabel(pos.area)}`,
    ...(pos.phone ? {phone: pos.phone, tel: telHref(pos.phone)} : {}),
    directions: directionsHref(pos.location),
    ...hoursOf(pos.hours, pos.openingHours),
  }
}

/** A craft village on a map, where its visit says it is; none without a location. */
export function placeOfVillage(village: Village): MapPlace | null {
  const location = village.visit?.location
  if (!location) return null
  return {
    name: village.name,
    href: documentPath('craftVillage', village.slug),
    lat: location.lat,
    lng: location.lng,
    address: `${areaLabel(village.area)}, Hà Nội`,
    directions: directionsHref(location),
    ...hoursOf(village.visit?.hours ?? null, village.visit?.openingHours),
  }
}

/** An event where its venue is on the map; none without a location. */
export function placeOfEvent(event: Event): MapPlace | null {
  const location = event.venue.location
  if (!location) return null
  return {
    name: event.title,
    href: documentPath('event', event.slug),
    lat: location.lat,
    lng: location.lng,
    address: [event.venue.name, event.venue.address, event.venue.area ? areaLabel(event.venue.area) : null].filter(Boolean).join(', '),
    directions: directionsHref(location),
  }
}

/** The places that have a point, in order: for lists that mix places with and without one. */
export const mapPlaces = (places: ReadonlyArray<MapPlace | null>): MapPlace[] => places.filter((place): place is MapPlace => place !== null)
