import {existsSync} from 'node:fs'
import {readFile, rm} from 'node:fs/promises'
import path from 'node:path'
import {close, createIndex} from 'pagefind'
import type {BuildLogger} from './build-finish'
import {CATALOGUE_INDEX_PATH} from '../lib/search-fields'
import {SEARCH_RECORDS_FILE, catalogueDocumentHtml, catalogueRecords, searchDocumentHtml, type IndexedRecord} from '../lib/search-index'

/** Records sent to Pagefind at once. */
const BATCH = 200

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`)
}

/** One Pagefind index of these records, each indexed as `html` describes it, written to `outputPath`. */
async function writeIndex(records: IndexedRecord[], html: (record: IndexedRecord) => string, outputPath: string) {
  const {index, errors} = await createIndex({forceLanguage: 'vi'})
  if (!index) fail('start', errors)
  // Records go to Pagefind's process a batch at a time rather than one round trip each, in order:
  // it numbers the pages as they arrive, and lists them in that order when asked for no other.
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH)
    const added = await Promise.all(batch.map((record) => index.addHTMLFile({url: record.url, content: html(record)})))
    added.forEach(({errors}, i) => errors.length > 0 && fail(`index ${batch[i]!.url}`, errors))
  }
  const written = await index.writeFiles({outputPath})
  if (written.errors.length > 0) fail('write the index', written.errors)
  await index.deleteIndex()
}

/**
 * Builds the Pagefind indexes, once Astro is done (site/integrations/build-finish.ts), from the
 * records the site wrote (site/pages/search-records.json.ts) rather than from the pages: the search
 * page's, of every record, and the catalogue's, of the products and what their cards show
 * (site/lib/search-index.ts). Pagefind indexes in its own process, which ends here.
 */
export async function writeSearchIndexes(outDir: string, logger: BuildLogger): Promise<void> {
  const recordsFile = path.join(outDir, SEARCH_RECORDS_FILE)
  const records = JSON.parse(await readFile(recordsFile, 'utf8')) as IndexedRecord[]
  await rm(recordsFile)
  const missing = records.filter((record) => !existsSync(path.join(outDir, record.url, 'index.html')))
  if (missing.length > 0) fail('index the site', missing.map((record) => `the result "${record.title}" links to ${record.url}, which was not built`))
  try {
    await writeIndex(records, searchDocumentHtml, path.join(outDir, 'pagefind'))
    const products = catalogueRecords(records)
    await writeIndex(products, catalogueDocumentHtml, path.join(outDir, CATALOGUE_INDEX_PATH))
    logger.info(`Search index written (${records.length} records), and the catalogue's (${products.length} products)`)
  } finally {
    await close()
  }
}
