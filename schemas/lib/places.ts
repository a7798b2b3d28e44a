import type {GeopointRule, ValidationContext} from 'sanity'
import {distanceKm, inHanoi, type LatLng} from '../../site/lib/geo'
import {studioEnv} from '../../studio/env'

export {inHanoi}

export const OUTSIDE_HANOI = 'Tọa độ này nằm ngoài Hà Nội. Hãy bấm lại vào đúng chỗ trên bản đồ, hoặc kiểm tra xem vĩ độ và kinh độ có bị đảo không.'

/** Beyond this from its commune's centre, a place's point is probably in the wrong commune (the largest communes of 2025 are about 15 km across). */
export const FAR_FROM_AREA_KM = 10

/**
 * A place's coordinates: inside Hà Nội (an error otherwise), and near the centre of the commune
 * or ward chosen for it (a warning: the point or the commune is probably wrong).
 */
export function placeLocationRules(rule: GeopointRule) {
  return [
    rule.custom((point) => (!point || inHanoi(point as LatLng) ? true : OUTSIDE_HANOI)).error(),
    rule
      .custom(async (point, context: ValidationContext) => {
        const areaId = (context.document as {area?: {_ref?: string}} | undefined)?.area?._ref
        if (!point || !areaId || !inHanoi(point as LatLng)) return true
        const area = await context
          .getClient({apiVersion: studioEnv.apiVersion})
          .fetch<{name?: string; kind?: string; centre?: LatLng} | null>('*[_id == $id][0]{name, kind, centre}', {id: areaId.replace(/^drafts\./, '')})
        if (!area?.centre) return true
        const km = distanceKm(point as LatLng, area.centre)
        if (km <= FAR_FROM_AREA_KM) return true
        const label = `${area.kind === 'phuong' ? 'phường' : 'xã'} ${area.name}`
        return `Tọa độ này cách trung tâm ${label} khoảng ${Math.round(km)} km. Hãy kiểm tra lại vị trí trên bản đồ hoặc xã, phường đã chọn.`
      })
      .warning(),
  ]
}
