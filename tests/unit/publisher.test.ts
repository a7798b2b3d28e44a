/**
 * The publisher's webhook checks (replays included), scheduling, time limit, restarts, atomic
 * switch, failure handling, /health, rollback and the builds' environment, with a
 * stand-in build (tests/fixtures/stand-in-build.mjs) so that only the publisher is timed. The real
 * `astro build` through the publisher is tested in tests/build/publisher.test.ts.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {readlink} from 'node:fs/promises'
import type {AddressInfo, Socket} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {fileURLToPath} from 'node:url'
import {encodeSignatureHeader} from '@sanity/webhook'
import {afterEach, describe, expect, it} from 'vitest'
import {ConfigError, readPublisherConfig, type PublisherConfig} from '../../publisher/config'
import {Releases} from '../../publisher/releases'
import {buildEnv, msUntilDaily, startPublisher, verifyWebhook, type Publisher} from '../../publisher/service'
import {serve} from '../../scripts/lib/static-server'
import {rawRequest} from '../support/raw-request'

const root = fileURLToPath(new URL('../..', import.meta.url))
const SECRET = 'a-webhook-secret-of-some-length'
const standInCommand = `node ${JSON.stringify(path.join(root, 'tests/fixtures/stand-in-build.mjs'))} {out}`
const payload = JSON.stringify({_id: 'product-banh-chung-tranh-khuc', _type: 'product', slug: 'banh-chung-tranh-khuc'})

const cleanups: (() => Promise<unknown> | unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ocop-publisher-'))
  cleanups.push(() => rmSync(dir, {recursive: true, force: true}))
  return dir
}

interface Started {
  publisher: Publisher
  dir: string
  log: string[]
  builds: () => number
  /** Signs and sends a webhook as Sanity does. */
  send: (body?: string, init?: {secret?: string; timestamp?: number; header?: string | null; path?: string}) => Promise<Response>
}

/** What the stand-in build does (tests/fixtures/stand-in-build.mjs). */
interface StandIn {
  ms?: number
  failIf?: string
  hangIf?: string
  pids?: string
  envTo?: string
}

/** Two webhooks never carry the same signature, as two deliveries of Sanity's never do. */
let lastTimestamp = 0

async function start(settings: Partial<PublisherConfig> = {}, standIn: StandIn = {}, clock?: () => Date, env: Record<string, string> = {}): Promise<Started> {
  const dir = scratch()
  const buildLog = path.join(dir, 'builds.log')
  const options = Object.entries({log: buildLog, ms: standIn.ms ?? 50, 'fail-if': standIn.failIf, 'hang-if': standIn.hangIf, pids: standIn.pids, 'env-to': standIn.envTo})
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `--${name}=${JSON.stringify(String(value))}`)
  const config: PublisherConfig = {
    host: '127.0.0.1',
    port: 0,
    secret: SECRET,
    maxSignatureAgeMs: 300_000,
    debounceMs: 100,
    keep: 3,
    buildCommand: `${standInCommand} ${options.join(' ')}`,
    buildTimeoutMs: 60_000,
    siteRoot: path.join(dir, 'site'),
    maxBodyBytes: 64 * 1024,
    ...settings,
  }
  const log: string[] = []
  const publisher = await startPublisher(config, (message) => log.push(message), {...process.env, ...env}, clock)
  cleanups.push(() => publisher.close())
  return {
    publisher,
    dir,
    log,
    builds: () => (existsSync(buildLog) ? readFileSync(buildLog, 'utf8').trim().split('\n').length : 0),
    async send(body = payload, init = {}) {
      lastTimestamp = Math.max(Date.now(), lastTimestamp + 1)
      const header = init.header === undefined ? await encodeSignatureHeader(body, init.timestamp ?? lastTimestamp, init.secret ?? SECRET) : init.header
      return fetch(`${publisher.url}${init.path ?? '/webhook'}`, {
        method: 'POST',
        headers: {'content-type': 'application/json', ...(header === null ? {} : {'sanity-webhook-signature': header})},
        body,
      })
    },
  }
}

interface SiteReport {
  name: string
  state: string
  anotherBuildPending: boolean
  served: string | null
  builds: string[]
  lastBuild: {id: string; ok: boolean; reason?: string; log: string; durationMs: number} | null
}

/** Whether a process runs (a zombie, dead but not yet reaped, does not). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

async function health(publisher: Publisher) {
  const response = await fetch(`${publisher.url}/health`)
  const text = await response.text()
  return {status: response.status, text, body: JSON.parse(text) as {ok: boolean; sites: SiteReport[]}}
}

describe('webhook signatures', () => {
  const now = Date.now()
  const signed = (body: string, options: {secret?: string; timestamp?: number} = {}) => encodeSignatureHeader(body, options.timestamp ?? now, options.secret ?? SECRET)

  it('accepts a request signed with the secret, now', async () => {
    await expect(verifyWebhook(payload, await signed(payload), SECRET, 300_000, now)).resolves.toBeUndefined()
  })

  it.each([
    ['signed with another secret', async () => [payload, await signed(payload, {secret: 'another-secret-of-some-length'})], 'does not match'],
    ['whose body was changed after signing', async () => [payload.replace('banh-chung', 'gio-lua'), await signed(payload)], 'does not match'],
    ['without the signature header', async () => [payload, undefined], 'no sanity-webhook-signature header'],
    ['with a header that is not a signature', async () => [payload, 'v1=abc'], 'malformed'],
    ['signed ten minutes ago', async () => [payload, await signed(payload, {timestamp: now - 600_000})], 's old'],
  ] as const)('refuses a request %s', async (_case, make, reason) => {
    const [body, header] = await make()
    await expect(verifyWebhook(body!, header, SECRET, 300_000, now)).rejects.toMatchObject({status: 401, message: expect.stringContaining(reason)})
  })

  it('answers 401 over HTTP and builds nothing for a bad request, 202 for a good one', async () => {
    const {publisher, send, builds, log} = await start()
    expect((await send(payload, {header: null})).status).toBe(401)
    expect((await send(payload, {secret: 'another-secret-of-some-length'})).status).toBe(401)
    expect((await send(payload, {timestamp: Date.now() - 3_600_000})).status).toBe(401)
    await sleep(300)
    expect(builds()).toBe(0)
    expect(log.filter((line) => line.startsWith('webhook refused (401)'))).toHaveLength(3)

    const accepted = await send()
    expect(accepted.status).toBe(202)
    expect(await accepted.json()).toEqual({accepted: true, scheduled: ['site']})
    await sleep(50)
    await publisher.whenIdle()
    expect(builds()).toBe(1)
  })

  it('refuses a body over the limit with 413 and other methods with 405', async () => {
    const {publisher, send, builds} = await start({maxBodyBytes: 1024})
    expect((await send(JSON.stringify({_id: 'x'.repeat(4096)}))).status).toBe(413)
    expect((await fetch(`${publisher.url}/webhook`)).status).toBe(405)
    expect((await fetch(`${publisher.url}/nothing-here`)).status).toBe(404)
    await sleep(200)
    expect(builds()).toBe(0)
  })

  /** A webhook written by hand on a socket. */
  const rawPost = (url: string, headers: string, write: (socket: Socket) => Promise<void>) =>
    rawRequest(url, `POST /webhook HTTP/1.1\r\nHost: publisher\r\nContent-Type: application/json\r\n${headers}`, write)

  it('answers a chunked body over the limit with 413 before closing, instead of a reset connection', async () => {
    const {publisher, builds} = await start({maxBodyBytes: 1024})
    const answer = await rawPost(publisher.url, 'Transfer-Encoding: chunked\r\n', async (socket) => {
      const chunk = `"${'x'.repeat(2046)}"`
      // 64 KB in 2 KB pieces, without stopping to read the answer.
      for (let index = 0; index < 32 && !socket.destroyed; index++) {
        socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`)
        await sleep(5)
      }
      if (!socket.destroyed) socket.end('0\r\n\r\n')
    })
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    expect(answer).toMatch(/\r\nconnection: close\r\n/i)
    expect(builds()).toBe(0)
  })

  it('logs a client that leaves in the middle of its body as gone, not as an error', async () => {
    const {publisher, log} = await start()
    await rawPost(publisher.url, 'Content-Length: 1000\r\n', async (socket) => {
      socket.write(payload.slice(0, 20))
      await sleep(100)
      socket.destroy()
    })
    await sleep(200)
    expect(log.some((entry) => /aborted/.test(entry))).toBe(true)
    expect(log.filter((entry) => /error|500/.test(entry))).toEqual([])
  })

  it('refuses a webhook received before (a replay), also after a restart, and builds nothing for it', async () => {
    const first = await start({debounceMs: 0})
    const header = await encodeSignatureHeader(payload, Date.now(), SECRET)
    expect((await first.send(payload, {header})).status).toBe(202)
    await first.publisher.whenIdle()
    expect(first.builds()).toBe(1)

    const replayed = await first.send(payload, {header})
    expect(replayed.status).toBe(409)
    expect(await replayed.json()).toEqual({error: expect.stringContaining('already received')})
    await first.publisher.close()

    const again = await start({debounceMs: 0, siteRoot: path.join(first.dir, 'site')})
    expect((await again.send(payload, {header})).status).toBe(409)
    await sleep(200)
    await again.publisher.whenIdle()
    expect(again.builds()).toBe(0)
    expect(again.log.filter((line) => line.startsWith('webhook refused (409)'))).toHaveLength(1)
    // A new signature of the same change is a new delivery.
    expect((await again.send()).status).toBe(202)
  })
})

describe('scheduling', () => {
  it('turns 20 webhooks within 2 seconds into one build', async () => {
    // The window is wider than the burst, so that a slow machine still delivers the burst inside it.
    const {publisher, send, builds} = await start({debounceMs: 5000})
    const started = Date.now()
    const statuses = await Promise.all(Array.from({length: 20}, (_, n) => sleep(n * 100).then(() => send()).then((response) => response.status)))
    expect(Date.now() - started).toBeLessThan(5000)
    expect(statuses).toEqual(Array(20).fill(202))
    expect((await health(publisher)).body.sites[0]!.state).toBe('scheduled')
    await publisher.whenIdle()
    expect(builds()).toBe(1)
  })

  it('builds exactly once more for webhooks that arrive during a build', async () => {
    const {publisher, send, builds} = await start({debounceMs: 50}, {ms: 4000})
    await send()
    await expect.poll(async () => (await health(publisher)).body.sites[0]!.state).toBe('building')
    for (let n = 0; n < 5; n++) await send()
    expect((await health(publisher)).body.sites[0]).toMatchObject({state: 'building', anotherBuildPending: true})
    await publisher.whenIdle()
    expect(builds()).toBe(2)
    expect((await health(publisher)).body.sites[0]!.state).toBe('idle')
  })

  it('stops a build that runs past its time limit, with every process it started, then builds what came meanwhile', async () => {
    const dir = scratch()
    const hang = path.join(dir, 'hang')
    const pids = path.join(dir, 'pids')
    writeFileSync(hang, '')
    cleanups.push(() => {
      // Whatever happens to the test, no stand-in outlives it.
      for (const pid of existsSync(pids) ? readFileSync(pids, 'utf8').split('\n').filter(Boolean).map(Number) : []) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // already gone
        }
      }
    })
    // The nightly build falls due while the stuck build runs: 00:04:59.5 in Hà Nội at the start.
    const startedAt = Date.now()
    const clock = () => new Date(Date.parse('2026-11-27T00:04:59.500+07:00') + (Date.now() - startedAt))
    const {publisher, send, builds, log} = await start({debounceMs: 0, dailyBuildAt: '00:05', buildTimeoutMs: 3000, buildKillGraceMs: 1000}, {hangIf: hang, pids}, clock)
    // Signed by Sanity's clock, which agrees with the service's.
    expect((await send(payload, {timestamp: clock().getTime()})).status).toBe(202)
    await expect.poll(() => (existsSync(pids) ? readFileSync(pids, 'utf8').split('\n').filter(Boolean).length : 0), {timeout: 5000}).toBe(2)
    rmSync(hang)
    const [build, child] = readFileSync(pids, 'utf8').split('\n').filter(Boolean).map(Number) as [number, number]
    await expect.poll(() => log.includes('daily build (00:05 Hà Nội time)')).toBe(true)

    // Past its limit, and not yet gone (it ignores SIGTERM): /health says something is wrong.
    await expect.poll(async () => (await health(publisher)).status, {timeout: 4000, interval: 100}).toBe(500)
    expect((await health(publisher)).body.sites[0]).toMatchObject({state: 'building'})

    await expect.poll(() => log.some((line) => line.includes('timed out after 3 s')), {timeout: 3000}).toBe(true)
    await expect.poll(() => [alive(build), alive(child)]).toEqual([false, false])
    // The nightly build, pending behind the stuck one, runs and is served.
    await publisher.whenIdle()
    expect(builds()).toBe(1)
    const report = await health(publisher)
    expect(report.status).toBe(200)
    expect(log.filter((line) => line.includes('BUILD FAILED (timed out after 3 s'))).toHaveLength(1)
    // And the next publish builds as usual.
    expect((await send(payload, {timestamp: clock().getTime()})).status).toBe(202)
    await publisher.whenIdle()
    expect(builds()).toBe(2)
  }, 15_000)

  it('builds a publish accepted before the service was stopped mid-build, once it starts again', async () => {
    const first = await start({debounceMs: 0}, {ms: 10_000})
    expect((await first.send()).status).toBe(202)
    // Kept on disk before Sanity hears "accepted".
    expect(existsSync(path.join(first.dir, 'site/pending-publish.json'))).toBe(true)
    await expect.poll(async () => (await health(first.publisher)).body.sites[0]!.state).toBe('building')
    // Stopped (a restart, a crash) before the build could finish.
    await first.publisher.close()
    expect(first.builds()).toBe(0)

    const again = await start({debounceMs: 200, siteRoot: path.join(first.dir, 'site')})
    const restarted = await health(again.publisher)
    expect(restarted.body.sites[0]).toMatchObject({state: 'scheduled', served: null})
    expect(restarted.body.ok).toBe(false)
    await again.publisher.whenIdle()
    expect(again.builds()).toBe(1)
    const built = await health(again.publisher)
    expect(built.status).toBe(200)
    expect(built.body.sites[0]).toMatchObject({state: 'idle', lastBuild: {ok: true}})
    expect(again.log.some((line) => line.includes('accepted before the restart'))).toBe(true)

    // Built, it is not built again at the next start.
    await again.publisher.close()
    const third = await start({debounceMs: 0, siteRoot: path.join(first.dir, 'site')})
    expect((await health(third.publisher)).body.sites[0]!.state).toBe('idle')
    await sleep(200)
    expect(third.builds()).toBe(0)
  }, 15_000)
})

describe('serving builds', () => {
  it('keeps the previous site served when a build fails, and says so on /health', async () => {
    const {publisher, send, dir} = await start({debounceMs: 0})
    await send()
    await sleep(20)
    await publisher.whenIdle()
    const good = await health(publisher)
    expect(good.status).toBe(200)
    const served = good.body.sites[0]!.served!
    expect(served).toMatch(/^\d{8}T\d{9}Z-\d+$/)

    const failFlag = path.join(dir, 'fail')
    writeFileSync(failFlag, '')
    cleanups.push(() => rmSync(failFlag, {force: true}))
    const failing = await start({debounceMs: 0, siteRoot: path.join(dir, 'site')}, {failIf: failFlag})
    await failing.send()
    await sleep(20)
    await failing.publisher.whenIdle()
    const report = await health(failing.publisher)
    expect(report.status).toBe(500)
    expect(report.body.ok).toBe(false)
    const last = report.body.sites[0]!.lastBuild!
    expect(last).toMatchObject({ok: false, reason: 'exit code 1', log: `logs/${last.id}.log`})
    expect(readFileSync(path.join(dir, 'site', last.log), 'utf8')).toContain('Document "product-six-stars"')
    expect(report.body.sites[0]!.served).toBe(served)
    expect(report.body.sites[0]!.builds).toEqual([served])
    expect(readFileSync(path.join(dir, 'site/current/index.html'), 'utf8')).toContain('built at')
    expect(failing.log.some((line) => line.includes('failed (exit 1); the site served is unchanged'))).toBe(true)
  })

  it('never gives a visitor an error or a missing page while builds switch', async () => {
    const {publisher, send, dir} = await start({debounceMs: 0, keep: 2}, {ms: 20})
    await send()
    await sleep(20)
    await publisher.whenIdle()
    const server = await serve(path.join(dir, 'site/current'), 0)
    cleanups.push(() => new Promise((resolve) => server.close(resolve)))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

    let switching = true
    const failures: string[] = []
    let requests = 0
    const visitor = (async () => {
      while (switching) {
        for (const page of ['/', '/san-pham/banh-chung/', '/pagefind/pagefind-entry.json']) {
          const response = await fetch(`${base}${page}`)
          const body = await response.text()
          requests++
          if (response.status !== 200 || body === '') failures.push(`${page}: ${response.status}`)
        }
      }
    })()
    const switched = new Set<string>()
    for (let n = 0; n < 8; n++) {
      await send()
      await sleep(10)
      await publisher.whenIdle()
      switched.add(path.basename(await readlink(path.join(dir, 'site/current'))))
    }
    switching = false
    await visitor
    expect(switched.size).toBe(8)
    expect(requests).toBeGreaterThan(24)
    expect(failures).toEqual([])
    // Old builds are removed, the newest `keep` stay for rollback.
    expect((await health(publisher)).body.sites[0]!.builds).toHaveLength(2)
  })

  it('rolls back to the build before, from the command line', async () => {
    const {publisher, send, dir} = await start({debounceMs: 0})
    for (let n = 0; n < 2; n++) {
      await send()
      await sleep(20)
      await publisher.whenIdle()
    }
    const releases = new Releases(path.join(dir, 'site'))
    const [first, second] = await releases.list()
    expect(await releases.currentId()).toBe(second)
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'publisher/main.ts'), '--rollback'], {
      cwd: root,
      env: {...process.env, SANITY_WEBHOOK_SECRET: SECRET, PUBLISHER_SITE_ROOT: path.join(dir, 'site'), CONTENT_SOURCE: 'local', SITE_URL: 'https://ocop.example.vn'},
      encoding: 'utf8',
    })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(`now serves ${first}`)
    expect(await releases.currentId()).toBe(first)
    await expect(releases.rollback()).rejects.toThrow('There is no build before')
  })

  it('answers 503 on /health while a site serves nothing yet', async () => {
    const {publisher, send} = await start({debounceMs: 0})
    const before = await health(publisher)
    expect(before.status).toBe(503)
    expect(before.body).toMatchObject({ok: false, sites: [{name: 'site', served: null}]})
    expect((await send()).status).toBe(202)
    await publisher.whenIdle()
    expect((await health(publisher)).status).toBe(200)
  })

  it('shows on /health build ids, states, times and log names, but no server path and no build output', async () => {
    const {publisher, send, dir} = await start({debounceMs: 0})
    await send()
    await publisher.whenIdle()
    const failFlag = path.join(dir, 'fail')
    writeFileSync(failFlag, '')
    const failing = await start({debounceMs: 0, siteRoot: path.join(dir, 'site')}, {failIf: failFlag})
    await failing.send()
    await failing.publisher.whenIdle()
    const report = await health(failing.publisher)
    expect(report.status).toBe(500)
    // The stand-in's error names the folder it built into, as real errors name files.
    expect(report.text).not.toContain(dir)
    expect(report.text).not.toContain('product-six-stars')
    const last = report.body.sites[0]!.lastBuild!
    expect(Object.keys(last).sort()).toEqual(['durationMs', 'finishedAt', 'id', 'log', 'ok', 'reason', 'startedAt'])
    expect(last.log).toBe(`logs/${last.id}.log`)
  })

  it('rolls back along the builds served, never to one rolled back from', async () => {
    const {publisher, send, dir} = await start({debounceMs: 0})
    const releases = new Releases(path.join(dir, 'site'))
    const publish = async () => {
      expect((await send()).status).toBe(202)
      await publisher.whenIdle()
      return releases.currentId()
    }
    const a = await publish()
    const b = await publish()
    expect(await releases.rollback()).toBe(a)
    const c = await publish()
    expect([a, b]).not.toContain(c)
    // B was rolled back from: going back from C is going back to A.
    expect(await releases.rollback()).toBe(a)
    expect(await releases.currentId()).toBe(a)
    await expect(releases.rollback()).rejects.toThrow('There is no build before')
  })
})

describe('settings', () => {
  const env = {SANITY_WEBHOOK_SECRET: SECRET, CONTENT_SOURCE: 'local', SITE_URL: 'https://ocop.example.vn'}

  it('are read from the environment with defaults', () => {
    const config = readPublisherConfig(env, '/srv/ocop')
    expect(config).toMatchObject({host: '127.0.0.1', port: 8787, debounceMs: 5_000, keep: 5, buildTimeoutMs: 900_000, siteRoot: '/srv/ocop/publish/site', dailyBuildAt: '00:05'})
    expect(readPublisherConfig({...env, PUBLISHER_BUILD_TIMEOUT_S: '1800'}).buildTimeoutMs).toBe(1_800_000)
    expect(config.previewRoot).toBeUndefined()
    expect(readPublisherConfig({...env, PUBLISHER_DAILY_BUILD: 'off'}).dailyBuildAt).toBeUndefined()
  })

  it('start the nightly build at the set Hà Nội time, once a night', async () => {
    // A clock that reads 00:04:59.7 in Hà Nội when the service starts, and runs on from there.
    const startedAt = Date.now()
    const clock = () => new Date(Date.parse('2026-11-27T00:04:59.700+07:00') + (Date.now() - startedAt))
    const {publisher, builds, log} = await start({dailyBuildAt: '00:05'}, {}, clock)
    await expect.poll(builds, {timeout: 5000}).toBe(1)
    await publisher.whenIdle()
    expect(log).toContain('daily build (00:05 Hà Nội time)')
    await sleep(500)
    expect(builds()).toBe(1)
    expect(log.filter((line) => line.startsWith('daily build'))).toHaveLength(1)
  })

  it('time the nightly build in Hà Nội time', () => {
    // 23:00 in Hà Nội is 16:00 UTC; 00:05 the next day is 65 minutes later.
    expect(msUntilDaily('00:05', new Date('2026-11-26T16:00:00Z'))).toBe(65 * 60_000)
    expect(msUntilDaily('00:05', new Date('2026-11-26T17:05:00Z'))).toBe(24 * 3_600_000)
    expect(msUntilDaily('06:30', new Date('2026-11-26T17:05:00Z'))).toBe((6 * 60 + 25) * 60_000)
  })

  it.each([
    [{SANITY_WEBHOOK_SECRET: ''}, 'SANITY_WEBHOOK_SECRET is not set'],
    [{SANITY_WEBHOOK_SECRET: 'short'}, 'SANITY_WEBHOOK_SECRET is too short'],
    [{PUBLISHER_PORT: 'eighty'}, 'PUBLISHER_PORT must be a whole number'],
    [{PUBLISHER_BUILD_COMMAND: 'npm run build'}, 'must contain {out}'],
    [{PUBLISHER_PREVIEW_ROOT: 'publish/preview'}, 'SANITY_API_READ_TOKEN is not'],
    [{CONTENT_SOURCE: 'sanity'}, 'Missing environment variable SANITY_PROJECT_ID'],
    [{CONTENT_SOURCE: 'csv'}, 'CONTENT_SOURCE'],
    [{SITE_URL: ''}, 'SITE_URL must be the public address'],
    [{PUBLISHER_DAILY_BUILD: '24:00'}, 'PUBLISHER_DAILY_BUILD must be a Hà Nội time'],
    [{PUBLISHER_BUILD_TIMEOUT_S: '15m'}, 'PUBLISHER_BUILD_TIMEOUT_S must be a whole number'],
    [{PUBLISHER_BUILD_TIMEOUT_S: '0'}, 'PUBLISHER_BUILD_TIMEOUT_S must be a whole number'],
  ])('stop the service with a clear message: %o', (override, message) => {
    expect(() => readPublisherConfig({...env, ...override})).toThrow(ConfigError)
    expect(() => readPublisherConfig({...env, ...override})).toThrow(message)
  })

  it('give a build only the environment it needs: none of the service\'s secrets, nothing else', async () => {
    const envs = scratch()
    const secrets = {
      SANITY_WEBHOOK_SECRET: SECRET,
      SANITY_API_WRITE_TOKEN: 'write-token-0123456789abcdef',
      INTAKE_SECRET: 'intake-secret-0123456789abcdef',
      SOME_OTHER_SECRET: 'anything-else',
      NODE_AUTH_TOKEN: 'npm-token-0123456789abcdef',
    }
    const needed = {
      CONTENT_SOURCE: 'sanity',
      SANITY_PROJECT_ID: 'abc123xy',
      SANITY_DATASET: 'production',
      SANITY_API_VERSION: '2026-11-01',
      SANITY_API_HOST: 'http://127.0.0.1:9',
      SANITY_TIMEOUT_MS: '5000',
      SANITY_MAX_RETRIES: '1',
      SITE_URL: 'https://ocop.example.vn',
      INTAKE_URL: '/api/de-xuat',
      SITE_NOW: '2026-11-26T10:00:00+07:00',
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--max-old-space-size=2048',
      TZ: 'Asia/Ho_Chi_Minh',
      LANG: 'vi_VN.UTF-8',
      CI: '1',
    }
    const tokens = {SANITY_SITE_READ_TOKEN: 'site-read-token-0123456789abcdef', SANITY_API_READ_TOKEN: 'preview-read-token-0123456789abcdef', PUBLISHER_PREVIEW_SITE_URL: 'https://xem-truoc.ocop.example.vn'}
    const {publisher, send} = await start(
      {debounceMs: 0, previewRoot: path.join(scratch(), 'preview'), previewToken: tokens.SANITY_API_READ_TOKEN},
      {envTo: envs},
      undefined,
      {...secrets, ...needed, ...tokens},
    )
    await send()
    await publisher.whenIdle()
    const site = JSON.parse(readFileSync(path.join(envs, 'site.json'), 'utf8')) as Record<string, string>
    const preview = JSON.parse(readFileSync(path.join(envs, 'preview.json'), 'utf8')) as Record<string, string>
    expect(site).toMatchObject({...needed, PATH: process.env.PATH, HOME: process.env.HOME, SANITY_PERSPECTIVE: 'published', SANITY_API_READ_TOKEN: tokens.SANITY_SITE_READ_TOKEN})
    expect(preview).toMatchObject({...needed, SANITY_PERSPECTIVE: 'drafts', SANITY_API_READ_TOKEN: tokens.SANITY_API_READ_TOKEN, SITE_URL: tokens.PUBLISHER_PREVIEW_SITE_URL})
    const expected = new Set([...Object.keys(needed), 'PATH', 'HOME', 'USER', 'LOGNAME', 'LANGUAGE', 'TMPDIR', 'SANITY_PERSPECTIVE', 'SANITY_API_READ_TOKEN', 'ASTRO_CACHE_DIR'])
    // What the shell that runs the command adds itself.
    for (const name of ['PWD', 'OLDPWD', 'SHLVL', '_']) expected.add(name)
    for (const built of [site, preview]) {
      for (const name of [...Object.keys(secrets), 'SANITY_SITE_READ_TOKEN', 'PUBLISHER_PREVIEW_SITE_URL']) expect(built).not.toHaveProperty(name)
      // Nothing else the service has (the test runner's npm_*, VITEST_* …), proxies and locales aside.
      expect(Object.keys(built).filter((name) => !expected.has(name) && !/^(LC_|NODE_|ASTRO_)|^(https?|no)_proxy$/i.test(name))).toEqual([])
    }
  })

  it('never give the preview token to the public build', () => {
    const config = readPublisherConfig({...env, SANITY_API_READ_TOKEN: 'preview-token-0123456789abcdef', PUBLISHER_PREVIEW_ROOT: 'p', CONTENT_SOURCE: 'sanity', SANITY_PROJECT_ID: 'abc123xy', SANITY_DATASET: 'production', SANITY_API_VERSION: '2026-11-01'})
    const site = buildEnv(config, 'site', {SANITY_API_READ_TOKEN: 'preview-token-0123456789abcdef'})
    expect(site.SANITY_API_READ_TOKEN).toBeUndefined()
    expect(site.SANITY_PERSPECTIVE).toBe('published')
    expect(buildEnv(config, 'site', {SANITY_SITE_READ_TOKEN: 'site-token-0123456789abcdef'}).SANITY_API_READ_TOKEN).toBe('site-token-0123456789abcdef')
    expect(buildEnv(config, 'preview', {})).toMatchObject({SANITY_PERSPECTIVE: 'drafts', SANITY_API_READ_TOKEN: 'preview-token-0123456789abcdef', CONTENT_SOURCE: 'sanity'})
  })
})
