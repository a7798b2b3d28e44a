/**
 * When to build. Publishes come in bursts (an editor publishes ten products in a minute; a
 * migration publishes hundreds), so the first publish opens a window of `debounceMs` and everything
 * that arrives in it becomes one build. A publish that arrives while a build runs cannot be in that
 * build (it may have read the content before the change), so it schedules exactly one more build,
 * however many arrive. Builds of all sites run one at a time (`lock`): two `astro build`s of one
 * project would compete for the same cache and cores.
 */

export type SchedulerState = 'idle' | 'scheduled' | 'building'

export interface SchedulerOptions {
  debounceMs: number
  build: () => Promise<unknown>
  lock: Lock
  /** Called after every change of `state` or `pending` (the publisher reports it to the Studio). */
  onChange?: () => void
}

export class Lock {
  private tail: Promise<unknown> = Promise.resolve()

  /** Runs `task` after every task queued before it. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task)
    this.tail = result.catch(() => undefined)
    return result
  }
}

export class Scheduler {
  private timer: NodeJS.Timeout | undefined
  private building = false
  private again = false
  private idle: Promise<void> = Promise.resolve()
  private settle: (() => void) | undefined
  private stopped = false

  constructor(private readonly options: SchedulerOptions) {}

  get state(): SchedulerState {
    if (this.building) return 'building'
    return this.timer ? 'scheduled' : 'idle'
  }

  /** True when a publish arrived during the running build, so another build will follow. */
  get pending(): boolean {
    return this.again
  }

  /** A publish happened. */
  notify(): void {
    if (this.stopped) return
    if (this.building) {
      if (!this.again) {
        this.again = true
        this.options.onChange?.()
      }
      return
    }
    if (this.timer) return // this publish joins the build already scheduled
    if (!this.settle) this.idle = new Promise((resolve) => (this.settle = resolve))
    this.timer = setTimeout(() => void this.start(), this.options.debounceMs)
    this.options.onChange?.()
  }

  /** Resolves when nothing is scheduled or building. */
  whenIdle(): Promise<void> {
    return this.idle
  }

  private async start(): Promise<void> {
    this.timer = undefined
    this.building = true
    this.options.onChange?.()
    try {
      await this.options.lock.run(this.options.build)
    } catch {
      // The build reports its own failure; the scheduler only decides when to build.
    } finally {
      this.building = false
    }
    if (this.again && !this.stopped) {
      this.again = false
      this.notify()
    } else {
      this.again = false
      this.settle?.()
      this.settle = undefined
      this.options.onChange?.()
    }
  }

  /** Schedules nothing more; `whenIdle` resolves once a build running now has ended. */
  stop(): void {
    this.stopped = true
    clearTimeout(this.timer)
    this.timer = undefined
    if (!this.building) {
      this.settle?.()
      this.settle = undefined
    }
  }
}
