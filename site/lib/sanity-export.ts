import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import type {SanityDocument} from './content-source'
import {ContentError} from './errors'

/**
 * A dataset export (`sanity dataset export`) keeps each asset as a file beside data.ndjson and
 * marks where it is used with `_sanityAsset: "image@file://./images/<sha1>-<w>x<h>.<ext>"` (or
 * `file@file://./files/<sha1>.<ext>`); `assets.json` keeps each asset's metadata by `image-<sha1>`.
 * `sanity dataset import` uploads the files and puts asset references and asset documents in
 * their place. `importExport` does the same in memory, so that the same GROQ (`asset->url`,
 * `asset._ref`) works on the bundled dataset and on a real project.
 */

const MIME_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

const PLACEHOLDER = /^(image|file)@file:\/\/\.\/((?:images|files)\/([0-9a-f]{40})(?:-(\d+)x(\d+))?\.([a-z0-9]+))$/

export interface AssetFile {
  kind: 'image' | 'file'
  /** The asset's document id, e.g. image-<sha1>-1200x800-jpg. */
  id: string
  /** Path relative to the export folder, e.g. images/<sha1>-1200x800.jpg. */
  file: string
  sha1: string
  extension: string
  width?: number
  height?: number
}

/** Reads an `_sanityAsset` placeholder; undefined for anything that is not one. */
export function parseAssetPlaceholder(value: unknown): AssetFile | undefined {
  const match = typeof value === 'string' ? PLACEHOLDER.exec(value) : null
  if (!match) return undefined
  const [, kind, file, sha1, width, height, extension] = match
  const dimensions = width ? `-${width}x${height}` : ''
  return {
    kind: kind as AssetFile['kind'],
    id: `${kind}-${sha1}${dimensions}-${extension}`,
    file,
    sha1,
    extension,
    ...(width ? {width: Number(width), height: Number(height)} : {}),
  }
}

interface ImportOptions {
  /** The folder of the export (where data.ndjson, images/, files/ and assets.json are). */
  dir: string
  /** Where the asset will be served from: the site itself, or Sanity's CDN. */
  assetUrl: (asset: AssetFile) => string
}

/** The documents of an export as a Sanity project holds them after `sanity dataset import`. */
export function importExport(docs: SanityDocument[], {dir, assetUrl}: ImportOptions): SanityDocument[] {
  const metaFile = path.join(dir, 'assets.json')
  const meta: Record<string, Record<string, unknown>> = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : {}
  const assets = new Map<string, AssetFile>()

  const rewrite = (value: unknown, where: string): unknown => {
    if (Array.isArray(value)) return value.map((item, index) => rewrite(item, `${where}[${index}]`))
    if (typeof value !== 'object' || value === null) return value
    const {_sanityAsset, ...rest} = value as Record<string, unknown>
    const fields = Object.fromEntries(Object.entries(rest).map(([key, child]) => [key, rewrite(child, `${where}.${key}`)]))
    if (_sanityAsset === undefined) return fields
    const asset = parseAssetPlaceholder(_sanityAsset)
    if (!asset) throw new ContentError(`${where}: _sanityAsset "${String(_sanityAsset)}" is not an export's image@file://./images/… or file@file://./files/… path`)
    if (!existsSync(path.join(dir, asset.file))) throw new ContentError(`${where}: the asset file ${asset.file} is missing from ${dir}`)
    assets.set(asset.id, asset)
    return {...fields, asset: {_type: 'reference', _ref: asset.id}}
  }

  const documents = docs.map((doc) => rewrite(doc, `document "${doc._id}"`) as SanityDocument)
  const assetDocuments = [...assets.values()].map((asset) => assetDocument(asset, meta[`${asset.kind}-${asset.sha1}`] ?? {}, dir, assetUrl))
  return [...documents, ...assetDocuments]
}

/**
 * Where documents reference an image or file asset that the dataset does not have: one line per
 * document and field, for a ContentError (a page would otherwise fail to render without saying whose image it was).
 */
export function missingAssets(docs: readonly SanityDocument[]): string[] {
  const ids = new Set(docs.map((doc) => doc._id))
  const problems: string[] = []
  const visit = (value: unknown, id: string, where: string) => {
    if (Array.isArray(value)) return value.forEach((item, index) => visit(item, id, `${where}[${index}]`))
    if (typeof value !== 'object' || value === null) return
    for (const [key, child] of Object.entries(value)) {
      const field = where ? `${where}.${key}` : key
      const ref = key === 'asset' && typeof child === 'object' && child !== null ? (child as {_ref?: unknown})._ref : undefined
      if (typeof ref === 'string' && !ids.has(ref)) problems.push(`Document "${id}" is invalid:\n  - ${field}: the asset "${ref}" is not in the dataset`)
      else visit(child, id, field)
    }
  }
  for (const doc of docs) visit(doc, doc._id, '')
  return problems
}

function assetDocument(asset: AssetFile, meta: Record<string, unknown>, dir: string, assetUrl: ImportOptions['assetUrl']): SanityDocument {
  const common = {
    ...meta,
    _id: asset.id,
    assetId: asset.sha1,
    sha1hash: asset.sha1,
    extension: asset.extension,
    mimeType: MIME_TYPES[asset.extension] ?? 'application/octet-stream',
    size: statSync(path.join(dir, asset.file)).size,
    url: assetUrl(asset),
  }
  if (asset.kind === 'file') return {...common, _type: 'sanity.fileAsset'}
  const {width = 0, height = 0} = asset
  return {
    ...common,
    _type: 'sanity.imageAsset',
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: {_type: 'sanity.imageDimensions', width, height, aspectRatio: height ? width / height : 0},
    },
  }
}
