/**
 * Validates every published document of a dataset export with the Studio's own schema and rules,
 * as the Studio does, and prints a report per document. Exits 1 when any document has an error.
 *
 *   npm run content:check [-- --dataset path/to/data.ndjson] [-- --quiet]
 *
 * Runs through `sanity exec` (see package.json), which compiles the schema's TypeScript and React.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {validateDocumentWithWorkspace, type DocumentValidationMarker, type ValidationSource} from '@sanity/validation'
import {evaluate, parse} from 'groq-js'
import {createSchema} from 'sanity'
import {schemaTypes} from '../schemas'
import {DEFAULT_DATASET, isUnpublished, parseNdjson, type SanityDocument} from '../site/lib/content-source'
import {importExport} from '../site/lib/sanity-export'

const {values} = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {dataset: {type: 'string', default: DEFAULT_DATASET}, quiet: {type: 'boolean', default: false}},
})
const root = process.env.INIT_CWD ?? process.cwd()
const file = path.resolve(root, values.dataset)
// Checked as a project holds them after `sanity dataset import`: rules on images need their asset reference.
const documents = importExport(parseNdjson(await readFile(file, 'utf8'), file), {dir: path.dirname(file), assetUrl: (asset) => `/${asset.file}`})

/**
 * The part of Sanity's client that the rules use (GROQ queries), answered from the same dataset with
 * groq-js, Sanity's GROQ engine, over every document as the `raw` perspective sees them.
 */
const datasetClient = {
  async fetch(query: string, params: Record<string, unknown> = {}) {
    return (await evaluate(parse(query, {params}), {dataset: documents, params})).get()
  },
  withConfig: () => datasetClient,
}

const schema = createSchema({name: 'default', types: schemaTypes})
const workspace = {schema, getClient: () => datasetClient} as unknown as ValidationSource
const published = documents.filter((doc) => !isUnpublished(doc._id) && !doc._type.startsWith('sanity.'))
const existing = new Set(documents.filter((doc) => !isUnpublished(doc._id)).map((doc) => doc._id))

const where = (marker: DocumentValidationMarker) =>
  marker.path.map((part) => (typeof part === 'object' && part && '_key' in part ? `[${part._key}]` : String(part))).join('.') || '(document)'

let errors = 0
let warnings = 0
for (const document of published) {
  // As the Studio validates: the CLI mode of @sanity/validation turns custom rules on objects into warnings.
  const markers = await validateDocumentWithWorkspace({
    document: document as SanityDocument & {_createdAt: string; _updatedAt: string; _rev: string},
    workspace,
    environment: 'studio',
    getDocumentExists: async ({id}) => existing.has(id),
  })
  const bad = markers.filter((marker) => marker.level === 'error')
  const soft = markers.filter((marker) => marker.level === 'warning')
  errors += bad.length
  warnings += soft.length
  if (bad.length === 0 && soft.length === 0 && values.quiet) continue
  console.log(`${bad.length > 0 ? '✗' : soft.length > 0 ? '!' : '✓'} ${document._id} (${document._type})`)
  for (const marker of [...bad, ...soft]) console.log(`    ${marker.level === 'error' ? 'lỗi' : 'cảnh báo'} ${where(marker)}: ${marker.message}`)
}

const drafts = documents.filter((doc) => isUnpublished(doc._id)).length
console.log(
  `\n${published.length} published documents checked in ${path.relative(root, file)}` +
    ` (${drafts} drafts not checked): ${errors} errors, ${warnings} warnings.`,
)
if (errors > 0) process.exitCode = 1
