import type {APIRoute} from 'astro'
import {all} from '../../lib/content'
import {areaLabel} from '../../lib/format'

/**
 * The communes and wards with their centres, for "Gần tôi" when the visitor keeps their location
 * to themselves (site/scripts/near-me.ts loads it only then), and as open data.
 */
export const GET: APIRoute = async () => {
  const collator = new Intl.Collator('vi')
  const areas = (await all('areas'))
    .filter((area) => area.centre)
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((area) => ({id: area._id, name: area.name, label: areaLabel(area), formerDistrict: area.formerDistrict, lat: area.centre!.lat, lng: area.centre!.lng}))
  return new Response(`${JSON.stringify(areas)}\n`, {headers: {'Content-Type': 'application/json; charset=utf-8'}})
}
