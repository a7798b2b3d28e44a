import {readFile, rm} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {AstroIntegration} from 'astro'
import {PACKAGING_LIST_FILE, packagingTasks, type PackagingList} from '../lib/packaging-files'
import type {BuildLogger} from './build-finish'
import type {BuildThreads} from './build-threads'

/** The endpoints that make the files one request at a time, for the dev server. */
const DEV_ROUTES = ['qr.png', 'qr.svg', 'huy-hieu.svg'].map((file) => ({
  pattern: `/p/[code]/${file}`,
  entrypoint: fileURLToPath(new URL(`../packaging/${file}.ts`, import.meta.url)),
}))

/**
 * The QR codes (PNG, SVG) and badges under the short links, /p/<code>/. The build renders only the
 * list of them (site/pages/packaging-files.json.ts); once Astro is done, `writePackagingFiles` hands
 * the list to the build's worker threads (site/integrations/build-threads.ts), as part of what
 * finishes the build (site/integrations/build-finish.ts). The dev server answers each file from its
 * endpoint in site/packaging/, as the build did before, with the same bytes
 * (tests/unit/packaging-files.test.ts).
 */
export function packagingDevRoutes(): AstroIntegration {
  return {
    name: 'ocop:packaging-files',
    hooks: {
      'astro:config:setup': ({command, injectRoute}) => {
        if (command === 'dev') for (const route of DEV_ROUTES) injectRoute({...route, prerender: true})
      },
    },
  }
}

/** Writes the QR codes and badges the build listed, on the threads, and removes the list. */
export async function writePackagingFiles(outDir: string, threads: BuildThreads, logger: BuildLogger): Promise<void> {
  const listFile = path.join(outDir, PACKAGING_LIST_FILE)
  const list = JSON.parse(await readFile(listFile, 'utf8')) as PackagingList
  await rm(listFile)
  const started = performance.now()
  const written = await threads.run(outDir, packagingTasks(list))
  const files = written.reduce((sum, count) => sum + count, 0)
  logger.info(`Packaging files written: ${files} QR codes and badges under /p/, in ${((performance.now() - started) / 1000).toFixed(1)} s on ${threads.size} threads`)
}
