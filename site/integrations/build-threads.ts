import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {PackagingTask} from '../lib/packaging-files.ts'

/** A built page (its path under the output folder) whose policy is to be narrowed to its own inline code. */
export type PolicyTask = {kind: 'policy'; page: string}
export type ThreadTask = PackagingTask | PolicyTask
/** A packaging task gives the number of files it wrote; a policy task whether the page had a policy. */
type ResultOf<T extends ThreadTask> = T extends PolicyTask ? boolean : number

/**
 * Each thread's JavaScript heap, kept small: a task holds one page or one QR code at a time, and
 * without a limit V8 lets the garbage of 60,000 pages grow each thread's heap while Pagefind
 * indexes beside them (measured: see bench/NOTES.md).
 */
const THREAD_LIMITS = {maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16}

/** Tasks sent to a thread at once: enough to make a message's round trip negligible, few enough to share the work out evenly. */
const BATCH = 50

interface Batch {
  id: number
  outDir: string
  tasks: ThreadTask[]
  done: (results: (number | boolean)[]) => void
  fail: (error: Error) => void
}

/**
 * The build's worker threads, one per core (site/integrations/build-thread.ts), for the work after
 * the pages that is the same for each of thousands of files: writing the QR codes and badges
 * (site/lib/packaging-files.ts) and narrowing each page's Content-Security-Policy
 * (site/lib/policy-hashes.ts), once Astro has written the pages (site/integrations/build-finish.ts),
 * beside Pagefind's process. Threads start with the first task and end with `close`.
 */
export class BuildThreads {
  private readonly idle: Worker[] = []
  private readonly workers = new Set<Worker>()
  private readonly queue: Batch[] = []
  private readonly running = new Map<Worker, Batch>()
  private broken: Error | undefined
  private nextId = 0

  /**
   * `cacheDir`: the build's cache folder, where the threads keep the QR codes they make for the
   * next build (`QrCache`, site/lib/packaging-files.ts); none, none kept.
   */
  constructor(
    readonly size = availableParallelism(),
    readonly cacheDir?: string,
  ) {}

  /** Runs the tasks on the threads, writing under `outDir`; their results in order, or the first error. */
  run<T extends ThreadTask>(outDir: string, tasks: T[]): Promise<ResultOf<T>[]> {
    if (this.broken) return Promise.reject(this.broken)
    const results: (number | boolean)[] = new Array(tasks.length)
    let left = Math.ceil(tasks.length / BATCH)
    if (left === 0) return Promise.resolve([])
    return new Promise((resolve, reject) => {
      let failed = false
      for (let start = 0; start < tasks.length; start += BATCH) {
        const at = start
        this.queue.push({
          id: this.nextId++,
          outDir,
          tasks: tasks.slice(start, start + BATCH),
          done: (part) => {
            part.forEach((result, i) => (results[at + i] = result))
            if (--left === 0 && !failed) resolve(results as ResultOf<T>[])
          },
          fail: (error) => {
            if (failed) return
            failed = true
            reject(error)
          },
        })
      }
      this.dispatch()
    })
  }

  /** Ends the threads; tasks still queued or running fail. */
  async close(): Promise<void> {
    this.stop(new Error('The build threads were closed'))
    await Promise.all([...this.workers].map((worker) => worker.terminate()))
  }

  private dispatch() {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers.size < this.size ? this.start() : undefined)
      if (!worker) return
      const batch = this.queue.shift()!
      this.running.set(worker, batch)
      worker.ref()
      worker.postMessage({id: batch.id, outDir: batch.outDir, tasks: batch.tasks})
    }
  }

  private start(): Worker {
    const worker = new Worker(new URL('./build-thread.ts', import.meta.url), {workerData: {cacheDir: this.cacheDir}, resourceLimits: THREAD_LIMITS})
    this.workers.add(worker)
    worker.on('message', (answer: {id: number; results: (number | boolean)[]} | {id: number; error: string}) => {
      const batch = this.running.get(worker)!
      this.running.delete(worker)
      this.idle.push(worker)
      // An idle thread keeps no process waiting for it.
      worker.unref()
      if ('error' in answer) batch.fail(new Error(`A build thread could not finish its task:\n${answer.error}`))
      else batch.done(answer.results)
      this.dispatch()
    })
    worker.on('error', (error) => this.stop(error))
    worker.on('exit', (code) => {
      this.workers.delete(worker)
      if (!this.broken) this.stop(new Error(`A build thread stopped (exit ${code})`))
    })
    return worker
  }

  /** Fails every queued and running batch; the pool takes no more tasks. */
  private stop(error: Error) {
    this.broken ??= error
    for (const batch of [...this.queue, ...this.running.values()]) batch.fail(error)
    this.queue.length = 0
    this.running.clear()
  }
}
