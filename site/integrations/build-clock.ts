import {writeFile} from 'node:fs/promises'
import type {AstroIntegration} from 'astro'
import {buildNow, buildNowIsPinned} from '../lib/build-clock'

/** The file, at the root of the built site, that says which moment the site was built as of. */
export const BUILD_INFO_FILE = 'build-info.json'

export interface BuildInfo {
  /** The build's "now" (site/lib/build-clock.ts), as an ISO instant in UTC. */
  asOf: string
  /** True when SITE_NOW set it; false when it was the real clock. */
  pinned: boolean
}

/**
 * Reads the build's "now" once, before anything else runs: a malformed SITE_NOW stops the build
 * at once, and every page of the build shares the instant. Writes it to build-info.json, so that
 * whoever serves or tests a build can tell which moment its lists and labels stand at.
 */
export function buildClock(): AstroIntegration {
  return {
    name: 'ocop:build-clock',
    hooks: {
      'astro:config:setup': ({command, logger}) => {
        const now = buildNow()
        if (command === 'build' && buildNowIsPinned()) logger.info(`Building as of ${now.toISOString()} (SITE_NOW)`)
      },
      'astro:build:done': async ({dir}) => {
        const info: BuildInfo = {asOf: buildNow().toISOString(), pinned: buildNowIsPinned()}
        await writeFile(new URL(BUILD_INFO_FILE, dir), `${JSON.stringify(info)}\n`)
      },
    },
  }
}
