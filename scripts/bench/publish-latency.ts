/**
 * Publish to live: how long after an editor publishes one changed product its page shows the change,
 * as production runs it. The publisher (publisher/service.ts, with its default debounce window and
 * build command) reads a Content Lake with @sanity/client; here that lake is the local double of
 * Sanity's API (tests/support/sanity-api-double.ts) holding the bench's catalogue. The product is
 * changed through the API, as the Studio's publish leaves it, and Sanity's signed webhook is sent;
 * the clock runs from the webhook to the moment the page the publisher serves carries the new name.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {createClient} from '@sanity/client'
import {encodeSignatureHeader} from '@sanity/webhook'
import {readPublisherConfig} from '../../publisher/config.ts'
import {startPublisher} from '../../publisher/service.ts'
import {startSanityApiDouble} from '../../tests/support/sanity-api-double.ts'

export interface PublishLatency {
  /** The publisher's window for joining publishes into one build. */
  debounceMs: number
  /** The first build, of the catalogue before the change (not part of the latency). */
  firstBuildMs: number
  /** From the signed webhook to the changed page being served. */
  publishToLiveMs: number
  /** The build the publish started, as the publisher timed it. */
  buildMs: number
}

const SECRET = 'bench-webhook-secret-not-a-real-one'
// Made up for the double, which accepts only this token for writes.
const WRITE_TOKEN = 'bench-editor-token-for-the-api-double'
const API_VERSION = '2026-11-01'

/** Waits until `check` holds, checking every 100 ms; fails after `timeoutMs`. */
async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`Publish latency: ${what} did not happen within ${Math.round(timeoutMs / 1000)} s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Serves `dataset` (an NDJSON export) from the API double, lets the publisher build it once in a
 * folder under `workDir`, then changes one product's name, sends the webhook and times until the page shows it.
 */
export async function measurePublishLatency(root: string, dataset: string, workDir: string, log: (message: string) => void = () => undefined): Promise<PublishLatency> {
  const scratch = mkdtempSync(path.join(workDir, 'publish-'))
  const double = await startSanityApiDouble({documents: dataset, writeToken: WRITE_TOKEN})
  const lines: string[] = []
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_CACHE_DIR: path.join(scratch, 'astro-cache'),
    SANITY_WEBHOOK_SECRET: SECRET,
    SITE_URL: 'https://ocop.example.vn',
    PUBLISHER_PORT: '0',
    PUBLISHER_SITE_ROOT: path.join(scratch, 'site'),
    PUBLISHER_DAILY_BUILD: 'off',
    CONTENT_SOURCE: 'sanity',
    SANITY_PROJECT_ID: double.projectId,
    SANITY_DATASET: double.dataset,
    SANITY_API_VERSION: API_VERSION,
    SANITY_API_HOST: double.url,
    SANITY_MAX_RETRIES: '0',
  }
  for (const name of ['PUBLISHER_DEBOUNCE_MS', 'PUBLISHER_BUILD_COMMAND', 'SANITY_API_WRITE_TOKEN', 'PUBLISHER_PREVIEW_ROOT', 'CONTENT_DATASET']) delete env[name]
  const config = readPublisherConfig(env, root)
  const publisher = await startPublisher(config, (message) => lines.push(message), env)
  const builds = () => lines.filter((line) => line.includes('[site] build finished')).map((line) => Number(/in ([\d.]+) s/.exec(line)?.[1]) * 1000)
  /** Sanity's signed webhook for a publish of `doc`. */
  const publish = async (doc: {_id: string; _type: string}) => {
    const body = JSON.stringify({_id: doc._id, _type: doc._type})
    const response = await fetch(`${publisher.url}/webhook`, {
      method: 'POST',
      headers: {'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), SECRET)},
      body,
    })
    if (response.status !== 202) throw new Error(`Publish latency: the webhook got ${response.status}: ${await response.text()}`)
  }
  const served = (file: string) => {
    try {
      return readFileSync(path.join(config.siteRoot, 'current', file), 'utf8')
    } catch {
      return ''
    }
  }
  try {
    const product = double.documents().find((doc) => doc._type === 'product' && !doc._id.includes('.')) as {_id: string; _type: string; name: string; slug: {current: string}} | undefined
    if (!product) throw new Error('Publish latency: the dataset has no published product')
    // The first build, before any change: the publisher serves nothing until a publish.
    await publish(product)
    await publisher.whenIdle()
    const firstBuildMs = builds().at(-1) ?? Number.NaN
    if (!served('index.html')) throw new Error(`Publish latency: the first build served nothing:\n${lines.slice(-20).join('\n')}`)
    log(`publish: first build in ${(firstBuildMs / 1000).toFixed(1)} s`)

    const page = `san-pham/${product.slug.current}/index.html`
    const name = `${product.name} (bản cập nhật)`
    if (!served(page).includes(product.name)) throw new Error(`Publish latency: /${page} does not show "${product.name}"`)
    const client = createClient({projectId: double.projectId, dataset: double.dataset, apiHost: double.url, apiVersion: API_VERSION, token: WRITE_TOKEN, useCdn: false, useProjectHostname: false})
    await client.patch(product._id).set({name}).commit()

    const started = performance.now()
    await publish(product)
    await until(() => served(page).includes(name), 30 * 60_000, `the page /${page} showing "${name}"`)
    const publishToLiveMs = performance.now() - started
    await publisher.whenIdle()
    const buildMs = builds().at(-1) ?? Number.NaN
    log(`publish: live ${(publishToLiveMs / 1000).toFixed(1)} s after the webhook (debounce ${config.debounceMs / 1000} s, build ${(buildMs / 1000).toFixed(1)} s)`)
    return {debounceMs: config.debounceMs, firstBuildMs, publishToLiveMs, buildMs}
  } finally {
    await publisher.close()
    await double.close()
    rmSync(scratch, {recursive: true, force: true})
  }
}
