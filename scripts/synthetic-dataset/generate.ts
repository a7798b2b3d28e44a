/**
 * Writes a synthetic catalogue of N products in the export format of content/ (see dataset.ts):
 *
 *   npm run dataset:generate -- --products N [--out DIR]
 *
 * The default folder is bench/.work/dataset-N/ (not in git). Build the site from it with
 * CONTENT_DATASET=DIR/data.ndjson, check it with `npm run content:check -- --dataset DIR/data.ndjson`.
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {generateDataset, writeDataset} from './dataset.ts'

const root = path.resolve(import.meta.dirname, '../..')
const {values} = parseArgs({args: process.argv.slice(2).filter((arg) => arg !== '--'), options: {products: {type: 'string'}, out: {type: 'string'}}})
const products = Number(values.products)
if (!values.products || !Number.isInteger(products) || products < 1) {
  console.error('Usage: npm run dataset:generate -- --products N [--out DIR]   (N a positive whole number)')
  process.exit(2)
}
const templateDir = path.join(root, 'content')
const outDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out ?? path.join(root, 'bench/.work', `dataset-${products}`))
const dataset = generateDataset(products, templateDir)
writeDataset(dataset, templateDir, outDir)
const {counts} = dataset
console.log(
  `Wrote ${dataset.docs.length} documents and ${dataset.files.length} asset files to ${path.relative(process.cwd(), outDir) || '.'}: ` +
    `${counts.products} products, ${counts.producers} producers, ${counts.villages} craft villages, ${counts.pointsOfSale} points of sale, ` +
    `${counts.events} events, ${counts.trainings} trainings, ${counts.articles} articles`,
)
