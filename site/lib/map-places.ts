import type {PointOfSale, Village} from './content-schemas'
import {areaLabel} from './format'
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
  /** Opening hours as a line of text; the popup shows them when present (none are given yet). */
  hours?: string
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
  }
}

/** The places that have a point, in order: for lists that mix places with and without one. */
export const mapPlaces = (places: ReadonlyArray<MapPlace | null>): MapPlace[] => places.filter((place): place is MapPlace => place !== null)
