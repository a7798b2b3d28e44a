import {readFileSync} from 'node:fs'

/** A document of the export that has a page: its type's path segment, slug, title and text. */
export interface PageDocument {
  type: string
  slug: string
  title: string
  summary: string
  paragraphs: string[]
}

/** The page-backed types, as the site's addresses name them. */
const SEGMENTS: Record<string, string> = {
  product: 'san-pham',
  producer: 'chu-the',
  craftVillage: 'lang-nghe',
  pointOfSale: 'diem-ban',
  event: 'su-kien',
  training: 'dao-tao',
  article: 'tin-tuc',
}

type Raw = Record<string, unknown> & {_id: string; _type: string}

/** The plain text of Portable Text blocks, a paragraph a block. */
const blocks = (value: unknown) =>
  Array.isArray(value) ? value.map((block) => ((block as {children?: {text?: string}[]}).children ?? []).map((span) => span.text ?? '').join('')) : []

let cached: PageDocument[] | undefined

/** Every published page-backed document of CONTENT_DATASET, read once per build. */
export function pageDocuments(): PageDocument[] {
  if (cached) return cached
  const file = process.env.CONTENT_DATASET
  if (!file) throw new Error('Missing environment variable: CONTENT_DATASET (the data.ndjson to build)')
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Raw)
  cached = docs
    .filter((doc) => doc._type in SEGMENTS && !doc._id.startsWith('drafts.'))
    .map((doc) => ({
      type: SEGMENTS[doc._type]!,
      slug: (doc.slug as {current: string}).current,
      title: String(doc.name ?? doc.title),
      summary: String(doc.summary ?? doc.excerpt ?? doc.description ?? ''),
      paragraphs: blocks(doc.story ?? doc.description ?? doc.body),
    }))
  return cached
}
