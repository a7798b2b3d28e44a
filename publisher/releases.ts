import {spawn} from 'node:child_process'
import {createWriteStream, existsSync} from 'node:fs'
import {lstat, mkdir, readdir, readlink, rename, rm, symlink} from 'node:fs/promises'
import path from 'node:path'
import {readJsonFile, writeJsonFile} from './state-file'

/**
 * The builds of one site on disk:
 *
 *   <root>/current          → builds/<id>   the folder the web server serves (a symlink)
 *   <root>/builds/<id>/     successful builds; the few served before current are for rollback
 *   <root>/logs/<id>.log    the output of every build, failed ones included
 *   <root>/history.json     the builds served, in the order they were: what rollback goes back along
 *   <root>/last-build.json  the last build's result, for /health after a restart
 *
 * A build goes into a folder of its own; only once it has succeeded and looks like a whole site is
 * `current` switched to it, by renaming a new symlink over the old one, which is atomic: a request
 * is served either wholly from the old build or wholly from the new one.
 */

/** Ids sort in time order: 20261126T180501123Z-1. */
let sequence = 0
const newId = (now: Date) => `${now.toISOString().replace(/[-:.]/g, '')}-${++sequence}`

/** Files every good build has; a build without them is not published. */
const REQUIRED = ['index.html', '404.html', 'pagefind/pagefind-entry.json']

/**
 * What /health and last-build.json say about a build: no output and no server path (the log's name
 * is relative to the site's root), for /health may be reachable from outside.
 */
export interface BuildResult {
  id: string
  ok: boolean
  startedAt: string
  finishedAt: string
  durationMs: number
  /** Why a build failed, in the publisher's words ("exit code 1", "timed out after 900 s"); its output is in `log`. */
  reason?: string
  /** The build's output, relative to the root: logs/<id>.log. */
  log: string
}

export interface BuildLimits {
  /** Past this, the build is stopped and fails. */
  timeoutMs?: number
  /** Between asking the build to stop (SIGTERM) and killing it (SIGKILL). */
  killGraceMs?: number
  /** Stops the build (the service is stopping); the result then says `stopped` and should not be recorded. */
  signal?: AbortSignal
}

/** The build running now, for /health. */
export interface RunningBuild {
  id: string
  startedAt: string
  log: string
}

export class Releases {
  running: RunningBuild | undefined

  /** `clock` dates the builds (the publisher's, which tests can set). */
  constructor(
    readonly root: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private get builds() {
    return path.join(this.root, 'builds')
  }

  private get current() {
    return path.join(this.root, 'current')
  }

  private get historyFile() {
    return path.join(this.root, 'history.json')
  }

  /** The id of the served build, if any. */
  async currentId(): Promise<string | undefined> {
    try {
      return path.basename(await readlink(this.current))
    } catch {
      return undefined
    }
  }

  /** When the served build went live, from the file system: the moment `current` was last switched. */
  async switchedAt(): Promise<string | undefined> {
    try {
      return (await lstat(this.current)).mtime.toISOString()
    } catch {
      return undefined
    }
  }

  /** Successful builds, oldest first. */
  async list(): Promise<string[]> {
    if (!existsSync(this.builds)) return []
    const entries = await readdir(this.builds, {withFileTypes: true})
    return entries.filter((entry) => entry.isDirectory() && !entry.name.endsWith('.partial')).map((entry) => entry.name).sort()
  }

  /**
   * The builds served, oldest first, the served one last, each still on disk. Before there was a
   * history (a site published by an older publisher), the builds up to the served one in time order.
   */
  async history(): Promise<string[]> {
    const builds = await this.list()
    const current = await this.currentId()
    const recorded = (await readJsonFile<{served: string[]}>(this.historyFile).catch(() => undefined))?.served ?? builds.slice(0, current ? builds.indexOf(current) + 1 : 0)
    const served = recorded.filter((id) => builds.includes(id) && id !== current)
    // `current` last even if the publisher stopped between switching it and writing the history.
    return current && builds.includes(current) ? [...served, current] : served
  }

  /**
   * Runs the build command into a fresh folder and, when it succeeds and the folder holds a whole
   * site, serves it. A failed build changes nothing that is served. The command runs in a process
   * group of its own, so that stopping it (past `timeoutMs`, or when the service stops) stops every
   * process it started.
   */
  async build(command: string, env: NodeJS.ProcessEnv, log: (message: string) => void, limits: BuildLimits = {}): Promise<BuildResult & {stopped?: boolean}> {
    const started = this.clock().getTime()
    const id = newId(new Date(started))
    await mkdir(this.builds, {recursive: true})
    await mkdir(path.join(this.root, 'logs'), {recursive: true})
    const partial = path.join(this.builds, `${id}.partial`)
    const logName = path.join('logs', `${id}.log`)
    const finish = (ok: boolean, reason?: string): BuildResult => ({
      id,
      ok,
      startedAt: new Date(started).toISOString(),
      finishedAt: this.clock().toISOString(),
      durationMs: this.clock().getTime() - started,
      ...(reason ? {reason} : {}),
      log: logName,
    })
    if (limits.signal?.aborted) return {...finish(false, 'stopped before it started'), stopped: true}

    log(`build ${id}: started (${command.replace('{out}', partial)})`)
    this.running = {id, startedAt: new Date(started).toISOString(), log: logName}
    const ended = await run(command.replace('{out}', JSON.stringify(partial)), env, path.join(this.root, logName), limits).finally(() => {
      this.running = undefined
    })
    if (ended.code !== 0) {
      await rm(partial, {recursive: true, force: true})
      const logFile = path.join(this.root, logName)
      if (ended.stopped) {
        log(`build ${id}: stopped, as the service is stopping; the site served is unchanged`)
        return {...finish(false, 'stopped: the publisher stopped'), stopped: true}
      }
      if (ended.timedOut) {
        const limit = `${Math.round(limits.timeoutMs! / 1000)} s`
        log(`build ${id}: timed out after ${limit} (PUBLISHER_BUILD_TIMEOUT_S); stopped it and every process it started; the site served is unchanged. Log: ${logFile}`)
        return finish(false, `timed out after ${limit} (PUBLISHER_BUILD_TIMEOUT_S)`)
      }
      log(`build ${id}: failed (exit ${ended.code}); the site served is unchanged. Log: ${logFile}${ended.tail ? `; its last lines:\n${ended.tail}` : ''}`)
      return finish(false, `exit code ${ended.code}`)
    }
    const missing = REQUIRED.filter((file) => !existsSync(path.join(partial, file)))
    if (missing.length > 0) {
      await rm(partial, {recursive: true, force: true})
      log(`build ${id}: incomplete (no ${missing.join(', ')}); the site served is unchanged`)
      return finish(false, `the build has no ${missing.join(', ')}`)
    }
    await rename(partial, path.join(this.builds, id))
    const history = await this.history()
    await this.serve(id)
    await writeJsonFile(this.historyFile, {served: [...history, id]})
    log(`build ${id}: served`)
    return finish(true)
  }

  /** Points `current` at a build, atomically. */
  async serve(id: string): Promise<void> {
    const next = `${this.current}.next`
    await rm(next, {force: true})
    await symlink(path.join('builds', id), next)
    await rename(next, this.current)
  }

  /**
   * Serves the build served before the current one; returns its id. The build rolled back from
   * leaves the history: no later rollback serves it again.
   */
  async rollback(): Promise<string> {
    const history = await this.history()
    const current = await this.currentId()
    const previous = history.at(-2)
    if (!previous || history.at(-1) !== current) throw new Error(`There is no build before ${current ?? 'the current one'} in ${this.builds} to go back to`)
    await this.serve(previous)
    await writeJsonFile(this.historyFile, {served: history.slice(0, -1)})
    return previous
  }

  /** Deletes the builds no rollback can reach: keeps the last `keep` served, the current one among them. */
  async prune(keep: number): Promise<string[]> {
    const history = await this.history()
    const kept = history.slice(-keep)
    const old = (await this.list()).filter((id) => !kept.includes(id))
    for (const id of old) await rm(path.join(this.builds, id), {recursive: true, force: true})
    await writeJsonFile(this.historyFile, {served: kept})
    return old
  }

  /** Leftovers of a build that was interrupted (the service stopped mid-build). */
  async cleanPartial(): Promise<void> {
    if (existsSync(this.builds)) {
      for (const entry of await readdir(this.builds)) if (entry.endsWith('.partial')) await rm(path.join(this.builds, entry), {recursive: true, force: true})
    }
    if (existsSync(`${this.current}.next`) && (await lstat(`${this.current}.next`)).isSymbolicLink()) await rm(`${this.current}.next`)
    // Half-written state files (writeJsonFile's temporaries).
    for (const entry of await readdir(this.root).catch(() => [] as string[])) if (entry.endsWith('.tmp')) await rm(path.join(this.root, entry), {force: true})
  }

  /** Records the last result next to the builds, so a restarted service can report it. */
  async remember(result: BuildResult): Promise<void> {
    await writeJsonFile(path.join(this.root, 'last-build.json'), result)
  }

  /** The last result remembered, with only the fields /health shows (an older publisher wrote the output's tail too). */
  async lastResult(): Promise<BuildResult | undefined> {
    const last = await readJsonFile<BuildResult>(path.join(this.root, 'last-build.json')).catch(() => undefined)
    if (!last || typeof last.id !== 'string') return undefined
    return {
      id: last.id,
      ok: last.ok === true,
      startedAt: last.startedAt,
      finishedAt: last.finishedAt,
      durationMs: last.durationMs,
      ...(last.ok ? {} : {reason: typeof last.reason === 'string' ? last.reason : 'failed'}),
      log: path.join('logs', `${path.basename(last.id)}.log`),
    }
  }
}

interface Ended {
  code: number
  /** The last lines of the output, for the service's own log (never for /health). */
  tail: string
  timedOut: boolean
  stopped: boolean
}

const DEFAULT_KILL_GRACE_MS = 10_000

/**
 * Runs a shell command in a process group of its own, its output into a log file. Past the time
 * limit, or when `signal` aborts, the whole group is asked to stop (SIGTERM) and, after a grace
 * period, killed (SIGKILL): a build's children (astro's workers, a stuck fetch) go with it.
 */
function run(command: string, env: NodeJS.ProcessEnv, logFile: string, limits: BuildLimits): Promise<Ended> {
  return new Promise((resolve) => {
    const out = createWriteStream(logFile)
    const child = spawn(command, {shell: true, env, detached: true, stdio: ['ignore', 'pipe', 'pipe']})
    const grace = limits.killGraceMs ?? DEFAULT_KILL_GRACE_MS
    let tail = ''
    let ending: 'timedOut' | 'stopped' | undefined
    let done = false
    const timers: NodeJS.Timeout[] = []
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal)
      } catch {
        // The group is gone already.
      }
    }
    // A publisher that exits (an uncaught error, process.exit) takes its build with it.
    const onExit = () => killGroup('SIGKILL')
    process.once('exit', onExit)
    const end = (code: number) => {
      if (done) return
      done = true
      for (const timer of timers) clearTimeout(timer)
      limits.signal?.removeEventListener('abort', onAbort)
      process.removeListener('exit', onExit)
      // Whatever the build left running in its group (it should be nothing) goes too.
      killGroup('SIGKILL')
      child.stdout?.destroy()
      child.stderr?.destroy()
      out.end()
      // ANSI colours make no sense in a log line.
      // eslint-disable-next-line no-control-regex
      resolve({code, tail: tail.replace(/\u001b\[[0-9;]*m/g, '').trim().split('\n').slice(-8).join('\n'), timedOut: ending === 'timedOut', stopped: ending === 'stopped'})
    }
    const stop = (why: 'timedOut' | 'stopped') => {
      if (ending || done) return
      ending = why
      out.write(`\n[publisher] ${why === 'timedOut' ? `timed out after ${Math.round(limits.timeoutMs! / 1000)} s` : 'the publisher is stopping'}: SIGTERM to the build's processes\n`)
      killGroup('SIGTERM')
      timers.push(
        setTimeout(() => {
          out.write(`[publisher] still running after ${grace / 1000} s: SIGKILL\n`)
          killGroup('SIGKILL')
          // A process that left the group may hold the output open: stop waiting for it.
          timers.push(setTimeout(() => end(137), grace))
        }, grace),
      )
    }
    const onAbort = () => stop('stopped')
    if (limits.timeoutMs) timers.push(setTimeout(() => stop('timedOut'), limits.timeoutMs))
    if (limits.signal) limits.signal.addEventListener('abort', onAbort, {once: true})
    const keep = (chunk: Buffer) => {
      out.write(chunk)
      tail = (tail + chunk.toString('utf8')).slice(-2000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => {
      tail = error.message
      end(127)
    })
    // A build stopped counts as failed, whatever its exit code.
    child.on('close', (code) => end(ending ? 1 : (code ?? 1)))
  })
}
