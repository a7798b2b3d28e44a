import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {evaluate, parse} from 'groq-js'
import {ContentError} from './errors'
import {readSanityConfig} from './env'
import {sanitySource} from './sanity-source'
import {importExport, missingAssets} from './sanity-export'

export {ContentError}

/** Where the site's content comes from: the same named GROQ queries run against either source. */
export interface ContentSource {
  readonly name: string
  /** True when this source shows drafts over published documents (the draft preview). */
  readonly drafts?: boolean
  /** Runs a query; `published: true` reads the published documents even in a draft preview. */
  fetch<T>(query: string, params?: Record<string, unknown>, options?: {published?: boolean}): Promise<T>
}

/** A Sanity document as it appears in an export (NDJSON, one document a line). */
export interface SanityDocument {
  _id: string
  _type: string
  [field: string]: unknown
}


/** The bundled sample dataset, in Sanity's export format. */
export const DEFAULT_DATASET = fileURLToPath(new URL('../../content/data.ndjson', import.meta.url))

/** True for documents that the published perspective hides (drafts and versions). */
export function isUnpublished(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.')
}

/** Parses an NDJSON export; a broken line is reported with its file and line number. */
export function parseNdjson(text: string, file: string): SanityDocument[] {
  const docs: SanityDocument[] = []
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    let doc: unknown
    try {
      doc = JSON.parse(line)
    } catch (error) {
      throw new ContentError(`${file}:${index + 1}: not valid JSON (${(error as Error).message})`)
    }
    if (!isDocument(doc)) {
      throw new ContentError(`${file}:${index + 1}: a document needs a string "_id" and "_type"`)
    }
    docs.push(doc)
  })
  return docs
}

function isDocument(value: unknown): value is SanityDocument {
  if (typeof value !== 'object' || value === null) return false
  const {_id, _type} = value as Record<string, unknown>
  return typeof _id === 'string' && _id !== '' && typeof _type === 'string' && _type !== ''
}

interface LoadedDataset {
  docs: SanityDocument[]
  /** The same documents by `_id`: groq-js would otherwise scan the whole dataset for every `->`. */
  byId: Map<string, SanityDocument>
}

const datasets = new Map<string, Promise<LoadedDataset>>()

/**
 * Reads a dataset export once per build, as `sanity dataset import` would store it, and keeps only
 * published documents. Its asset files are served by the site under their export path (/images/…, /files/…).
 */
function loadPublished(file: string): Promise<LoadedDataset> {
  let loaded = datasets.get(file)
  if (!loaded) {
    loaded = readFile(file, 'utf8').then((text) => {
      const docs = importExport(parseNdjson(text, file), {dir: path.dirname(file), assetUrl: (asset) => `/${asset.file}`}).filter(
        (doc) => !isUnpublished(doc._id),
      )
      const missing = missingAssets(docs)
      if (missing.length > 0) throw new ContentError(missing.join('\n'))
      return {docs, byId: new Map(docs.map((doc) => [doc._id, doc]))}
    })
    datasets.set(file, loaded)
  }
  return loaded
}

/** The embedded default: GROQ evaluated by groq-js over a bundled NDJSON export. */
export function localSource(file: string = DEFAULT_DATASET): ContentSource {
  return {
    name: 'local',
    async fetch<T>(query: string, params: Record<string, unknown> = {}) {
      const {docs, byId} = await loadPublished(file)
      const tree = parse(query, {params})
      const result = await evaluate(tree, {dataset: docs, params, dereference: ({_ref}) => byId.get(_ref) ?? null})
      return (await result.get()) as T
    },
  }
}

/** Picks the content source from the environment; an unknown or incomplete setting stops the build. */
export function contentSourceFromEnv(env: NodeJS.ProcessEnv = process.env): ContentSource {
  const kind = env.CONTENT_SOURCE?.trim() || 'local'
  if (kind === 'local') return localSource(env.CONTENT_DATASET || DEFAULT_DATASET)
  if (kind === 'sanity') return sanitySource(readSanityConfig(env))
  throw new ContentError(`Environment variable CONTENT_SOURCE must be "local" or "sanity", got "${kind}"`)
}
