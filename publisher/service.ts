import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import {mkdir, readdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import type {PublisherConfig} from './config'
import {ClientGone, HttpError, lingerOnClose, readBody} from './http'
import {Releases, type BuildResult} from './releases'
import {Lock, Scheduler} from './scheduler'
import {SeenSignatures} from './seen-signatures'
import {readJsonFile, writeJsonFile} from './state-file'
import {siteStatus, StatusReporter} from './status'
import {PUBLISHER_STATUS_TYPE} from '../schemas/lib/publisher-status'

/**
 * The publisher: receives Sanity's webhooks, and builds and serves the site (and the draft
 * preview, when configured) without anyone touching a terminal.
 *
 *   POST /webhook           a published change: rebuilds the site (and the preview)
 *   POST /webhook/preview   a change to a draft: rebuilds the preview only
 *   GET  /health            the state and builds of each site, as JSON: 200 when all is well;
 *                           500 while a site's last build has failed or a build runs past its
 *                           time limit; 503 while a site serves nothing yet
 *
 * and, with a write token, tells the Studio when a publish is on the website (see status.ts).
 * A publish is kept on disk (pending-publish.json) before it is answered, so that one accepted and
 * not built yet is built after a restart; a signed request is accepted once (seen-signatures.json).
 */

export type Log = (message: string) => void

export const consoleLog: Log = (message) => console.log(`${new Date().toISOString()} ${message}`)

interface Target {
  name: 'site' | 'preview'
  releases: Releases
  scheduler: Scheduler
  last?: BuildResult
  /** Publishes accepted that no build started since (kept in pending-publish.json), and since when. */
  unbuilt: number
  unbuiltSince?: string
  /** Writes of pending-publish.json, one after the other. */
  saving: Promise<void>
}

/** A publish accepted and not built yet, on disk: a restart builds it. */
interface PendingPublish {
  since: string
  publishes: number
}

const PENDING_FILE = 'pending-publish.json'

/** Writes (or, with nothing unbuilt, removes) a target's pending-publish.json, after the writes before. */
function savePending(target: Target): Promise<void> {
  const file = path.join(target.releases.root, PENDING_FILE)
  const write = () =>
    target.unbuilt > 0 ? writeJsonFile(file, {since: target.unbuiltSince!, publishes: target.unbuilt} satisfies PendingPublish) : rm(file, {force: true})
  target.saving = target.saving.then(write, write)
  return target.saving
}

const LOGS_KEPT = 50

async function pruneLogs(root: string): Promise<void> {
  const folder = path.join(root, 'logs')
  const logs = (await readdir(folder).catch(() => [] as string[])).sort()
  for (const old of logs.slice(0, Math.max(0, logs.length - LOGS_KEPT))) await rm(path.join(folder, old), {force: true})
}

/**
 * What a build may read of the service's environment: what the site reads (site/lib/env.ts,
 * content-source.ts, build-clock.ts, astro.config.mjs) and what the shell, npx and Node need. Not
 * the webhook's secret, the write token, the intake's secret or anything else the service has.
 */
const BUILD_ENV = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'CI',
  'CONTENT_SOURCE',
  'CONTENT_DATASET',
  'SANITY_PROJECT_ID',
  'SANITY_DATASET',
  'SANITY_API_VERSION',
  'SANITY_API_HOST',
  'SANITY_TIMEOUT_MS',
  'SANITY_MAX_RETRIES',
  'SITE_URL',
  'INTAKE_URL',
  'SITE_NOW',
  // A server that reaches the Content Lake through a proxy (Node follows them with NODE_USE_ENV_PROXY=1).
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
])
/** Locales, Node's options (NODE_OPTIONS, NODE_EXTRA_CA_CERTS…) and Astro's (ASTRO_TELEMETRY_DISABLED…) */
const BUILD_ENV_PREFIX = /^(LC_|NODE_|ASTRO_)/
/** …but no credential under those prefixes (NODE_AUTH_TOKEN is npm's; NODE_TLS_REJECT_UNAUTHORIZED is not one). */
const CREDENTIAL = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|(^|_)(AUTH|KEY)(_|$)/i

/**
 * The environment each build runs with: the allowed variables only. The public site reads the
 * published perspective and never gets the preview's read token (a private dataset gives it its
 * own, SANITY_SITE_READ_TOKEN); the preview gets the read token and the drafts perspective.
 */
export function buildEnv(config: PublisherConfig, target: Target['name'], env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const allowed = Object.fromEntries(
    Object.entries(env).filter(([name, value]) => value !== undefined && (BUILD_ENV.has(name) || (BUILD_ENV_PREFIX.test(name) && !CREDENTIAL.test(name)))),
  )
  if (target === 'site') {
    const own = env.SANITY_SITE_READ_TOKEN?.trim()
    return {...allowed, SANITY_PERSPECTIVE: 'published', ...(own ? {SANITY_API_READ_TOKEN: own} : {})}
  }
  return {
    ...allowed,
    CONTENT_SOURCE: 'sanity',
    SANITY_PERSPECTIVE: 'drafts',
    SANITY_API_READ_TOKEN: config.previewToken,
    ...(env.PUBLISHER_PREVIEW_SITE_URL ? {SITE_URL: env.PUBLISHER_PREVIEW_SITE_URL} : {}),
    // Its own image cache: the two builds never run at once, but need not evict each other's images.
    ASTRO_CACHE_DIR: env.PUBLISHER_PREVIEW_CACHE_DIR ?? 'node_modules/.astro-preview',
  }
}

/** Checks a webhook the way Sanity signs it; throws a 401 saying why not. */
export async function verifyWebhook(body: string, header: string | string[] | undefined, secret: string, maxAgeMs: number, now = Date.now()): Promise<void> {
  if (typeof header !== 'string' || header === '') throw new HttpError(401, `no ${SIGNATURE_HEADER_NAME} header`)
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(header).timestamp
  } catch {
    throw new HttpError(401, `malformed ${SIGNATURE_HEADER_NAME} header`)
  }
  if (body === '') throw new HttpError(401, 'empty body')
  if (!(await isValidSignature(body, header, secret))) throw new HttpError(401, 'the signature does not match the body and the secret')
  if (Math.abs(now - timestamp) > maxAgeMs) throw new HttpError(401, `the signature is ${Math.round((now - timestamp) / 1000)} s old (at most ${maxAgeMs / 1000} s)`)
}

/** Milliseconds from `now` to the next HH:MM in Hà Nội (UTC+7 all year). */
export function msUntilDaily(at: string, now: Date): number {
  const [hours, minutes] = at.split(':').map(Number) as [number, number]
  const next = new Date(now)
  next.setUTCHours(hours - 7, minutes, 0, 0)
  while (next.getTime() <= now.getTime()) next.setTime(next.getTime() + 86_400_000)
  while (next.getTime() - now.getTime() > 86_400_000) next.setTime(next.getTime() - 86_400_000)
  return next.getTime() - now.getTime()
}

export interface Publisher {
  server: Server
  url: string
  targets: Target[]
  /** Resolves when no build is scheduled or running. */
  whenIdle(): Promise<void>
  close(): Promise<void>
}

/** The service's clock; tests start it at another moment to see the nightly build happen. */
export type Clock = () => Date

export async function startPublisher(config: PublisherConfig, log: Log = consoleLog, env: NodeJS.ProcessEnv = process.env, clock: Clock = () => new Date()): Promise<Publisher> {
  const lock = new Lock()
  const targets: Target[] = []
  const reporter = config.status ? new StatusReporter(config.status.sanity, config.status.token, (message) => log(message)) : undefined
  if (!config.status) log('no status for the Studio: it needs CONTENT_SOURCE=sanity and SANITY_API_WRITE_TOKEN')
  /** Tells the Studio where the public site stands, after every change. */
  const reportStatus = async () => {
    const site = targets.find((target) => target.name === 'site')
    if (!reporter || !site) return
    const served = await site.releases.currentId()
    await reporter.report({
      updatedAt: clock().toISOString(),
      site: siteStatus({
        state: site.scheduler.state,
        anotherBuildPending: site.scheduler.pending,
        served,
        // The build that just finished, by the publisher's clock; else (a restart, a rollback) the file system's.
        servedSince: site.last?.ok && site.last.id === served ? site.last.finishedAt : await site.releases.switchedAt(),
        last: site.last,
      }),
    })
  }
  let reporting: Promise<void> = Promise.resolve()
  const onChange = () => {
    reporting = reporting.then(reportStatus).catch((error: unknown) => log(`status for the Studio: ${(error as Error).message}`))
  }
  const roots: [Target['name'], string | undefined][] = [
    ['site', config.siteRoot],
    ['preview', config.previewRoot],
  ]
  /** Aborts the build running when the service stops: nothing of it outlives the service. */
  const stopping = new AbortController()
  for (const [name, root] of roots) {
    if (!root) continue
    const releases = new Releases(root, clock)
    await releases.cleanPartial()
    const target: Target = {
      name,
      releases,
      unbuilt: 0,
      saving: Promise.resolve(),
      scheduler: new Scheduler({
        debounceMs: config.debounceMs,
        lock,
        onChange: name === 'site' ? onChange : undefined,
        build: async () => {
          // The publishes this build carries: every one accepted before it starts reading.
          const carried = target.unbuilt
          const limits = {timeoutMs: config.buildTimeoutMs, killGraceMs: config.buildKillGraceMs, signal: stopping.signal}
          const {stopped, ...result} = await releases.build(config.buildCommand, buildEnv(config, name, env), (message) => log(`[${name}] ${message}`), limits)
          // Neither a result nor built: the publishes it carried stay for the next start.
          if (stopped) return
          target.last = result
          await releases.remember(result)
          target.unbuilt -= carried
          if (target.unbuilt === 0) target.unbuiltSince = undefined
          await savePending(target)
          if (result.ok) {
            const removed = await releases.prune(config.keep)
            if (removed.length > 0) log(`[${name}] removed old builds ${removed.join(', ')}`)
          }
          await pruneLogs(root)
          log(`[${name}] ${result.ok ? 'build finished' : `BUILD FAILED (${result.reason})`} in ${(result.durationMs / 1000).toFixed(1)} s`)
        },
      }),
    }
    target.last = await releases.lastResult()
    await mkdir(root, {recursive: true})
    const pending = await readJsonFile<PendingPublish>(path.join(root, PENDING_FILE)).catch(() => ({since: clock().toISOString(), publishes: 1}))
    if (pending) {
      target.unbuilt = Math.max(1, Number(pending.publishes) || 1)
      target.unbuiltSince = typeof pending.since === 'string' ? pending.since : clock().toISOString()
      log(`[${name}] a publish accepted before the restart (${target.unbuiltSince}) was not built yet: building it`)
      target.scheduler.notify()
    }
    targets.push(target)
  }
  const seen = new SeenSignatures(path.join(config.siteRoot, 'seen-signatures.json'))
  await seen.load(clock().getTime())
  onChange()

  async function health(response: ServerResponse) {
    const now = clock().getTime()
    const problems: string[] = []
    let failing = false
    const report = await Promise.all(
      targets.map(async (target) => {
        const running = target.releases.running
        const runningMs = running ? now - Date.parse(running.startedAt) : 0
        const overdue = running !== undefined && runningMs > config.buildTimeoutMs
        const served = (await target.releases.currentId()) ?? null
        const history = await target.releases.history()
        if (overdue) problems.push(`${target.name}: build ${running.id} has run past its limit of ${config.buildTimeoutMs / 1000} s`)
        if (target.last && !target.last.ok) problems.push(`${target.name}: the last build failed (${target.last.reason})`)
        failing ||= overdue || (target.last !== undefined && !target.last.ok)
        if (!served) problems.push(`${target.name}: nothing served yet`)
        // Ids, states, times and names relative to the site's root: /health may be reachable from outside.
        return {
          name: target.name,
          state: target.scheduler.state,
          anotherBuildPending: target.scheduler.pending,
          unbuiltPublishSince: target.unbuiltSince ?? null,
          served,
          rollbackTo: history.at(-1) === served ? (history.at(-2) ?? null) : null,
          builds: await target.releases.list(),
          building: running ? {...running, runningMs, overdue} : null,
          lastBuild: target.last ?? null,
        }
      }),
    )
    const status = failing ? 500 : report.some((target) => target.served === null) ? 503 : 200
    response.writeHead(status, {'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store'})
    response.end(`${JSON.stringify({ok: status === 200, problems, sites: report}, null, 2)}\n`)
  }

  async function webhook(request: IncomingMessage, response: ServerResponse, pathname: string, which: Target['name'][]) {
    const body = await readBody(request, config.maxBodyBytes)
    const signature = request.headers[SIGNATURE_HEADER_NAME]
    const now = clock().getTime()
    await verifyWebhook(body, signature, config.secret, config.maxSignatureAgeMs, now)
    // Verified: a string, with a timestamp. Past its expiry the age check refuses it anyway.
    const key = SeenSignatures.key(pathname, signature as string)
    if (!seen.claim(key, decodeSignatureHeader(signature as string).timestamp + config.maxSignatureAgeMs, now)) {
      throw new HttpError(409, 'this signed request was already received (a replay?); nothing is built for it')
    }
    let about = ''
    let own = false
    try {
      const payload = JSON.parse(body) as {_id?: unknown; _type?: unknown}
      about = [payload._type, payload._id].filter((value) => typeof value === 'string').join(' ')
      // A webhook filter that lets the publisher's own status through must not make it build for ever.
      own = payload._type === PUBLISHER_STATUS_TYPE
    } catch {
      // The projection is the editors' choice; any signed body counts as a change.
    }
    const scheduled = own ? [] : targets.filter((target) => which.includes(target.name))
    // On disk before Sanity hears "accepted": a restart builds it, a replay is refused.
    for (const target of scheduled) {
      target.unbuilt++
      target.unbuiltSince ??= new Date(now).toISOString()
    }
    try {
      await Promise.all([seen.save(), ...scheduled.map(savePending)])
    } catch (error) {
      seen.release(key)
      for (const target of scheduled) target.unbuilt--
      throw error
    }
    for (const target of scheduled) target.scheduler.notify()
    log(`webhook accepted${about ? ` (${about})` : ''}: ${scheduled.map((target) => `${target.name} ${target.scheduler.state}${target.scheduler.pending ? ', one more build pending' : ''}`).join('; ') || 'nothing to build'}`)
    response.writeHead(202, {'content-type': 'application/json; charset=utf-8'})
    response.end(`${JSON.stringify({accepted: true, scheduled: scheduled.map((target) => target.name)})}\n`)
  }

  const server = createServer((request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://publisher')
    const handle = async () => {
      if (pathname === '/health' && request.method === 'GET') return health(response)
      if (pathname === '/webhook' || pathname === '/webhook/preview') {
        if (request.method !== 'POST') throw new HttpError(405, 'use POST')
        return webhook(request, response, pathname, pathname === '/webhook' ? ['site', 'preview'] : ['preview'])
      }
      throw new HttpError(404, 'not found')
    }
    handle().catch((error: unknown) => {
      // Nobody is left to answer: one line in the log, not an error of the service's.
      if (error instanceof ClientGone) return log(`aborted: ${error.message} (${pathname})`)
      const status = error instanceof HttpError ? error.status : 500
      // The rest of a body too large is still coming: the answer goes first, then the connection closes.
      if (status === 413) lingerOnClose(request.socket)
      const message = error instanceof Error ? error.message : String(error)
      if (status === 401 || status === 409 || status === 413) log(`webhook refused (${status}): ${message}`)
      else if (status === 500) log(`error: ${message}`)
      if (!response.headersSent)
        response.writeHead(status, {'content-type': 'application/json; charset=utf-8', ...(status === 405 ? {allow: 'POST'} : {}), ...(status === 413 ? {connection: 'close'} : {})})
      response.end(`${JSON.stringify({error: message})}\n`)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, resolve)
  })
  // Pages show "upcoming" and "registration open" as of their build: rebuild every night.
  let daily: NodeJS.Timeout | undefined
  const scheduleDaily = () => {
    if (!config.dailyBuildAt) return
    daily = setTimeout(() => {
      log(`daily build (${config.dailyBuildAt} Hà Nội time)`)
      for (const target of targets) target.scheduler.notify()
      scheduleDaily()
    }, msUntilDaily(config.dailyBuildAt, clock()))
    daily.unref()
  }
  scheduleDaily()

  const address = server.address()
  const url = `http://${config.host}:${typeof address === 'object' && address ? address.port : config.port}`
  log(`publisher listening on ${url} (sites: ${targets.map((target) => `${target.name} → ${target.releases.root}/current`).join(', ')}; window ${config.debounceMs} ms; build time limit ${config.buildTimeoutMs / 1000} s)`)

  return {
    server,
    url,
    targets,
    async whenIdle() {
      await Promise.all(targets.map((target) => target.scheduler.whenIdle()))
      await reporting
    },
    async close() {
      clearTimeout(daily)
      for (const target of targets) target.scheduler.stop()
      stopping.abort()
      await Promise.all(targets.map((target) => target.scheduler.whenIdle()))
      await Promise.all(targets.map((target) => target.saving))
      await reporting
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
