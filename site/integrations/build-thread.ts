/**
 * One of the build's worker threads (site/integrations/build-threads.ts): does each batch of tasks
 * it is sent and answers with one result per task, or the first error. Runs with Node's own
 * TypeScript support, outside Vite: its imports, and theirs, name their files with the extension.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parentPort, workerData} from 'node:worker_threads'
import {QrCache, packagingTaskFiles} from '../lib/packaging-files.ts'
import type {ThreadTask} from './build-threads.ts'
import {withOwnHashes} from '../lib/policy-hashes.ts'

const {cacheDir} = workerData as {cacheDir?: string}
const qrCache = cacheDir ? new QrCache(cacheDir) : undefined

const POLICY_IN_HEAD = /<meta http-equiv="content-security-policy" content="[^"]*script-src [^"]*style-src /i

/** What a task gives back: the number of files it wrote, or whether the page had a policy. */
async function run(task: ThreadTask, outDir: string): Promise<number | boolean> {
  if (task.kind === 'policy') {
    // The page's policy narrowed to its own inline code; false when its <head> has none of Astro's.
    const file = path.join(outDir, task.page)
    const html = readFileSync(file, 'utf8')
    if (!POLICY_IN_HEAD.test(html.slice(0, html.indexOf('</head>') >>> 0))) return false
    const narrowed = withOwnHashes(html)
    if (narrowed !== html) writeFileSync(file, narrowed)
    return true
  }
  const files = await packagingTaskFiles(task, qrCache)
  mkdirSync(path.join(outDir, path.dirname(files[0]![0])), {recursive: true})
  for (const [file, bytes] of files) writeFileSync(path.join(outDir, file), bytes)
  return files.length
}

parentPort!.on('message', async ({id, outDir, tasks}: {id: number; outDir: string; tasks: ThreadTask[]}) => {
  const results: (number | boolean)[] = []
  try {
    for (const task of tasks) results.push(await run(task, outDir))
    parentPort!.postMessage({id, results})
  } catch (error) {
    parentPort!.postMessage({id, error: (error as Error).stack ?? String(error)})
  }
})
