import {fileURLToPath} from 'node:url'
import type {LoaderContext} from 'astro/loaders'
import {describe, expect, it} from 'vitest'
import {ContentError, localSource, parseNdjson} from '../../site/lib/content-source'
import {productSchema} from '../../site/lib/content-schemas'
import {groqLoader} from '../../site/lib/groq-loader'
import {productsQuery} from '../../site/lib/queries'

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))

/** Runs a loader the way Astro does and returns what it stored. */
async function runLoader(loader: ReturnType<typeof groqLoader>) {
  const stored = new Map<string, Record<string, unknown>>()
  const context = {
    collection: 'products',
    store: {
      clear: () => stored.clear(),
      set: ({id, data}: {id: string; data: Record<string, unknown>}) => (stored.set(id, data), true),
    },
    parseData: async ({data}: {data: Record<string, unknown>}) => data,
    generateDigest: (data: unknown) => JSON.stringify(data),
    logger: {info: () => undefined},
  } as unknown as LoaderContext
  await loader.load(context)
  return stored
}

describe('the bundled dataset through the local source', () => {
  it('gives the site every published product and no draft', async () => {
    const stored = await runLoader(groqLoader({query: productsQuery, schema: productSchema, source: localSource()}))
    const names = [...stored.values()].map((product) => product.name)
    expect(names).toContain('Bánh chưng Tranh Khúc')
    expect([...stored.keys()].some((id) => id.startsWith('drafts.'))).toBe(false)
    expect(names.some((name) => String(name).includes('nháp'))).toBe(false)
  })

  it('resolves each product’s producer and place through GROQ', async () => {
    const stored = await runLoader(groqLoader({query: productsQuery, schema: productSchema, source: localSource()}))
    const banhChung = stored.get('product-banh-chung-tranh-khuc')
    expect(banhChung?.producer).toMatchObject({name: 'Hợp tác xã Bánh chưng Tranh Khúc'})
    expect(banhChung?.area).toMatchObject({name: 'Nam Phù', formerDistrict: 'Thanh Trì'})
  })
})

describe('a document that does not fit its schema', () => {
  it('stops the load with a message naming the document and the field', async () => {
    const loader = groqLoader({query: productsQuery, schema: productSchema, source: localSource(fixture('invalid-product.ndjson'))})
    const failure = runLoader(loader)
    await expect(failure).rejects.toThrow(ContentError)
    await expect(failure).rejects.toThrow(/"product-six-stars"[\s\S]*ocop\.stars: OCOP stars must be 3, 4 or 5/)
  })

  it('is reported alone: valid documents and drafts are not blamed', async () => {
    const loader = groqLoader({query: productsQuery, schema: productSchema, source: localSource(fixture('invalid-product.ndjson'))})
    const message = await runLoader(loader).then(
      () => '',
      (error: Error) => error.message,
    )
    expect(message).not.toContain('product-ok')
    expect(message).not.toContain('drafts.')
  })

  it('stores nothing when any document is invalid', async () => {
    const stored = new Map<string, unknown>([['old', {}]])
    const loader = groqLoader({query: productsQuery, schema: productSchema, source: localSource(fixture('invalid-product.ndjson'))})
    const context = {
      collection: 'products',
      store: {clear: () => stored.clear(), set: ({id, data}: {id: string; data: unknown}) => stored.set(id, data)},
      parseData: async ({data}: {data: unknown}) => data,
      generateDigest: () => '',
      logger: {info: () => undefined},
    } as unknown as LoaderContext
    await expect(loader.load(context)).rejects.toThrow()
    expect([...stored.keys()]).toEqual(['old'])
  })
})

describe('the draft preview', () => {
  it('shows the published version of an incomplete draft, leaves out an incomplete new one, and warns', async () => {
    const published = await localSource().fetch<Record<string, unknown>[]>(productsQuery)
    const banhChung = published.find((product) => product._id === 'product-banh-chung-tranh-khuc')!
    const drafts = [
      ...published.filter((product) => product !== banhChung),
      {...banhChung, name: 'Bánh chưng Tranh Khúc (đang sửa)', summary: null}, // a draft being edited
      {_id: 'product-moi', name: 'Sản phẩm mới', summary: null}, // a new product, just started
    ]
    const source = {
      name: 'sanity',
      drafts: true,
      fetch: async <T,>(_query: string, _params?: unknown, options?: {published?: boolean}) => (options?.published ? published : drafts) as T,
    }
    const warnings: string[] = []
    const stored = new Map<string, Record<string, unknown>>()
    const context = {
      collection: 'products',
      store: {clear: () => stored.clear(), set: ({id, data}: {id: string; data: Record<string, unknown>}) => stored.set(id, data)},
      parseData: async ({data}: {data: unknown}) => data,
      generateDigest: () => '',
      logger: {info: () => undefined, warn: (message: string) => warnings.push(message)},
    } as unknown as LoaderContext
    await groqLoader({query: productsQuery, schema: productSchema, source}).load(context)
    expect(stored.get('product-banh-chung-tranh-khuc')?.name).toBe('Bánh chưng Tranh Khúc')
    expect(stored.has('product-moi')).toBe(false)
    expect(stored.size).toBe(published.length)
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toContain('Document "product-banh-chung-tranh-khuc" in collection "products" is invalid')
    expect(warnings[0]).toContain('showing the published version')
    expect(warnings[1]).toContain('left out until it is complete')
  })
})

describe('two documents with one slug', () => {
  const published = () => localSource().fetch<Record<string, unknown>[]>(productsQuery)
  const context = (warnings: string[], stored: Map<string, unknown>) =>
    ({
      collection: 'products',
      store: {clear: () => stored.clear(), set: ({id, data}: {id: string; data: unknown}) => stored.set(id, data)},
      parseData: async ({data}: {data: unknown}) => data,
      generateDigest: () => '',
      logger: {info: () => undefined, warn: (message: string) => warnings.push(message)},
    }) as unknown as LoaderContext

  it('stop the build, naming both documents and the field', async () => {
    const products = await published()
    const copy = {...products[0]!, _id: 'product-copy'}
    const source = {name: 'local', fetch: async <T,>() => [...products, copy] as T}
    await expect(groqLoader({query: productsQuery, schema: productSchema, source}).load(context([], new Map()))).rejects.toThrow(
      `Document "product-copy" in collection "products" is invalid:\n  - slug: "${String(products[0]!.slug)}" is already the slug of "${String(products[0]!._id)}"`,
    )
  })

  it('in the draft preview, leave out the draft that took the slug, and warn', async () => {
    const products = await published()
    const copy = {...products[0]!, _id: 'product-copy'}
    const source = {name: 'sanity', drafts: true, fetch: async <T,>() => [...products, copy] as T}
    const warnings: string[] = []
    const stored = new Map<string, unknown>()
    await groqLoader({query: productsQuery, schema: productSchema, source}).load(context(warnings, stored))
    expect(stored.has('product-copy')).toBe(false)
    expect(stored.has(String(products[0]!._id))).toBe(true)
    expect(warnings).toEqual([expect.stringContaining('"product-copy"')])
  })
})

describe('an export file that is not valid NDJSON', () => {
  it('names the file and the line', () => {
    expect(() => parseNdjson('{"_id":"a","_type":"area"}\n{"_id": ', 'content/data.ndjson')).toThrow(
      /content\/data\.ndjson:2: not valid JSON/,
    )
  })

  it('rejects a line without _id or _type', () => {
    expect(() => parseNdjson('{"name":"Bát Tràng"}', 'x.ndjson')).toThrow(/x\.ndjson:1: a document needs a string "_id" and "_type"/)
  })

  it('fails the query instead of returning partial content', async () => {
    await expect(localSource(fixture('broken-json.ndjson')).fetch('*')).rejects.toThrow(/broken-json\.ndjson:2/)
  })
})
