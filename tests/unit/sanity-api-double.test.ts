import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {connect} from 'node:http2'
import {createClient, type ClientConfig, type CreateAction, type EditAction, type MutationEvent, type PublishAction, type SanityClient} from '@sanity/client'
import sharp from 'sharp'
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest'
import {DEFAULT_DATASET, parseNdjson} from '../../site/lib/content-source'
import {FAKE_USER, startSanityApiDouble, type SanityApiDouble, type SanityDocument} from '../support/sanity-api-double'

/** The real @sanity/client against the double, as the site and the Studio use it. */

const API_VERSION = '2026-11-01'

const doc = (id: string, type: string, fields: Record<string, unknown> = {}): SanityDocument => ({
  _id: id,
  _type: type,
  _createdAt: '2026-10-01T02:00:00Z',
  _updatedAt: '2026-11-20T02:00:00Z',
  _rev: 'rev1',
  ...fields,
})

/** One document in each state: published with a draft, draft only, published with a release version. */
const DOCUMENTS = [
  doc('product-apple', 'product', {name: 'Apple jam', slug: {_type: 'slug', current: 'apple-jam'}}),
  doc('drafts.product-apple', 'product', {name: 'Apple jam (draft)', slug: {_type: 'slug', current: 'apple-jam'}}),
  doc('drafts.product-pear', 'product', {name: 'Pear tea (draft)'}),
  doc('product-plum', 'product', {name: 'Plum wine'}),
  doc('versions.rSpring.product-plum', 'product', {name: 'Plum wine (spring release)'}),
  doc('area-nam-phu', 'area', {name: 'Nam Phù'}),
]

let double: SanityApiDouble
const unknownEndpoints: string[] = []

beforeAll(async () => {
  double = await startSanityApiDouble({documents: DOCUMENTS, onUnknownEndpoint: ({method, path}) => unknownEndpoints.push(`${method} ${path}`)})
})
afterAll(() => double.close())
afterEach(() => double.setFault(null))

function client(config: Partial<ClientConfig> = {}): SanityClient {
  return createClient({
    projectId: 'ocophanoi',
    dataset: 'production',
    apiVersion: API_VERSION,
    useCdn: false,
    useProjectHostname: false,
    apiHost: double.url,
    ...config,
  })
}

/** The requests the double received while `run` ran. */
async function requestsDuring(run: () => Promise<unknown>) {
  const before = double.requests.length
  await run().catch(() => undefined)
  return double.requests.slice(before)
}

const productNames = '*[_type == "product"] | order(_id) {_id, name}'

describe('queries', () => {
  it('answers a GET query with the result, as the client sends it', async () => {
    const [request] = await requestsDuring(async () => {
      const products = await client().fetch(productNames)
      expect(products).toEqual([
        {_id: 'product-apple', name: 'Apple jam'},
        {_id: 'product-plum', name: 'Plum wine'},
      ])
    })
    expect(request).toMatchObject({method: 'GET', path: `/v${API_VERSION}/data/query/production`, status: 200})
    expect(request.query).toMatchObject({query: productNames, returnQuery: 'false'})
  })

  it('returns the whole response body, with the query and the time taken, when asked to', async () => {
    const response = await client().fetch(productNames, {}, {filterResponse: false})
    expect(response).toEqual({query: productNames, result: expect.any(Array), ms: expect.any(Number)})
  })

  it('passes parameters as JSON in $name query parameters', async () => {
    const query = '*[_type == $type && slug.current == $slug][0].name'
    const [request] = await requestsDuring(async () => {
      expect(await client().fetch(query, {type: 'product', slug: 'apple-jam'})).toBe('Apple jam')
    })
    expect(request.query).toMatchObject({$type: '"product"', $slug: '"apple-jam"'})
  })

  it('answers a query too long for a URL, which the client POSTs as JSON', async () => {
    const ids = Array.from({length: 400}, (_, index) => `product-that-does-not-exist-${index}`)
    const [request] = await requestsDuring(async () => {
      expect(await client().fetch('*[_type == "product" && !(_id in $ids)]._id', {ids})).toEqual(['product-apple', 'product-plum'])
    })
    expect(request).toMatchObject({method: 'POST', path: `/v${API_VERSION}/data/query/production`, status: 200})
  })

  it('answers the text::query() searches the Studio runs, by matching the search text', async () => {
    const query = '*[_type == "product" && [name, _id] match text::query($q)]._id'
    expect(await client({perspective: 'raw'}).fetch(query, {q: 'plum'})).toEqual(['product-plum', 'versions.rSpring.product-plum'])
  })

  it('loads an NDJSON export as `sanity dataset import` stores it, with asset documents on the CDN', async () => {
    const exported = await startSanityApiDouble({documents: DEFAULT_DATASET})
    try {
      const lines = parseNdjson(await readFile(DEFAULT_DATASET, 'utf8'), DEFAULT_DATASET)
      const api = client({apiHost: exported.url, perspective: 'raw'})
      expect(await api.fetch('count(*[!(_type match "sanity.*Asset")])')).toBe(lines.length)
      const image = await api.fetch<{url: string; width: number} | null>(
        '*[_type == "product" && defined(images[0].asset)][0].images[0].asset->{url, "width": metadata.dimensions.width}',
      )
      expect(image?.url).toMatch(/^https:\/\/cdn\.sanity\.io\/images\/ocophanoi\/production\/[0-9a-f]{40}-\d+x\d+\.[a-z]+$/)
      expect(image?.width).toBeGreaterThan(0)
    } finally {
      await exported.close()
    }
  })
})

describe('errors', () => {
  it('answers a GROQ syntax error with 400 and a queryParseError the client shows', async () => {
    const error = await client().fetch('*[_type == ').catch((caught: unknown) => caught)
    expect(error).toMatchObject({statusCode: 400, details: {type: 'queryParseError', query: '*[_type == ', start: 10}})
    expect((error as Error).message).toContain('GROQ query parse error')
    expect((error as Error).message).toContain('Unexpected end of query')
  })

  it('answers 400 when the query uses a parameter it was not given', async () => {
    const error = await client().fetch('*[slug.current == $slug]').catch((caught: unknown) => caught)
    expect(error).toMatchObject({statusCode: 400})
    expect((error as Error).message).toContain('param $slug referenced, but not provided')
  })

  it('answers 400 for a parameter that is not JSON', async () => {
    const response = await fetch(`${double.url}/v${API_VERSION}/data/query/production?query=*%5B_id%20%3D%3D%20%24id%5D&%24id=product-apple`)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({error: {description: 'Unable to parse value of "$id=product-apple". Please quote string values.', type: 'httpBadRequest'}})
  })

  it('answers 404 for a dataset the project does not have', async () => {
    const error = await client({dataset: 'staging'}).fetch('*').catch((caught: unknown) => caught)
    expect(error).toMatchObject({statusCode: 404})
    expect((error as Error).message).toContain('Dataset "staging" not found')
  })

  it('answers 404 for another project', async () => {
    const error = await client({projectId: 'someoneelse'}).fetch('*').catch((caught: unknown) => caught)
    expect(error).toMatchObject({statusCode: 404})
  })

  it('answers 404 with a JSON error for endpoints it does not implement, and reports them', async () => {
    const error = await client().request({url: '/assets/images/production'}).catch((caught: unknown) => caught)
    expect(error).toMatchObject({statusCode: 404})
    expect((error as Error).message).toContain('Not Found')
    expect(unknownEndpoints).toContain(`GET /v${API_VERSION}/assets/images/production`)
  })
})

describe('perspectives', () => {
  const names = '*[_type == "product"] | order(_id) {_id, _originalId, name}'

  it('reads published documents only under the published perspective, the default since API version 2025-02-19', async () => {
    const publishedNames = '*[_type == "product"] | order(_id) {_id, name, "hasOriginalId": defined(_originalId)}'
    const published = [
      {_id: 'product-apple', name: 'Apple jam', hasOriginalId: false},
      {_id: 'product-plum', name: 'Plum wine', hasOriginalId: false},
    ]
    expect(await client({perspective: 'published'}).fetch(publishedNames)).toEqual(published)
    expect(await client().fetch(publishedNames)).toEqual(published)
  })

  it('reads drafts over published documents under the drafts perspective, under the published id', async () => {
    const drafts = [
      {_id: 'product-apple', _originalId: 'drafts.product-apple', name: 'Apple jam (draft)'},
      {_id: 'product-pear', _originalId: 'drafts.product-pear', name: 'Pear tea (draft)'},
      {_id: 'product-plum', _originalId: 'product-plum', name: 'Plum wine'},
    ]
    expect(await client({perspective: 'drafts'}).fetch(names)).toEqual(drafts)
    // `previewDrafts` is the deprecated name of `drafts`; the client warns about it.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(await client({perspective: 'previewDrafts'}).fetch(names)).toEqual(drafts)
  })

  it('reads a release over drafts over published documents under a perspective stack', async () => {
    const plum = await client({perspective: ['rSpring', 'drafts']}).fetch('*[_id == "product-plum"][0]{_id, _originalId, name}')
    expect(plum).toEqual({_id: 'product-plum', _originalId: 'versions.rSpring.product-plum', name: 'Plum wine (spring release)'})
  })

  it('reads every stored document under the raw perspective, the default before API version 2025-02-19', async () => {
    const ids = DOCUMENTS.filter((document) => document._type === 'product').map((document) => document._id).sort()
    expect(await client({perspective: 'raw'}).fetch('*[_type == "product"] | order(_id) ._id')).toEqual(ids)
    expect(await client({apiVersion: '2021-06-07'}).fetch('*[_type == "product"] | order(_id) ._id')).toEqual(ids)
  })
})

describe('documents and listeners', () => {
  it('returns documents by id, and null for those that do not exist', async () => {
    expect(await client().getDocument('drafts.product-apple')).toMatchObject({name: 'Apple jam (draft)'})
    expect(await client().getDocuments(['product-apple', 'product-missing'])).toEqual([expect.objectContaining({_id: 'product-apple'}), null])
  })

  it('welcomes a listener and keeps the stream open', async () => {
    const events: string[] = []
    await new Promise<void>((resolve, reject) => {
      const subscription = client()
        .listen('*[_type == "product"]', {}, {events: ['welcome', 'mutation']})
        .subscribe({
          next: (event) => {
            events.push(event.type)
            subscription.unsubscribe()
            resolve()
          },
          error: reject,
        })
    })
    expect(events).toEqual(['welcome'])
  })

  it('answers the current user, the project and its access rules', async () => {
    expect(await client().request({url: '/users/me'})).toEqual(FAKE_USER)
    expect(await client().request({url: '/projects/ocophanoi'})).toMatchObject({id: 'ocophanoi'})
    expect(await client().request({url: '/projects/ocophanoi/datasets/production/acl'})).toEqual([
      {filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history']},
    ])
  })

  it('stores the user settings the Studio writes to /users/me/keyvalue', async () => {
    await client().request({method: 'PUT', url: '/users/me/keyvalue', body: [{key: 'studio.test', value: {layout: 'compact'}}]})
    expect(await client().request({url: '/users/me/keyvalue/studio.test,studio.unset'})).toEqual([
      {key: 'studio.test', value: {layout: 'compact'}},
      {key: 'studio.unset', value: null},
    ])
  })
})

describe('the clock', () => {
  it('evaluates now() at the moment the double was given, so the Studio\'s dated lists are repeatable', async () => {
    const events = [doc('event-spring', 'event', {endsAt: '2027-03-01T10:00:00Z'}), doc('event-winter', 'event', {endsAt: '2026-12-01T10:00:00Z'})]
    const upcoming = '*[_type == "event" && dateTime(endsAt) >= dateTime(now())]._id'
    for (const [at, expected] of [
      ['2026-11-26T03:00:00Z', ['event-spring', 'event-winter']],
      ['2027-01-01T00:00:00Z', ['event-spring']],
    ] as const) {
      const pinned = await startSanityApiDouble({documents: events, now: () => new Date(at)})
      try {
        expect(await client({apiHost: pinned.url}).fetch(upcoming), at).toEqual(expected)
        expect(await client({apiHost: pinned.url}).fetch('now()'), at).toBe(new Date(at).toISOString())
      } finally {
        await pinned.close()
      }
    }
  })

  it('answers the ping the Studio sends to measure how long saving takes', async () => {
    const response = await fetch(`${double.url}/v2025-02-19/data/ping/production`)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-sanity-shard')).toBe('double')
  })
})

describe('browsers', () => {
  it('allows cross-origin requests with credentials from any origin', async () => {
    const origin = 'http://127.0.0.1:4398'
    const preflight = await fetch(`${double.url}/v${API_VERSION}/users/me`, {
      method: 'OPTIONS',
      headers: {origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization,x-sanity-app'},
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,x-sanity-app')
    const response = await fetch(`${double.url}/v${API_VERSION}/users/me`, {headers: {origin}})
    expect(response.headers.get('access-control-allow-origin')).toBe(origin)
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
  })

  it('serves HTTP/2 over TLS when asked to, as api.sanity.io does', async () => {
    const secure = await startSanityApiDouble({documents: DOCUMENTS, tls: true})
    const session = connect(secure.url, {rejectUnauthorized: false})
    try {
      const {status, body} = await new Promise<{status: unknown; body: string}>((resolve, reject) => {
        const stream = session.request({':path': `/v${API_VERSION}/data/query/production?query=count(*%5B_type%20%3D%3D%20%22area%22%5D)`, 'x-sanity-project-id': 'ocophanoi'})
        let body = ''
        let status: unknown
        stream.on('response', (headers) => (status = headers[':status']))
        stream.on('data', (chunk: Buffer) => (body += chunk.toString()))
        stream.on('end', () => resolve({status, body}))
        stream.on('error', reject)
      })
      expect(session.alpnProtocol).toBe('h2')
      expect(status).toBe(200)
      expect(JSON.parse(body)).toMatchObject({result: 1})
    } finally {
      session.close()
      await secure.close()
    }
  })
})

describe('injected faults', () => {
  const fast = {retryDelay: () => 10}

  it('fails the next requests with the status asked for, and the client retries a 503 until it succeeds', async () => {
    double.setFault({status: 503, times: 2})
    const requests = await requestsDuring(async () => expect(await client(fast).fetch('count(*[_type == "area"])')).toBe(1))
    expect(requests.map((request) => request.status)).toEqual([503, 503, 200])
  })

  it('keeps answering 429 until the client gives up, with the error in Sanity\'s shape', async () => {
    double.setFault({status: 429})
    const requests = await requestsDuring(async () => {
      const error = await client({...fast, maxRetries: 2}).fetch('*').catch((caught: unknown) => caught)
      expect(error).toMatchObject({statusCode: 429, responseBody: expect.stringContaining('"statusCode": 429')})
      expect((error as Error).message).toContain('Too Many Requests')
    })
    expect(requests.map((request) => request.status)).toEqual([429, 429, 429])
  })

  it('answers late as many times as asked, so that a client with a short timeout gives up', async () => {
    double.setFault({delayMs: 1_000, times: 1})
    const impatient = client({timeout: 200, maxRetries: 0})
    await expect(impatient.fetch('*')).rejects.toMatchObject({name: 'TimeoutError'})
    expect(await impatient.fetch('count(*[_type == "area"])')).toBe(1)
  })

  it('answers 200 with a body cut short, which the client does not recognise as a result', async () => {
    double.setFault({malformed: true, times: 2})
    expect(await client().fetch('*[_type == "area"]')).toBeUndefined()
    expect(await client().fetch('*[_type == "area"]', {}, {filterResponse: false})).toEqual(expect.stringMatching(/^\{"result":\[/))
    expect(await client().fetch('count(*[_type == "area"])')).toBe(1)
  })

  it('limits a fault to the paths asked for', async () => {
    double.setFault({status: 500, pathIncludes: '/data/query/'})
    expect(await client().request({url: '/users/me'})).toMatchObject({id: FAKE_USER.id})
    const error = await client({maxRetries: 0}).fetch('*').catch((caught: unknown) => caught)
    expect(error).toMatchObject({statusCode: 500})
  })
})

describe('mutations', () => {
  const WRITE_TOKEN = 'test-write-token-for-the-api-double'
  let lake: SanityApiDouble

  beforeAll(async () => {
    lake = await startSanityApiDouble({documents: DOCUMENTS, writeToken: WRITE_TOKEN})
  })
  afterAll(() => lake.close())

  const writer = (token: string | null = WRITE_TOKEN) =>
    createClient({projectId: 'ocophanoi', dataset: 'production', apiVersion: API_VERSION, useCdn: false, useProjectHostname: false, apiHost: lake.url, token: token ?? undefined, maxRetries: 0})

  it('creates a document with the client, returns it with system fields, and serves it to queries', async () => {
    const created = await writer().create({_id: 'drafts.note-1', _type: 'note', text: 'Xin chào'})
    expect(created).toMatchObject({_id: 'drafts.note-1', _type: 'note', text: 'Xin chào', _rev: expect.any(String), _createdAt: expect.any(String)})
    expect(await writer().fetch('*[_id == "drafts.note-1"][0].text', {}, {perspective: 'raw'})).toBe('Xin chào')
    // Anonymous readers never see drafts once the lake has tokens.
    expect(await writer(null).fetch('count(*[_type == "note"])', {}, {perspective: 'raw'})).toBe(0)
  })

  it('applies patches and transactions all or nothing, and checks revisions', async () => {
    const before = lake.documents().find((doc) => doc._id === 'product-plum')!
    await writer().transaction().patch('product-plum', (patch) => patch.set({name: 'Rượu mơ'}).setIfMissing({shopLinks: []}).append('shopLinks', [{_key: 'a', kind: 'shopee', url: 'https://shopee.vn/x'}])).commit()
    const after = lake.documents().find((doc) => doc._id === 'product-plum')!
    expect(after).toMatchObject({name: 'Rượu mơ', shopLinks: [{_key: 'a', kind: 'shopee', url: 'https://shopee.vn/x'}]})
    expect(after._rev).not.toBe(before._rev)

    const stale = writer().patch('product-plum').ifRevisionId(String(before._rev)).set({name: 'Cũ'}).commit()
    await expect(stale).rejects.toMatchObject({statusCode: 409})
    const halfBad = writer().transaction().create({_id: 'note-2', _type: 'note'}).create({_id: 'product-plum', _type: 'product'}).commit()
    await expect(halfBad).rejects.toMatchObject({statusCode: 409})
    expect(lake.documents().some((doc) => doc._id === 'note-2')).toBe(false)
    expect(lake.documents().find((doc) => doc._id === 'product-plum')).toMatchObject({name: 'Rượu mơ'})
  })

  it('tells listeners about each change to a document their query matches, with mendoza effects the Studio can apply', async () => {
    const events: MutationEvent[] = []
    const received = new Promise<void>((resolve, reject) => {
      const subscription = writer()
        .listen('*[_id in $ids]', {ids: ['product-plum', 'drafts.product-plum']}, {events: ['welcome', 'mutation'], effectFormat: 'mendoza'})
        .subscribe({
          next: (event) => {
            if (event.type === 'welcome') {
              // Two documents in one transaction, only one of them listened to.
              void writer().transaction().create({_id: 'drafts.product-plum', _type: 'product', name: 'Rượu mơ (nháp)'}).create({_id: 'note-9', _type: 'note'}).commit()
            }
            if (event.type !== 'mutation') return
            events.push(event)
            subscription.unsubscribe()
            resolve()
          },
          error: reject,
        })
    })
    await received
    const [event] = events
    expect(event).toMatchObject({
      documentId: 'drafts.product-plum',
      transition: 'appear',
      mutations: [{create: {_id: 'drafts.product-plum', _type: 'product', name: 'Rượu mơ (nháp)'}}],
      resultRev: lake.documents().find((doc) => doc._id === 'drafts.product-plum')?._rev,
      transactionTotalEvents: 1,
      transactionCurrentEvent: 1,
    })
    expect(event.previousRev).toBeUndefined()
    // Mendoza's opcode 0 outputs the value that follows: the document after, and before (none) to revert.
    expect(event.effects).toEqual({apply: [0, expect.objectContaining({_id: 'drafts.product-plum', name: 'Rượu mơ (nháp)'})], revert: [0, null]})
    expect(event.effects?.apply[1]).not.toHaveProperty('_rev')
  })

  it('refuses writes without the write token (401) or with another token (401), and stores nothing', async () => {
    const count = lake.documents().length
    await expect(writer(null).create({_id: 'drafts.note-3', _type: 'note'})).rejects.toMatchObject({statusCode: 401})
    await expect(writer('someone-elses-token-0000000').create({_id: 'drafts.note-3', _type: 'note'})).rejects.toMatchObject({statusCode: 401})
    expect(lake.documents()).toHaveLength(count)
  })
})

describe('actions', () => {
  const WRITE_TOKEN = 'test-write-token-for-the-api-double'
  const READ_TOKEN = 'test-read-token-for-the-api-double'
  let lake: SanityApiDouble

  beforeAll(async () => {
    lake = await startSanityApiDouble({documents: DOCUMENTS, writeToken: WRITE_TOKEN, readToken: READ_TOKEN})
  })
  afterAll(() => lake.close())

  const editor = (token: string | null = WRITE_TOKEN) =>
    createClient({projectId: 'ocophanoi', dataset: 'production', apiVersion: API_VERSION, useCdn: false, useProjectHostname: false, apiHost: lake.url, token: token ?? undefined, maxRetries: 0})
  const stored = (id: string) => lake.documents().find((document) => document._id === id)

  // The actions as the Studio sends them (see toActions and the document operations in sanity/lib).
  const create = (publishedId: string, fields: Record<string, unknown> = {}, ifExists: CreateAction['ifExists'] = 'fail'): CreateAction => ({
    actionType: 'sanity.action.document.create',
    publishedId,
    attributes: {_id: `drafts.${publishedId}`, _type: 'product', ...fields},
    ifExists,
  })
  const edit = (publishedId: string, patch: EditAction['patch']): EditAction => ({actionType: 'sanity.action.document.edit', draftId: `drafts.${publishedId}`, publishedId, patch})
  const publish = (publishedId: string, revisions: Pick<PublishAction, 'ifDraftRevisionId' | 'ifPublishedRevisionId'> = {}): PublishAction => ({
    actionType: 'sanity.action.document.publish',
    draftId: `drafts.${publishedId}`,
    publishedId,
    ...revisions,
  })

  it('creates, edits, publishes, unpublishes and deletes a document, as the Studio does', async () => {
    const {transactionId} = await editor().action(create('product-jam', {name: 'Mứt'}))
    expect(stored('drafts.product-jam')).toMatchObject({_type: 'product', name: 'Mứt', _rev: transactionId})
    await editor().action(edit('product-jam', {set: {name: 'Mứt mận'}, setIfMissing: {seo: {_type: 'seo'}}}))
    await editor().action(edit('product-jam', {set: {'seo.title': 'Mứt mận Hà Nội'}}))

    await editor().action(publish('product-jam'))
    expect(stored('drafts.product-jam')).toBeUndefined()
    const published = await editor().fetch('*[_id == "product-jam"][0]{_id, name, seo}', {}, {perspective: 'published'})
    expect(published).toEqual({_id: 'product-jam', name: 'Mứt mận', seo: {_type: 'seo', title: 'Mứt mận Hà Nội'}})

    await editor().action({actionType: 'sanity.action.document.unpublish', draftId: 'drafts.product-jam', publishedId: 'product-jam'})
    expect(stored('product-jam')).toBeUndefined()
    expect(stored('drafts.product-jam')).toMatchObject({name: 'Mứt mận', seo: {title: 'Mứt mận Hà Nội'}})

    // A draft the request does not name is not deleted behind the editor's back.
    const keepsDraft = editor().action({actionType: 'sanity.action.document.delete', publishedId: 'product-jam', includeDrafts: []})
    await expect(keepsDraft).rejects.toMatchObject({statusCode: 409})
    await editor().action({actionType: 'sanity.action.document.delete', publishedId: 'product-jam', includeDrafts: ['drafts.product-jam']})
    expect(lake.documents().filter((document) => document._id.endsWith('product-jam'))).toEqual([])
  })

  it('creates the draft from the published document on the first edit, and discards it', async () => {
    await editor().action({actionType: 'sanity.action.document.edit', draftId: 'drafts.area-nam-phu', publishedId: 'area-nam-phu', patch: {set: {name: 'Nam Phù (sửa)'}}})
    expect(stored('drafts.area-nam-phu')).toMatchObject({_type: 'area', name: 'Nam Phù (sửa)'})
    expect(stored('area-nam-phu')).toMatchObject({name: 'Nam Phù'})

    await editor().action({actionType: 'sanity.action.document.version.discard', versionId: 'drafts.area-nam-phu'})
    expect(stored('drafts.area-nam-phu')).toBeUndefined()
    expect(stored('area-nam-phu')).toMatchObject({name: 'Nam Phù'})
    await expect(editor().action({actionType: 'sanity.action.document.version.discard', versionId: 'drafts.area-nam-phu'})).rejects.toMatchObject({statusCode: 409})
    await expect(editor().action(edit('product-nowhere', {set: {name: 'Không có'}}))).rejects.toMatchObject({statusCode: 409})
  })

  it('refuses to publish over a published revision the editor did not see (409), and changes nothing', async () => {
    await editor().action([create('product-tea', {name: 'Trà'}), publish('product-tea')])
    const first = stored('product-tea')!
    await editor().action(edit('product-tea', {set: {name: 'Trà sen'}}))
    const draft = stored('drafts.product-tea')!

    const stale = editor().action(publish('product-tea', {ifPublishedRevisionId: 'a-revision-someone-else-saw'}))
    await expect(stale).rejects.toMatchObject({statusCode: 409})
    expect(stored('product-tea')).toEqual(first)
    expect(stored('drafts.product-tea')).toEqual(draft)

    await editor().action(publish('product-tea', {ifPublishedRevisionId: String(first._rev), ifDraftRevisionId: String(draft._rev)}))
    expect(stored('product-tea')).toMatchObject({name: 'Trà sen'})
  })

  it('makes the references the Studio left weak until publishing strong when publishing', async () => {
    const pending = {_type: 'reference', _ref: 'area-not-yet-published', _weak: true, _strengthenOnPublish: {type: 'area'}}
    await editor().action([create('product-rice', {area: pending}), publish('product-rice')])
    expect(stored('product-rice')?.area).toEqual({_type: 'reference', _ref: 'area-not-yet-published'})
  })

  it('applies the actions of one request all or none: one failing action leaves nothing changed', async () => {
    const before = lake.documents()
    const request = editor().action([create('product-honey', {name: 'Mật ong'}), edit('product-honey', {set: {name: 'Mật ong rừng'}}), publish('product-missing')])
    await expect(request).rejects.toMatchObject({statusCode: 409})
    expect(lake.documents()).toEqual(before)

    // Creating a draft that exists fails, unless asked to leave it be.
    await expect(editor().action(create('product-pear', {name: 'Trà lê'}))).rejects.toMatchObject({statusCode: 409})
    await editor().action(create('product-pear', {name: 'Trà lê'}, 'ignore'))
    expect(stored('drafts.product-pear')).toMatchObject({name: 'Pear tea (draft)'})
  })

  it('tells listeners about each document an action changes, under the transaction id the Studio chose', async () => {
    await editor().action(create('product-wine', {name: 'Rượu'}))
    const transactionId = 'studio-chosen-transaction-id'
    const events: MutationEvent[] = []
    await new Promise<void>((resolve, reject) => {
      const subscription = editor()
        .listen('*[_id in $ids]', {ids: ['product-wine', 'drafts.product-wine']}, {events: ['welcome', 'mutation'], effectFormat: 'mendoza'})
        .subscribe({
          next: (event) => {
            if (event.type === 'welcome') void editor().action(publish('product-wine'), {transactionId}).catch(reject)
            if (event.type !== 'mutation') return
            events.push(event)
            if (events.length < 2) return
            subscription.unsubscribe()
            resolve()
          },
          error: reject,
        })
    })
    expect(events.map((event) => [event.documentId, event.transition])).toEqual([
      ['product-wine', 'appear'],
      ['drafts.product-wine', 'disappear'],
    ])
    events.forEach((event, index) => expect(event).toMatchObject({transactionId, transactionTotalEvents: 2, transactionCurrentEvent: index + 1}))
    expect(events[0]).toMatchObject({mutations: [{createOrReplace: expect.objectContaining({_id: 'product-wine', name: 'Rượu'})}], resultRev: transactionId})
    expect(events[1].mutations).toEqual([{delete: {id: 'drafts.product-wine'}}])
    expect(stored('product-wine')?._rev).toBe(transactionId)
  })

  it('changes nothing on a dry run, yet answers, and fails, as the real run would', async () => {
    const before = lake.documents()
    expect(await editor().action(create('product-dry', {name: 'Mít sấy'}), {dryRun: true, transactionId: 'dry-run-1'})).toEqual({transactionId: 'dry-run-1'})
    expect(lake.documents()).toEqual(before)
    await expect(editor().action(publish('product-dry'), {dryRun: true})).rejects.toMatchObject({statusCode: 409})
  })

  it('refuses actions without the write token (401), with the read token (403) or another one (401), and changes nothing', async () => {
    const before = lake.documents()
    await expect(editor(null).action(create('product-anonymous'))).rejects.toMatchObject({statusCode: 401})
    await expect(editor(READ_TOKEN).action(create('product-anonymous'))).rejects.toMatchObject({statusCode: 403})
    await expect(editor('someone-elses-token-0000000').action(create('product-anonymous'))).rejects.toMatchObject({statusCode: 401})
    expect(lake.documents()).toEqual(before)
  })
})

describe('assets', () => {
  const WRITE_TOKEN = 'test-write-token-for-the-api-double'
  let lake: SanityApiDouble

  beforeAll(async () => {
    lake = await startSanityApiDouble({documents: DOCUMENTS, writeToken: WRITE_TOKEN})
  })
  afterAll(() => lake.close())

  const uploader = (token: string | null = WRITE_TOKEN) =>
    createClient({projectId: 'ocophanoi', dataset: 'production', apiVersion: API_VERSION, useCdn: false, useProjectHostname: false, apiHost: lake.url, token: token ?? undefined, maxRetries: 0})
  const png = (width: number, height: number) => sharp({create: {width, height, channels: 3, background: '#1f7a4d'}}).png().toBuffer()
  const sha1 = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex')
  const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer())

  it('stores an uploaded image as an asset document with its dimensions, once for the same bytes, and serves it', async () => {
    const bytes = await png(40, 30)
    const hash = sha1(bytes)
    const asset = await uploader().assets.upload('image', bytes, {filename: 'mut-man.png', title: 'Mứt mận'})
    expect(asset).toMatchObject({
      _id: `image-${hash}-40x30-png`,
      _type: 'sanity.imageAsset',
      assetId: hash,
      sha1hash: hash,
      extension: 'png',
      mimeType: 'image/png',
      size: bytes.length,
      originalFilename: 'mut-man.png',
      title: 'Mứt mận',
      path: `images/ocophanoi/production/${hash}-40x30.png`,
      url: `${lake.url}/images/ocophanoi/production/${hash}-40x30.png`,
      metadata: {dimensions: {width: 40, height: 30, aspectRatio: 40 / 30}, hasAlpha: false, isOpaque: true},
    })
    expect((await uploader().assets.upload('image', bytes, {filename: 'ban-sao.png'}))._id).toBe(asset._id)
    expect(lake.documents().filter((document) => document._type === 'sanity.imageAsset')).toHaveLength(1)

    const original = await fetch(asset.url)
    expect(original.status).toBe(200)
    expect(original.headers.get('content-type')).toBe('image/png')
    expect(await bytesOf(original)).toEqual(bytes)
    // As @sanity/image-url asks for it in the Studio.
    const resized = await fetch(`${asset.url}?w=20&fit=max&auto=format`, {headers: {accept: 'image/avif,image/webp,*/*'}})
    expect(resized.headers.get('content-type')).toBe('image/webp')
    expect(await sharp(await bytesOf(resized)).metadata()).toMatchObject({format: 'webp', width: 20, height: 15})
  })

  it('stores an uploaded file with the content type it was sent with, and serves it', async () => {
    const bytes = Buffer.from('%PDF-1.4\n% Giấy chứng nhận OCOP\n')
    const asset = await uploader().assets.upload('file', bytes, {filename: 'chung-nhan.pdf', contentType: 'application/pdf'})
    expect(asset).toMatchObject({
      _id: `file-${sha1(bytes)}-pdf`,
      _type: 'sanity.fileAsset',
      extension: 'pdf',
      mimeType: 'application/pdf',
      url: `${lake.url}/files/ocophanoi/production/${sha1(bytes)}.pdf`,
    })
    const served = await fetch(asset.url)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(await bytesOf(served)).toEqual(bytes)
  })

  it('refuses uploads without the write token, and answers 404 for files it does not have', async () => {
    const bytes = await png(10, 10)
    await expect(uploader(null).assets.upload('image', bytes)).rejects.toMatchObject({statusCode: 401})
    expect(lake.documents().some((document) => document.sha1hash === sha1(bytes))).toBe(false)
    expect((await fetch(`${lake.url}/images/ocophanoi/production/${sha1(bytes)}-10x10.png`)).status).toBe(404)
  })

  it('serves the images of an NDJSON export at their CDN path, where the Studio asks for them', async () => {
    const exported = await startSanityApiDouble({documents: DEFAULT_DATASET})
    try {
      const url = await client({apiHost: exported.url}).fetch<string>('*[_type == "sanity.imageAsset"][0].url')
      const served = await fetch(`${url.replace('https://cdn.sanity.io', exported.url)}?w=64`)
      expect(served.status).toBe(200)
      expect(served.headers.get('content-type')).toMatch(/^image\//)
      expect((await sharp(await bytesOf(served)).metadata()).width).toBe(64)
    } finally {
      await exported.close()
    }
  })
})
