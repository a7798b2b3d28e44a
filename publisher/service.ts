import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import {readFile, readdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import type {PublisherConfig} from './config'
import {HttpError, readBody} from './http'
import {Releases, type BuildResult} from './releases'
import {Lock, Scheduler} from './scheduler'
import {siteStatus, StatusReporter} from './status'
import {PUBLISHER_STATUS_TYPE} from '../schemas/lib/publisher-status'

/**
 * The publisher: receives Sanity's webhooks, and builds and serves the site (and the draft
 * preview, when configured) without anyone touching a terminal.
 *
 *   POST /webhook           a published change: rebuilds the site (and the preview)
 *   POST /webhook/preview   a change to a draft: rebuilds the preview only
 *   GET  /health            the state and last build of each site, as JSON
 *                           (HTTP 500 while the last build of a site has failed)
 *
 * and, with a write token, tells the Studio when a publish is on the website (see status.ts).
 */

export type Log = (message: string) => void

export const consoleLog: Log = (message) => console.log(`${new Date().toISOString()} ${message}`)

interface Target {
  name: 'site' | 'preview'
  releases: Releases
  scheduler: Scheduler
  last?: BuildResult
}

const LOGS_KEPT = 50

async function pruneLogs(root: string): Promise<void> {
  const folder = path.join(root, 'logs')
  const logs = (await readdir(folder).catch(() => [] as string[])).sort()
  for (const old of logs.slice(0, Math.max(0, logs.length - LOGS_KEPT))) await rm(path.join(folder, old), {force: true})
}

/**
 * The environment each build runs with. The public site reads the published perspective and never
 * gets the preview's read token (a private dataset gives it its own, SANITY_SITE_READ_TOKEN).
 */
export function buildEnv(config: PublisherConfig, target: Target['name'], env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  // The publisher's write token (for the Studio's status) is no build's business.
  const {SANITY_API_WRITE_TOKEN: _write, ...readOnly} = env
  if (target === 'site') {
    const {SANITY_API_READ_TOKEN: _preview, SANITY_SITE_READ_TOKEN: own, ...rest} = readOnly
    return {...rest, SANITY_PERSPECTIVE: 'published', ...(own ? {SANITY_API_READ_TOKEN: own} : {})}
  }
  return {
    ...readOnly,
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
  for (const [name, root] of roots) {
    if (!root) continue
    const releases = new Releases(root, clock)
    await releases.cleanPartial()
    const target: Target = {
      name,
      releases,
      scheduler: new Scheduler({
        debounceMs: config.debounceMs,
        lock,
        onChange: name === 'site' ? onChange : undefined,
        build: async () => {
          const result = await releases.build(config.buildCommand, buildEnv(config, name, env), (message) => log(`[${name}] ${message}`))
          target.last = result
          await releases.remember(result)
          if (result.ok) {
            const removed = await releases.prune(config.keep)
            if (removed.length > 0) log(`[${name}] removed old builds ${removed.join(', ')}`)
          }
          await pruneLogs(root)
          log(`[${name}] ${result.ok ? 'build finished' : 'BUILD FAILED'} in ${(result.durationMs / 1000).toFixed(1)} s`)
        },
      }),
    }
    target.last = await readFile(path.join(root, 'last-build.json'), 'utf8')
      .then((text) => JSON.parse(text) as BuildResult)
      .catch(() => undefined)
    targets.push(target)
  }
  onChange()

  async function health(response: ServerResponse) {
    const report = await Promise.all(
      targets.map(async (target) => ({
        name: target.name,
        state: target.scheduler.state,
        anotherBuildPending: target.scheduler.pending,
        served: (await target.releases.currentId()) ?? null,
        builds: await target.releases.list(),
        lastBuild: target.last ?? null,
      })),
    )
    const ok = report.every((target) => target.lastBuild === null || target.lastBuild.ok)
    response.writeHead(ok ? 200 : 500, {'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store'})
    response.end(`${JSON.stringify({ok, sites: report}, null, 2)}\n`)
  }

  async function webhook(request: IncomingMessage, response: ServerResponse, which: Target['name'][]) {
    const body = await readBody(request, config.maxBodyBytes)
    await verifyWebhook(body, request.headers[SIGNATURE_HEADER_NAME], config.secret, config.maxSignatureAgeMs, clock().getTime())
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
        return webhook(request, response, pathname === '/webhook' ? ['site', 'preview'] : ['preview'])
      }
      throw new HttpError(404, 'not found')
    }
    handle().catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500
      const message = error instanceof Error ? error.message : String(error)
      if (status === 401 || status === 413) log(`webhook refused (${status}): ${message}`)
      else if (status === 500) log(`error: ${message}`)
      if (!response.headersSent) response.writeHead(status, {'content-type': 'application/json; charset=utf-8', ...(status === 405 ? {allow: 'POST'} : {})})
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
  log(`publisher listening on ${url} (sites: ${targets.map((target) => `${target.name} → ${target.releases.root}/current`).join(', ')}; window ${config.debounceMs} ms)`)

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
      await reporting
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
