/**
 * Writes the sample dataset to content/ in the format of `sanity dataset export`:
 *
 *   npx tsx scripts/sample-dataset/build.ts [--out DIR]
 *
 * THE FORMAT (read from @sanity/export 6.2 — src/export.ts, src/AssetHandler.ts — which
 * `sanity dataset export` of @sanity/cli 8.13 calls with its defaults, and from @sanity/import 7.0
 * — src/importFromFolder.ts, src/assetRefs.ts, src/uploadAssets.ts — used by `sanity dataset import`):
 *
 * - `data.ndjson`: one JSON document per line, drafts (`drafts.<id>`) included, no system
 *   documents (`_.…`). Asset documents (`sanity.imageAsset`, `sanity.fileAsset`) are NOT in it:
 *   the export drops them and rewrites every field that references an asset, replacing `asset`
 *   by a `_sanityAsset` key that points at the file in the archive, other keys kept:
 *     {"_sanityAsset":"image@file://./images/<sha1>-<w>x<h>.<ext>","_key":"…","_type":"accessibleImage","alt":"…"}
 *     {"_sanityAsset":"file@file://./files/<sha1>.<ext>","_type":"file"}
 *   (the file name is the asset id `image-<sha1>-<w>x<h>-<ext>` / `file-<sha1>-<ext>` without the
 *   prefix, the last dash turned into a dot; <sha1> is the SHA-1 of the file's bytes).
 * - `images/` and `files/`: the asset files under those names.
 * - `assets.json`: for each asset, keyed `image-<sha1>` / `file-<sha1>`, the asset document's
 *   remaining fields (`_createdAt`, `_rev`, `_updatedAt`, `metadata`, `originalFilename`,
 *   `sha1hash`, `size`; `_id`, `_type`, `assetId`, `extension`, `mimeType`, `path`, `uploadId`
 *   and `url` are left out). The importer uploads each file, reuses `originalFilename` and
 *   patches the other fields onto the new asset document.
 * `sanity dataset import` accepts a .tar.gz whose first folder (or root) holds `data.ndjson`, or
 * the folder itself: `tar -czf ocop.tar.gz -C content .` then `sanity dataset import ocop.tar.gz`.
 * It uploads every file in images/ and files/, sets the references where `_sanityAsset` was, and
 * imports strong references weak first, strengthening them at the end.
 *
 * HOW IT WAS VERIFIED: scripts/sample-dataset/verify-import.ts packs content/ into a tarball and
 * runs @sanity/import's own importer against a small in-memory imitation of the Content Lake
 * (mutations, asset uploads, queries); it checks that every document arrives, every `_sanityAsset`
 * becomes a reference to an uploaded asset whose id matches the file name, and that every
 * reference resolves. `npm run content:check` validates every document with the Studio schema.
 *
 * Images are drawn as SVG (images.ts, motifs.ts) and rasterised with sharp to WebP; nothing is
 * downloaded. The output is deterministic: running the script twice gives the same bytes.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {SLUG_PATTERN} from '../../schemas/lib/slug.ts'
import {areas} from './areas.ts'
import {articles} from './articles.ts'
import {events} from './events.ts'
import {renderImage, type RenderedImage} from './images.ts'
import {addMonths, DATASET_TODAY, type Doc, type ImageSpec, type PdfSpec} from './lib.ts'
import {makePdf} from './pdf.ts'
import {pointsOfSale} from './points-of-sale.ts'
import {producers} from './producers.ts'
import {products} from './products.ts'
import {drafts, siteSettings} from './settings.ts'
import {trainings} from './trainings.ts'
import {villages} from './villages.ts'

const root = path.resolve(import.meta.dirname, '../..')
const {values: args} = parseArgs({options: {out: {type: 'string', default: path.join(root, 'content')}}})
const outDir = path.resolve(args.out)

const published: Doc[] = [...areas, ...producers, ...products, ...villages, ...pointsOfSale, ...events, ...trainings, ...articles, siteSettings]
const all: Doc[] = [...published, ...drafts]

// ---------------------------------------------------------------------------------------------
// Consistency checks that the Studio cannot make across documents

const problems: string[] = []
const ids = new Set<string>()
for (const doc of all) {
  if (ids.has(doc._id)) problems.push(`duplicate _id ${doc._id}`)
  ids.add(doc._id)
  if (!/^[a-z0-9_.-]+$/i.test(doc._id)) problems.push(`${doc._id}: an _id uses letters, digits, dots, dashes and underscores`)
}
const publishedIds = new Set(published.map((doc) => doc._id))

function walk(value: unknown, visit: (node: Record<string, unknown>, path: string) => void, at = ''): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, `${at}[${i}]`))
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>, at)
    for (const [key, child] of Object.entries(value)) walk(child, visit, at ? `${at}.${key}` : key)
  }
}

const slugs = new Map<string, string>()
for (const doc of published) {
  walk(doc, (node, at) => {
    if (node._type === 'reference' && !publishedIds.has(node._ref as string)) problems.push(`${doc._id} ${at}: reference to a missing document ${node._ref}`)
  })
  const current = (doc.slug as {current?: string} | undefined)?.current
  if (current !== undefined) {
    if (!SLUG_PATTERN.test(current)) problems.push(`${doc._id}: slug "${current}" is not a-z, 0-9 and single hyphens`)
    const owner = slugs.get(`${doc._type}/${current}`)
    if (owner) problems.push(`${doc._id}: slug "${current}" is already used by ${owner}`)
    slugs.set(`${doc._type}/${current}`, doc._id)
  }
  const limits: [string, number][] = [['summary', 200], ['excerpt', 250]]
  if (doc._type === 'siteSettings') limits.push(['description', 180])
  for (const [field, max] of limits) {
    const text = doc[field]
    if (typeof text === 'string' && text.length >= max) problems.push(`${doc._id}: ${field} has ${text.length} characters (limit ${max})`)
  }
  const rating = doc.ocop as {decisionDate: string; expiresOn: string; stars: number; issuer: string} | undefined
  if (rating) {
    if (rating.decisionDate > DATASET_TODAY) problems.push(`${doc._id}: decision date in the future`)
    if (rating.expiresOn !== addMonths(rating.decisionDate, 36)) problems.push(`${doc._id}: expiry is not 36 months after the decision`)
    if ((rating.stars === 5) !== (rating.issuer === 'bo-nong-nghiep')) problems.push(`${doc._id}: 5 stars are issued nationally, 3–4 by the city`)
  }
}
for (const doc of drafts) {
  walk(doc, (node, at) => {
    if (node._type === 'reference' && !publishedIds.has(node._ref as string)) problems.push(`${doc._id} ${at}: reference to a missing document ${node._ref}`)
  })
  if (!/\(nháp\)|bản nháp/.test(String(doc.name ?? doc.title))) problems.push(`${doc._id}: a draft's title must say "(nháp)" or "bản nháp"`)
}
for (const doc of all) {
  for (const text of JSON.stringify(doc).match(/"(?:[^"\\]|\\.)*"/g) ?? []) {
    if (text.normalize('NFC') !== text) problems.push(`${doc._id}: text not in NFC: ${text.slice(0, 40)}`)
  }
}
if (problems.length) {
  console.error(`The sample dataset has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`)
  process.exit(1)
}

// ---------------------------------------------------------------------------------------------
// Keys, system fields, assets

const hash = (text: string) => createHash('sha1').update(text).digest('hex')

/** Gives every object in an array a `_key`, stable across runs (Portable Text link keys are kept). */
function assignKeys(doc: Doc): void {
  const seen = new Set<string>()
  walk(doc, (node, at) => {
    for (const [field, value] of Object.entries(node)) {
      if (!Array.isArray(value)) continue
      value.forEach((item, i) => {
        if (!item || typeof item !== 'object' || Array.isArray(item)) return
        const entry = item as Record<string, unknown>
        if (typeof entry._key === 'string') return
        let key = hash(`${doc._id}|${at}.${field}[${i}]`).slice(0, 12)
        while (seen.has(key)) key = hash(key).slice(0, 12)
        seen.add(key)
        // Key order does not matter to Sanity; the key goes first, as in the Studio's own documents.
        const rest = {...entry}
        for (const k of Object.keys(entry)) delete entry[k]
        Object.assign(entry, {_key: key}, rest)
      })
    }
  })
}

/** A revision id shaped like Sanity's (22 characters), derived from the content. */
const revisionOf = (doc: Doc) =>
  createHash('sha1')
    .update(JSON.stringify(doc))
    .digest('base64')
    .replace(/[^a-zA-Z0-9]/g, '')
    .slice(0, 22)

const CREATED = '2026-10-01T02:00:00Z'
const UPDATED = '2026-11-20T02:00:00Z'
const DRAFT_UPDATED = '2026-11-25T08:15:00Z'

function systemFields(doc: Doc): Doc {
  let created = CREATED
  let updated = UPDATED
  if (typeof doc.publishedAt === 'string') {
    // An article is written shortly before it is published.
    created = new Date(Date.parse(doc.publishedAt) - 2 * 3600_000).toISOString().replace('.000Z', 'Z')
    if (doc.publishedAt > updated) updated = doc.publishedAt
  }
  if (doc._id.startsWith('drafts.')) updated = DRAFT_UPDATED
  const {_id, _type, ...fields} = doc
  return {_id, _type, _createdAt: created, _updatedAt: updated, _rev: revisionOf(doc), ...fields}
}

interface StoredAsset {
  /** The path inside the export, e.g. images/<sha1>-1200x800.webp */
  file: string
  meta: Record<string, unknown>
}

const imageCache = new Map<string, Promise<RenderedImage>>()
const assets = new Map<string, StoredAsset>()
const written = new Map<string, Buffer>()

async function imageAsset(spec: ImageSpec, usedBy: string): Promise<string> {
  const cacheKey = JSON.stringify(spec)
  let rendering = imageCache.get(cacheKey)
  if (!rendering) {
    rendering = renderImage(spec)
    imageCache.set(cacheKey, rendering)
  }
  const img = await rendering
  const file = `images/${img.sha1}-${img.width}x${img.height}.${img.ext}`
  if (!assets.has(`image-${img.sha1}`)) {
    written.set(file, img.buffer)
    assets.set(`image-${img.sha1}`, {
      file,
      meta: {
        _createdAt: CREATED,
        _rev: revisionOf({_id: img.sha1, _type: 'sanity.imageAsset'}),
        _updatedAt: CREATED,
        metadata: {
          _type: 'sanity.imageMetadata',
          dimensions: {_type: 'sanity.imageDimensions', aspectRatio: img.width / img.height, height: img.height, width: img.width},
          hasAlpha: false,
          isOpaque: true,
          lqip: img.lqip,
          palette: {
            _type: 'sanity.imagePalette',
            dominant: {_type: 'sanity.imagePaletteSwatch', background: img.dominant, foreground: '#000', population: 1, title: '#000'},
          },
        },
        originalFilename: `${usedBy}.${img.ext}`,
        sha1hash: img.sha1,
        size: img.buffer.length,
      },
    })
  }
  return `image@file://./${file}`
}

function fileAsset(spec: PdfSpec): string {
  const buffer = makePdf(spec.lines)
  const sha = createHash('sha1').update(buffer).digest('hex')
  const file = `files/${sha}.pdf`
  if (!assets.has(`file-${sha}`)) {
    written.set(file, buffer)
    assets.set(`file-${sha}`, {
      file,
      meta: {
        _createdAt: CREATED,
        _rev: revisionOf({_id: sha, _type: 'sanity.fileAsset'}),
        _updatedAt: CREATED,
        originalFilename: spec.filename,
        sha1hash: sha,
        size: buffer.length,
      },
    })
  }
  return `file@file://./${file}`
}

/** Replaces the image and file placeholders by export-style `_sanityAsset` fields. */
async function resolveAssets(doc: Doc): Promise<void> {
  const jobs: Promise<void>[] = []
  let n = 0
  walk(doc, (node) => {
    if (node.__image) {
      const spec = node.__image as ImageSpec
      const usedBy = `${doc._id.replace(/^drafts\./, '').replace(/^[a-z]+-/, '')}-${++n}`
      jobs.push(
        imageAsset(spec, usedBy).then((ref) => {
          const {__image: _, ...rest} = node
          for (const k of Object.keys(node)) delete node[k]
          Object.assign(node, {_sanityAsset: ref}, rest)
        }),
      )
    }
    if (node.__pdf) {
      const ref = fileAsset(node.__pdf as PdfSpec)
      const {__pdf: _, ...rest} = node
      for (const k of Object.keys(node)) delete node[k]
      Object.assign(node, {_sanityAsset: ref}, rest)
    }
  })
  await Promise.all(jobs)
}

// One document at a time (its images in parallel), so that the output does not depend on timing.
const output: Doc[] = []
for (const doc of all) {
  const copy = structuredClone(doc)
  assignKeys(copy)
  await resolveAssets(copy)
  output.push(systemFields(copy))
}

// ---------------------------------------------------------------------------------------------
// Write

for (const dir of ['images', 'files']) {
  const full = path.join(outDir, dir)
  mkdirSync(full, {recursive: true})
  for (const name of readdirSync(full)) if (!written.has(`${dir}/${name}`)) rmSync(path.join(full, name))
}
for (const [file, buffer] of written) writeFileSync(path.join(outDir, file), buffer)
writeFileSync(path.join(outDir, 'data.ndjson'), output.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
const assetsJson = Object.fromEntries([...assets].sort(([a], [b]) => a.localeCompare(b)).map(([id, asset]) => [id, asset.meta]))
writeFileSync(path.join(outDir, 'assets.json'), JSON.stringify(assetsJson))

const count = (type: string) => output.filter((doc) => doc._type === type && !doc._id.startsWith('drafts.')).length
const bytes = [...written.values()].reduce((sum, b) => sum + b.length, 0)
console.log(
  `Wrote ${output.length} documents (${output.length - drafts.length} published, ${drafts.length} drafts) and ${written.size} assets (${(bytes / 1024).toFixed(0)} KB) to ${path.relative(process.cwd(), outDir) || '.'}`,
)
console.log(
  ['area', 'producer', 'product', 'craftVillage', 'pointOfSale', 'event', 'training', 'article', 'siteSettings'].map((t) => `${t} ${count(t)}`).join(', '),
)
