/**
 * Every document of tests/fixtures/hostile/refused.ndjson is refused, with a message naming it and the field.
 * A build stops at the first invalid collection (tests/build/hostile-content.test.ts); here each
 * collection's loader runs as Astro runs it, so that every refusal is checked.
 */
import {fileURLToPath} from 'node:url'
import type {LoaderContext} from 'astro/loaders'
import {describe, expect, it} from 'vitest'
import {localSource} from '../../site/lib/content-source'
import {addressSchema, articleSchema, eventSchema, productSchema} from '../../site/lib/content-schemas'
import {groqLoader} from '../../site/lib/groq-loader'
import {addressesQuery, articlesQuery, eventsQuery, productsQuery} from '../../site/lib/queries'

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/hostile/${name}`, import.meta.url))

/** The error a collection's loader stops with, or '' when it loads. */
async function refusal(collection: string, loader: ReturnType<typeof groqLoader>): Promise<string> {
  const context = {
    collection,
    store: {clear: () => undefined, set: () => true},
    parseData: async ({data}: {data: unknown}) => data,
    generateDigest: () => '',
    logger: {info: () => undefined, warn: () => undefined},
  } as unknown as LoaderContext
  return loader.load(context).then(
    () => '',
    (error: Error) => error.message,
  )
}

const source = localSource(fixture('refused.ndjson'))

describe('content the build refuses, naming the document and the field', () => {
  it.each([
    ['products', productsQuery, productSchema, [
      ['product-nfd-slug', 'slug: a slug uses only a-z, 0-9 and single hyphens'],
      ['product-zero-width-slug', 'slug: a slug uses only a-z, 0-9 and single hyphens'],
      ['product-script-slug', 'slug: a slug uses only a-z, 0-9 and single hyphens'],
      ['product-ghost-producer', 'producer: must reference a published producer'],
      ['product-unknown-group', 'group: must be one of the six OCOP product groups'],
      ['product-empty-name', 'name: a name is required'],
      ['product-duplicate-b', 'slug: "trung-duong-dan" is already the slug of "product-duplicate-a"'],
      ['product-image-no-alt', 'images.0.alt: an image needs alt text'],
      ['product-unknown-block', 'story.0._type: unknown block type "youtube"'],
    ]],
    ['events', eventsQuery, eventSchema, [
      ['event-invalid-date', 'startsAt: a date and time is required, as ISO 8601'],
      ['event-no-offset', 'startsAt: a date and time is required, as ISO 8601'],
      ['event-ends-before-start', 'endsAt: the end is before the start'],
      ['event-year-out-of-range', 'startsAt: a date and time is required, as ISO 8601'],
    ]],
    ['articles', articlesQuery, articleSchema, [
      ['article-unknown-block', 'body.0._type: unknown block type "html"'],
      ['article-unknown-mark', 'body.0.children.0.marks: unknown mark "underline"'],
      ['article-unknown-annotation', 'body.0.markDefs.0._type: an annotation the site does not render'],
      ['article-unknown-style', 'body.0.style: a text style the site does not render'],
      ['article-inline-object', 'body.0.children.0._type: an inline object the site does not render'],
      ['article-rich-image-no-alt', 'body.0.alt: an image needs alt text'],
      ['article-invalid-published', 'publishedAt: a date and time is required, as ISO 8601'],
    ]],
    ['addresses', addressesQuery, addressSchema, [
      ['product-nfd-slug', 'slug: a slug uses only a-z, 0-9 and single hyphens'],
      ['product-duplicate-b', 'slug: "trung-duong-dan" is already the slug of "product-duplicate-a"'],
    ]],
  ] as const)('%s', async (collection, query, schema, expected) => {
    const message = await refusal(collection, groqLoader({query, schema, source}))
    for (const [id, field] of expected) {
      expect(message).toMatch(new RegExp(`Document "${id}" in collection "${collection}" is invalid:\\n(  - .*\\n)*  - ${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    }
    // Only the planted documents are named: the valid producer, area and settings are not blamed.
    expect(message).not.toMatch(/producer-ok|area-bat-trang|siteSettings/)
  })

  it('an image whose asset is not in the dataset: the dataset is refused as it loads, naming the document and the field', async () => {
    const message = await refusal('products', groqLoader({query: productsQuery, schema: productSchema, source: localSource(fixture('missing-asset.ndjson'))}))
    expect(message).toBe(
      'Document "product-missing-image" is invalid:\n  - images[0].asset: the asset "image-0000000000000000000000000000000000000000-640x480-webp" is not in the dataset',
    )
  })
})
