import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {contentSourceFromEnv, localSource} from '../../site/lib/content-source'
import {readSanityConfig} from '../../site/lib/env'
import {ContentError} from '../../site/lib/errors'
import {productsQuery, producersQuery} from '../../site/lib/queries'
import {backoffMs, sanitySource} from '../../site/lib/sanity-source'
import {startSanityApiDouble, type SanityApiDouble} from '../support/sanity-api-double'

// Made up for the API double; real Sanity tokens start with "sk", this one must not look like one.
const TOKEN = 'test-read-token-for-the-api-double-0123'
let double: SanityApiDouble

beforeAll(async () => {
  double = await startSanityApiDouble({documents: 'content/data.ndjson'})
})
afterAll(() => double?.close())

const envFor = (extra: Record<string, string> = {}) => ({
  CONTENT_SOURCE: 'sanity',
  SANITY_PROJECT_ID: double.projectId,
  SANITY_DATASET: double.dataset,
  SANITY_API_VERSION: '2026-11-01',
  SANITY_API_HOST: double.url,
  SANITY_TIMEOUT_MS: '1000',
  ...extra,
})

/** A source that does not really wait between retries, so that fault tests stay fast. */
const fastSource = (extra: Record<string, string> = {}) => sanitySource(readSanityConfig(envFor(extra)), async () => undefined)

const queriesTo = (path: string) => double.requests.filter((request) => request.path.includes(path)).length

describe('settings for a live Sanity project', () => {
  it.each([
    ['SANITY_PROJECT_ID', {SANITY_PROJECT_ID: ''}, /Missing environment variable SANITY_PROJECT_ID/],
    ['SANITY_DATASET', {SANITY_DATASET: 'Production!'}, /SANITY_DATASET is malformed: "Production!"/],
    ['SANITY_API_VERSION', {SANITY_API_VERSION: 'latest'}, /SANITY_API_VERSION is malformed/],
    ['SANITY_API_READ_TOKEN', {SANITY_API_READ_TOKEN: 'short'}, /SANITY_API_READ_TOKEN is malformed/],
    ['SANITY_PERSPECTIVE', {SANITY_PERSPECTIVE: 'drafts'}, /SANITY_PERSPECTIVE=drafts needs SANITY_API_READ_TOKEN/],
    ['SANITY_TIMEOUT_MS', {SANITY_TIMEOUT_MS: 'soon'}, /SANITY_TIMEOUT_MS must be a whole number/],
  ])('a missing or malformed %s stops the build with its name', (_, extra, message) => {
    expect(() => contentSourceFromEnv(envFor(extra))).toThrow(ContentError)
    expect(() => contentSourceFromEnv(envFor(extra))).toThrow(message)
  })

  it('an unknown CONTENT_SOURCE is named', () => {
    expect(() => contentSourceFromEnv({CONTENT_SOURCE: 'sanityy'})).toThrow(/CONTENT_SOURCE must be "local" or "sanity", got "sanityy"/)
  })
})

describe('the sanity source against the API', () => {
  it.each([
    ['productsQuery', productsQuery],
    ['producersQuery', producersQuery],
  ])('%s returns exactly what the local source returns', async (_, query) => {
    const live = await fastSource().fetch(query)
    expect(live).toEqual(await localSource().fetch(query))
    expect((live as unknown[]).length).toBeGreaterThan(0)
  })

  it('reads only published documents by default', async () => {
    const products = await fastSource().fetch<Array<{name: string}>>(productsQuery)
    expect(products.map((product) => product.name).join()).not.toMatch(/nháp/)
  })

  it('reads drafts with a token and the drafts perspective, for previews', async () => {
    const products = await fastSource({SANITY_API_READ_TOKEN: TOKEN, SANITY_PERSPECTIVE: 'drafts'}).fetch<Array<{_id: string; name: string}>>(
      '*[_type == "product"]{_id, name}',
    )
    expect(products.map((product) => product.name)).toContain('Mật ong hoa nhãn Ba Vì (nháp)')
    expect(double.requests.at(-1)?.query.perspective).toBe('drafts')
  })
})

describe('faults', () => {
  it.each([503, 500, 504, 429])('a transient HTTP %i is retried and the build goes on', async (status) => {
    const before = queriesTo('/data/query/')
    double.setFault({status, times: 2, pathIncludes: '/data/query/'})
    const products = await fastSource().fetch<unknown[]>(productsQuery)
    expect(products.length).toBeGreaterThan(0)
    expect(queriesTo('/data/query/') - before).toBe(3)
  })

  it('a persistent 503 fails with a clear message after the retries', async () => {
    double.setFault({status: 503, pathIncludes: '/data/query/'})
    try {
      await expect(fastSource({SANITY_MAX_RETRIES: '3'}).fetch(productsQuery)).rejects.toThrow(
        /Sanity project "ocophanoi", dataset "production": the query still failed after 4 attempts: HTTP 503/,
      )
    } finally {
      double.setFault(null)
    }
  })

  it('a timeout is retried, then reported', async () => {
    double.setFault({delayMs: 1500, pathIncludes: '/data/query/'})
    try {
      await expect(fastSource({SANITY_MAX_RETRIES: '1', SANITY_TIMEOUT_MS: '200'}).fetch(productsQuery)).rejects.toThrow(
        /still failed after 2 attempts/,
      )
    } finally {
      double.setFault(null)
    }
  })

  it('a malformed response fails at once, without retrying', async () => {
    const before = queriesTo('/data/query/')
    double.setFault({malformed: true, times: 1, pathIncludes: '/data/query/'})
    await expect(fastSource().fetch(productsQuery)).rejects.toThrow(/the query failed: malformed response/)
    expect(queriesTo('/data/query/') - before).toBe(1)
  })

  it('a GROQ error is reported with the API’s description, without retrying', async () => {
    await expect(fastSource().fetch('*[_type == "product"')).rejects.toThrow(/the query failed: HTTP 400/)
  })

  it('backs off exponentially, up to 8 seconds', () => {
    const middle = () => 0.5
    expect([0, 1, 2, 3, 4, 5].map((attempt) => backoffMs(attempt, middle))).toEqual([500, 1000, 2000, 4000, 8000, 8000])
  })
})
