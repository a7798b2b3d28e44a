import {setTimeout as sleep} from 'node:timers/promises'
import {createClient, type SanityClient} from '@sanity/client'
import type {ContentSource} from './content-source'
import type {SanityConfig} from './env'
import {ContentError} from './errors'

/** The HTTP status of a failed request, when the API answered at all. */
function statusOf(error: unknown): number | undefined {
  const status = (error as {statusCode?: unknown; status?: unknown} | null)?.statusCode ?? (error as {status?: unknown} | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** Transient failures: rate limits, server errors, timeouts and dropped connections. */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error)
  if (status !== undefined) return status === 429 || status >= 500
  // A body that is not JSON will not become JSON by asking again.
  return !(error instanceof SyntaxError) && !/JSON|Unexpected token/i.test(String((error as Error)?.message))
}

/** Waits 0.5 s, 1 s, 2 s… (at most 8 s), with jitter so parallel builds do not retry in step. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  return Math.min(8_000, 500 * 2 ** attempt) * (0.75 + random() / 2)
}

function describe(error: unknown): string {
  const status = statusOf(error)
  const message = (error as Error)?.message ?? String(error)
  if (status !== undefined) return `HTTP ${status}: ${message}`
  if (error instanceof SyntaxError || /JSON|Unexpected token/i.test(message)) return `malformed response (${message})`
  return message
}

/** Reads a live Sanity project with @sanity/client, retrying transient failures with backoff. */
export function sanitySource(config: SanityConfig, wait: (ms: number) => Promise<unknown> = sleep): ContentSource {
  const client: SanityClient = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    token: config.token,
    perspective: config.perspective,
    // Static builds want the freshest content, not the CDN's cached copy.
    useCdn: false,
    timeout: config.timeoutMs,
    // Retries are ours: the client would not retry a 500 or a 504.
    maxRetries: 0,
    ...(config.apiHost ? {apiHost: config.apiHost, useProjectHostname: false} : {}),
  })
  const where = `Sanity project "${config.projectId}", dataset "${config.dataset}"`

  return {
    name: 'sanity',
    drafts: config.perspective === 'drafts',
    async fetch<T>(query: string, params: Record<string, unknown> = {}, options: {published?: boolean} = {}) {
      for (let attempt = 0; ; attempt++) {
        let response: unknown
        try {
          response = await client.fetch<T>(query, params, {filterResponse: false, ...(options.published ? {perspective: 'published' as const} : {})})
        } catch (error) {
          const attempts = attempt + 1
          if (!isTransient(error)) throw new ContentError(`${where}: the query failed: ${describe(error)}`)
          if (attempt >= config.maxRetries) {
            throw new ContentError(`${where}: the query still failed after ${attempts} attempts: ${describe(error)}`)
          }
          await wait(backoffMs(attempt))
          continue
        }
        // Every query response carries `result` (null when nothing matched); anything else is not Sanity's answer.
        if (typeof response !== 'object' || response === null || !('result' in response)) {
          throw new ContentError(`${where}: the query failed: malformed response (no "result" in ${JSON.stringify(response)?.slice(0, 80)})`)
        }
        return response.result as T
      }
    },
  }
}
