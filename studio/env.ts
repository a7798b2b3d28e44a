/**
 * Studio settings, baked in at build time from SANITY_STUDIO_* variables.
 * The defaults let the Studio build offline; a real deployment sets its own project.
 */
export const studioEnv = {
  projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'ocophanoi',
  dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  apiVersion: '2026-11-01',
  /** The public website, for "Xem trên website" links. */
  siteUrl: process.env.SANITY_STUDIO_SITE_URL || 'http://127.0.0.1:4321',
  /** The draft preview the publisher builds (PUBLISHER_PREVIEW_ROOT), for "Xem bản nháp" links; none without it. */
  previewUrl: process.env.SANITY_STUDIO_PREVIEW_URL || undefined,
  /** Only for tests: the API host of a local double of Sanity's API, e.g. http://localhost:3999. */
  apiHost: process.env.SANITY_STUDIO_API_HOST || undefined,
  /** The map tiles behind the coordinate fields; OpenStreetMap's own server is for light use only. */
  mapTileUrl: process.env.SANITY_STUDIO_MAP_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  /** The credit the tile provider asks for, shown on the map ("OpenStreetMap" in it links to its copyright page). */
  mapAttribution: process.env.SANITY_STUDIO_MAP_ATTRIBUTION || '© OpenStreetMap',
}

if (!/^[a-z0-9-]+$/.test(studioEnv.projectId)) {
  throw new Error(`SANITY_STUDIO_PROJECT_ID must use only a-z, 0-9 and "-", got "${studioEnv.projectId}"`)
}
if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(studioEnv.dataset)) {
  throw new Error(`SANITY_STUDIO_DATASET must be a valid dataset name, got "${studioEnv.dataset}"`)
}
if (studioEnv.apiHost && !/^https?:\/\/[^/?#]+$/.test(studioEnv.apiHost)) {
  throw new Error(`SANITY_STUDIO_API_HOST must be a protocol and host such as http://localhost:3999, got "${studioEnv.apiHost}"`)
}
if (!URL.canParse(studioEnv.siteUrl) || !/^https?:/.test(studioEnv.siteUrl)) {
  throw new Error(`SANITY_STUDIO_SITE_URL must be an http(s) address such as https://ocop.hanoi.gov.vn, got "${studioEnv.siteUrl}"`)
}
if (studioEnv.previewUrl && (!URL.canParse(studioEnv.previewUrl) || !/^https?:/.test(studioEnv.previewUrl))) {
  throw new Error(`SANITY_STUDIO_PREVIEW_URL must be an http(s) address such as https://xem-truoc.ocop.hanoi.gov.vn, got "${studioEnv.previewUrl}"`)
}
if (!URL.canParse(studioEnv.mapTileUrl.replace(/\{[a-z]\}/g, '0')) || !/^https?:/.test(studioEnv.mapTileUrl) || !['{z}', '{x}', '{y}'].every((part) => studioEnv.mapTileUrl.includes(part))) {
  throw new Error(`SANITY_STUDIO_MAP_TILE_URL must be an http(s) address with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, got "${studioEnv.mapTileUrl}"`)
}
