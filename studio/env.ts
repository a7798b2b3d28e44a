/**
 * Studio settings, baked in at build time from SANITY_STUDIO_* variables.
 * The defaults let the Studio build offline; a real deployment sets its own project.
 */
export const studioEnv = {
  projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'ocophanoi',
  dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  apiVersion: '2026-11-01',
}

if (!/^[a-z0-9-]+$/.test(studioEnv.projectId)) {
  throw new Error(`SANITY_STUDIO_PROJECT_ID must use only a-z, 0-9 and "-", got "${studioEnv.projectId}"`)
}
if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(studioEnv.dataset)) {
  throw new Error(`SANITY_STUDIO_DATASET must be a valid dataset name, got "${studioEnv.dataset}"`)
}
