import type {Loader} from 'astro/loaders'
import type {z} from 'astro/zod'
import {ContentError, contentSourceFromEnv, type ContentSource} from './content-source'

interface GroqLoaderOptions<Schema extends z.ZodType> {
  /** A named query from queries.ts that returns a list of documents with an `_id`. */
  query: string
  schema: Schema
  /** Defaults to the source chosen by the environment. */
  source?: ContentSource
  /**
   * A check across all the valid documents of the collection; it throws a ContentError to stop the
   * build while content loads, before anything is written.
   */
  check?: (docs: z.infer<Schema>[]) => void
}

/** Explains every way a document fails its schema, naming the document and each field. */
export function describeInvalid(collection: string, doc: unknown, error: z.ZodError): string {
  const record = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>
  const id = typeof record._id === 'string' ? record._id : '(no _id)'
  const fields = error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(document)'
    return `  - ${field}: ${issue.message}`
  })
  return `Document "${id}" in collection "${collection}" is invalid:\n${fields.join('\n')}`
}

/**
 * Two documents of a collection (and type) with one slug would be one page: each document whose slug
 * an earlier one has, with a message naming both and the field.
 */
export function duplicateSlugs(collection: string, docs: readonly Record<string, unknown>[]): {id: string; problem: string}[] {
  const owners = new Map<string, string>()
  const duplicates: {id: string; problem: string}[] = []
  for (const doc of docs) {
    if (typeof doc.slug !== 'string') continue
    // A product and a producer may share a slug: their pages are under different paths.
    const key = `${String(doc._type ?? '')}/${doc.slug}`
    const owner = owners.get(key)
    const id = String(doc._id)
    if (owner === undefined) owners.set(key, id)
    else duplicates.push({id, problem: `Document "${id}" in collection "${collection}" is invalid:\n  - slug: "${doc.slug}" is already the slug of "${owner}"; one address cannot lead to two pages`})
  }
  return duplicates
}

/** An Astro content loader that runs one GROQ query and validates every document it returns. */
export function groqLoader<Schema extends z.ZodType>({query, schema, source, check}: GroqLoaderOptions<Schema>): Loader {
  return {
    name: 'groq-loader',
    schema,
    async load({collection, store, parseData, generateDigest, logger}) {
      const from = source ?? contentSourceFromEnv()
      const docs = await from.fetch<unknown>(query)
      if (!Array.isArray(docs)) {
        throw new ContentError(`The query for collection "${collection}" must return a list`)
      }
      const problems: string[] = []
      const valid: Array<{id: string; data: Record<string, unknown>}> = []
      let published: Map<string, unknown> | undefined
      for (const doc of docs) {
        const result = schema.safeParse(doc)
        if (result.success) {
          const data = result.data as Record<string, unknown>
          valid.push({id: String(data._id), data})
          continue
        }
        const problem = describeInvalid(collection, doc, result.error)
        if (!from.drafts) {
          problems.push(problem)
          continue
        }
        // Editors save drafts long before they are complete: the preview shows the published
        // version of an incomplete draft, or leaves a new one out, and says so in the build log.
        published ??= new Map(
          ((await from.fetch<unknown[]>(query, {}, {published: true})) ?? []).map((item) => [String((item as {_id?: unknown})._id), item]),
        )
        const fallback = schema.safeParse(published.get(String((doc as {_id?: unknown})._id)))
        if (fallback.success) valid.push({id: String((fallback.data as {_id: unknown})._id), data: fallback.data as Record<string, unknown>})
        logger.warn(`Draft preview: ${problem}\n  → ${fallback.success ? 'showing the published version' : 'left out until it is complete'}`)
      }
      const duplicates = duplicateSlugs(collection, valid.map(({data}) => data))
      if (from.drafts) {
        // The preview leaves out a draft that took another document's slug, as it does an incomplete one.
        for (const {problem} of duplicates) logger.warn(`Draft preview: ${problem}\n  → left out`)
        const left = new Set(duplicates.map(({id}) => id))
        valid.splice(0, valid.length, ...valid.filter(({id}) => !left.has(id)))
      } else {
        problems.push(...duplicates.map(({problem}) => problem))
      }
      if (problems.length > 0) throw new ContentError(problems.join('\n'))
      check?.(valid.map(({data}) => data as z.infer<Schema>))

      store.clear()
      for (const {id, data} of valid) {
        store.set({id, data: await parseData({id, data}), digest: generateDigest(data)})
      }
      logger.info(`${collection}: ${valid.length} ${from.drafts ? 'documents (drafts over published)' : 'published documents'} read from the ${from.name} source`)
    },
  }
}
