import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {AstroIntegration} from 'astro'
import {BuildThreads} from './build-threads'
import {writePackagingFiles} from './packaging'
import {writeSearchIndexes} from './pagefind'
import {narrowPolicies} from './security-headers'

/** Where the build's own steps report, Astro's integration logger or scripts/build.ts's. */
export type BuildLogger = {info: (message: string) => void}

/**
 * The environment variable by which scripts/build.ts (`npm run build`) asks `astro build` to leave
 * the build's finish to it: the file named there receives the output and cache folders, and Astro exits
 * without finishing.
 */
export const FINISH_AFTER_ASTRO = 'OCOP_FINISH_AFTER_ASTRO'

/** What `astro build` hands over to scripts/build.ts. */
export interface FinishHandOver {
  outDir: string
  cacheDir: string | undefined
}

/**
 * What is left once Astro has written the pages, all from files in the output folder: the QR codes
 * and badges (site/integrations/packaging.ts) and each page's narrowed policy
 * (site/integrations/security-headers.ts) on worker threads, one per core, while Pagefind indexes
 * the search records in its own process (site/integrations/pagefind.ts). The threads keep the QR
 * codes they make in `cacheDir` (Astro's cache folder) for the next build. The first error fails it.
 */
export async function finishBuild(outDir: string, cacheDir: string | undefined, logger: BuildLogger, threads = new BuildThreads(undefined, cacheDir)): Promise<void> {
  const started = performance.now()
  try {
    await Promise.all([writePackagingFiles(outDir, threads, logger), narrowPolicies(outDir, threads, logger), writeSearchIndexes(outDir, logger)])
  } finally {
    await threads.close()
  }
  logger.info(`Build finished: QR codes, badges, policies and search indexes in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

/**
 * The last integration: finishes the build (`finishBuild`) once Astro and the integrations before
 * it are done; or, under `npm run build`, leaves it to scripts/build.ts, which does it after
 * Astro's process has exited, so that Astro's memory and Pagefind's are not needed at once.
 */
export function buildFinish(): AstroIntegration {
  let cacheDir: string | undefined
  return {
    name: 'ocop:build-finish',
    hooks: {
      'astro:config:done': ({config}) => {
        cacheDir = fileURLToPath(config.cacheDir)
      },
      'astro:build:done': async ({dir, logger}) => {
        const outDir = fileURLToPath(dir)
        const handOver = process.env[FINISH_AFTER_ASTRO]
        if (handOver) {
          writeFileSync(handOver, JSON.stringify({outDir, cacheDir} satisfies FinishHandOver))
          logger.info('Pages written; the QR codes, badges, policies and search indexes follow once Astro has exited')
          return
        }
        await finishBuild(outDir, cacheDir, logger)
      },
    },
  }
}
