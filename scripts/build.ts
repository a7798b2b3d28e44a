/**
 * `npm run build [-- astro build's options]`: `astro build`, then the build's finish — the QR codes
 * and badges, each page's narrowed policy, the search indexes (site/integrations/build-finish.ts) —
 * in this process once Astro's has exited. Astro keeps most of what it used while rendering (about
 * 1.6 GB at 15,000 products, mostly native memory no garbage collection gives back), and Pagefind
 * needs 1.0–1.4 GB to index that catalogue: one after the other, a build needs the larger of the
 * two rather than their sum (bench/NOTES.md). `astro build` alone still does everything, in its
 * own process.
 *
 * Exits with Astro's code when Astro fails, and with 1, naming what failed, when the finish does:
 * either way the output folder is not a site to publish.
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {FINISH_AFTER_ASTRO, finishBuild, type FinishHandOver} from '../site/integrations/build-finish.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs')

/** Astro's way of writing a line: its time, then the step in brackets. */
const logger = {
  info: (message: string) => console.log(`${new Date().toLocaleTimeString('en-GB', {hour12: false})} [ocop:build-finish] ${message}`),
}

/** The finish, in the output folder Astro handed over. */
async function finish() {
  let folders: FinishHandOver
  try {
    folders = JSON.parse(readFileSync(handOver, 'utf8')) as FinishHandOver
  } catch {
    throw new Error(`astro build ended without handing over its output folder (${FINISH_AFTER_ASTRO}): is the build-finish integration still in astro.config.mjs?`)
  }
  logger.info(`Astro has exited; finishing ${path.relative(root, folders.outDir) || folders.outDir}`)
  await finishBuild(folders.outDir, folders.cacheDir, logger)
}

const scratch = mkdtempSync(path.join(tmpdir(), 'ocop-build-'))
const handOver = path.join(scratch, 'finish.json')
try {
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
      // glibc's allocator, told to keep fewer arenas and to give large blocks back to the system:
      // Astro's peak at 3,500 products 1,083–1,098 MB with the arenas alone, 1,002–1,034 MB with both
      // (1,191 MB with neither, once).
      env: {MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072', ...process.env, [FINISH_AFTER_ASTRO]: handOver},
    })
    child.on('error', reject)
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 128 : 1)))
  })
  if (code !== 0) process.exitCode = code
  else await finish()
} catch (error) {
  console.error(`The build could not finish: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
