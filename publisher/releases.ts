import {spawn} from 'node:child_process'
import {createWriteStream, existsSync} from 'node:fs'
import {lstat, mkdir, readdir, readlink, rename, rm, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'

/**
 * The builds of one site on disk:
 *
 *   <root>/current          → builds/<id>   the folder the web server serves (a symlink)
 *   <root>/builds/<id>/     successful builds, newest last; the few before current are for rollback
 *   <root>/logs/<id>.log    the output of every build, failed ones included
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

export interface BuildResult {
  id: string
  ok: boolean
  startedAt: string
  finishedAt: string
  durationMs: number
  /** Why a build failed: the last lines of its output. */
  error?: string
}

export class Releases {
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
   * Runs the build command into a fresh folder and, when it succeeds and the folder holds a whole
   * site, serves it. A failed build changes nothing that is served.
   */
  async build(command: string, env: NodeJS.ProcessEnv, log: (message: string) => void): Promise<BuildResult> {
    const started = this.clock().getTime()
    const id = newId(new Date(started))
    await mkdir(this.builds, {recursive: true})
    await mkdir(path.join(this.root, 'logs'), {recursive: true})
    const partial = path.join(this.builds, `${id}.partial`)
    const logFile = path.join(this.root, 'logs', `${id}.log`)
    const finish = (ok: boolean, error?: string): BuildResult => ({
      id,
      ok,
      startedAt: new Date(started).toISOString(),
      finishedAt: this.clock().toISOString(),
      durationMs: this.clock().getTime() - started,
      ...(error ? {error} : {}),
    })

    log(`build ${id}: started (${command.replace('{out}', partial)})`)
    const {code, tail} = await run(command.replace('{out}', JSON.stringify(partial)), env, logFile)
    if (code !== 0) {
      await rm(partial, {recursive: true, force: true})
      log(`build ${id}: failed (exit ${code}); the site served is unchanged. Log: ${logFile}`)
      return finish(false, tail || `exit code ${code}`)
    }
    const missing = REQUIRED.filter((file) => !existsSync(path.join(partial, file)))
    if (missing.length > 0) {
      await rm(partial, {recursive: true, force: true})
      log(`build ${id}: incomplete (no ${missing.join(', ')}); the site served is unchanged`)
      return finish(false, `the build has no ${missing.join(', ')}`)
    }
    await rename(partial, path.join(this.builds, id))
    await this.serve(id)
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

  /** Serves the build before the current one; returns its id. */
  async rollback(): Promise<string> {
    const builds = await this.list()
    const current = await this.currentId()
    const index = current === undefined ? -1 : builds.indexOf(current)
    const previous = index > 0 ? builds[index - 1] : undefined
    if (!previous) throw new Error(`There is no build before ${current ?? 'the current one'} in ${this.builds} to go back to`)
    await this.serve(previous)
    return previous
  }

  /** Deletes old builds and their logs, keeping the newest `keep` and always the served one. */
  async prune(keep: number): Promise<string[]> {
    const builds = await this.list()
    const current = await this.currentId()
    const old = builds.slice(0, Math.max(0, builds.length - keep)).filter((id) => id !== current)
    for (const id of old) await rm(path.join(this.builds, id), {recursive: true, force: true})
    return old
  }

  /** Leftovers of a build that was interrupted (the service stopped mid-build). */
  async cleanPartial(): Promise<void> {
    if (!existsSync(this.builds)) return
    for (const entry of await readdir(this.builds)) if (entry.endsWith('.partial')) await rm(path.join(this.builds, entry), {recursive: true, force: true})
    if (existsSync(`${this.current}.next`) && (await lstat(`${this.current}.next`)).isSymbolicLink()) await rm(`${this.current}.next`)
  }

  /** Records the last result next to the builds, so a restarted service can report it. */
  async remember(result: BuildResult): Promise<void> {
    await writeFile(path.join(this.root, 'last-build.json'), `${JSON.stringify(result, null, 2)}\n`)
  }
}

/** Runs a shell command, its output into a log file; resolves with the exit code and the last lines. */
function run(command: string, env: NodeJS.ProcessEnv, logFile: string): Promise<{code: number; tail: string}> {
  return new Promise((resolve) => {
    const out = createWriteStream(logFile)
    const child = spawn(command, {shell: true, env, stdio: ['ignore', 'pipe', 'pipe']})
    let tail = ''
    const keep = (chunk: Buffer) => {
      out.write(chunk)
      tail = (tail + chunk.toString('utf8')).slice(-2000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => {
      out.end()
      resolve({code: 127, tail: error.message})
    })
    child.on('close', (code) => {
      out.end()
      // ANSI colours make no sense in a health report.
      // eslint-disable-next-line no-control-regex
      resolve({code: code ?? 1, tail: tail.replace(/\u001b\[[0-9;]*m/g, '').trim().split('\n').slice(-8).join('\n')})
    })
  })
}
