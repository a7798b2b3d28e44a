/**
 * Checks that `sanity dataset import` accepts the sample dataset, offline:
 *
 *   npx tsx scripts/sample-dataset/verify-import.ts [--dir content]
 *
 * Packs the folder into a .tar.gz twice (files at the root, and inside a folder as
 * `sanity dataset export` does), and feeds each tarball to @sanity/import — the library behind
 * `sanity dataset import` — with a real @sanity/client pointed at a small in-memory imitation of
 * the Content Lake: mutations (applied with @sanity/mutator), GROQ queries (groq-js) and asset
 * uploads (content-addressed ids, as Sanity makes them). Then it checks that every document
 * arrived, every `_sanityAsset` became a reference to the uploaded asset the file name promised,
 * assets.json reached the asset documents, and every reference resolves with none left weak.
 */
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {createClient} from '@sanity/client'
import {sanityImport} from '@sanity/import'
import {Mutation} from '@sanity/mutator'
import {evaluate, parse} from 'groq-js'
import sharp from 'sharp'

interface Doc {
  _id: string
  _type: string
  [field: string]: unknown
}

const root = path.resolve(import.meta.dirname, '../..')
const {values: args} = parseArgs({options: {dir: {type: 'string', default: path.join(root, 'content')}}})
const dir = path.resolve(args.dir)
const PROJECT = 'ocophanoi'
const DATASET = 'production'

// ---------------------------------------------------------------------------------------------
// An in-memory imitation of the parts of the Content Lake that the importer uses

function contentLake() {
  const store = new Map<string, Doc>()
  let tx = 0

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, {'content-type': 'application/json'})
    res.end(JSON.stringify(body))
  }
  const readBody = (req: IncomingMessage) =>
    new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => resolve(Buffer.concat(chunks)))
      req.on('error', reject)
    })

  function mutate(mutations: Record<string, Record<string, unknown>>[]) {
    const results: {id: string; operation: string}[] = []
    const transactionId = `tx${++tx}`
    for (const mutation of mutations) {
      const [kind, body] = Object.entries(mutation)[0]
      const id = String(kind === 'patch' ? body.id : body._id)
      const before = store.get(id) ?? null
      if (kind === 'create' && before) throw Object.assign(new Error(`Document "${id}" already exists`), {status: 409})
      if (kind === 'patch' && !before) throw Object.assign(new Error(`Cannot patch missing document "${id}"`), {status: 409})
      const after = new Mutation({mutations: [structuredClone(mutation)], transactionId}).apply(before) as Doc | null
      if (after) store.set(id, after)
      else store.delete(id)
      results.push({id, operation: kind === 'patch' ? 'update' : before ? (kind === 'createIfNotExists' ? 'none' : 'update') : 'create'})
    }
    return {transactionId, results}
  }

  async function upload(kind: 'images' | 'files', body: Buffer, filename: string | null) {
    const sha1 = createHash('sha1').update(body).digest('hex')
    let id: string
    let fields: Record<string, unknown>
    if (kind === 'images') {
      const {width = 0, height = 0, format = 'bin'} = await sharp(body).metadata()
      const name = `${sha1}-${width}x${height}.${format}`
      id = `image-${sha1}-${width}x${height}-${format}`
      fields = {
        _type: 'sanity.imageAsset',
        extension: format,
        mimeType: `image/${format}`,
        metadata: {_type: 'sanity.imageMetadata', dimensions: {_type: 'sanity.imageDimensions', width, height, aspectRatio: width / height}},
        path: `images/${PROJECT}/${DATASET}/${name}`,
        url: `https://cdn.sanity.io/images/${PROJECT}/${DATASET}/${name}`,
      }
    } else {
      const extension = path.extname(filename ?? '').slice(1) || 'bin'
      id = `file-${sha1}-${extension}`
      fields = {
        _type: 'sanity.fileAsset',
        extension,
        mimeType: extension === 'pdf' ? 'application/pdf' : 'application/octet-stream',
        path: `files/${PROJECT}/${DATASET}/${sha1}.${extension}`,
        url: `https://cdn.sanity.io/files/${PROJECT}/${DATASET}/${sha1}.${extension}`,
      }
    }
    const existing = store.get(id)
    if (existing) return existing
    const doc: Doc = {_id: id, _type: String(fields._type), assetId: sha1, sha1hash: sha1, size: body.length, originalFilename: filename, uploadId: `up-${sha1.slice(0, 8)}`, ...fields}
    store.set(id, doc)
    return doc
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://lake.invalid')
    const route = url.pathname.replace(/^\/v\d{4}-\d{2}-\d{2}|^\/v1/, '')
    ;(async () => {
      if (req.method === 'POST' && route === `/data/mutate/${DATASET}`) {
        const {mutations} = JSON.parse((await readBody(req)).toString('utf8'))
        return json(res, 200, mutate(mutations))
      }
      if (route === `/data/query/${DATASET}`) {
        const params: Record<string, unknown> = {}
        for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
        let query = url.searchParams.get('query') ?? ''
        if (req.method === 'POST') {
          const body = JSON.parse((await readBody(req)).toString('utf8'))
          query = body.query
          Object.assign(params, body.params)
        }
        const result = await (await evaluate(parse(query, {params}), {dataset: [...store.values()], params})).get()
        return json(res, 200, {query, result, ms: 1})
      }
      const asset = /^\/assets\/(images|files)\/([^/]+)$/.exec(route)
      if (req.method === 'POST' && asset && asset[2] === DATASET) {
        const document = await upload(asset[1] as 'images' | 'files', await readBody(req), url.searchParams.get('filename'))
        return json(res, 200, {document})
      }
      json(res, 404, {error: {description: `Not implemented here: ${req.method} ${url.pathname}`}})
    })().catch((error: Error & {status?: number}) => json(res, error.status ?? 500, {error: {description: error.message}}))
  })
  return {server, store}
}

// ---------------------------------------------------------------------------------------------
// Expectations from the folder itself

const exported: Doc[] = readFileSync(path.join(dir, 'data.ndjson'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))
const assetsJson = JSON.parse(readFileSync(path.join(dir, 'assets.json'), 'utf8')) as Record<string, {originalFilename?: string}>

function each(value: unknown, visit: (node: Record<string, unknown>, at: string) => void, at = ''): void {
  if (Array.isArray(value)) value.forEach((item, i) => each(item, visit, `${at}[${i}]`))
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>, at)
    for (const [key, child] of Object.entries(value)) each(child, visit, at ? `${at}.${key}` : key)
  }
}

/** Where each exported document had a `_sanityAsset`, and the asset id its file name promises. */
const expectedAssets: {id: string; at: string; assetId: string}[] = []
for (const doc of exported) {
  each(doc, (node, at) => {
    if (typeof node._sanityAsset !== 'string') return
    const match = /^(image|file)@file:\/\/\.\/(?:images|files)\/(.+)\.([a-z0-9]+)$/.exec(node._sanityAsset)
    if (!match) throw new Error(`${doc._id} ${at}: unexpected _sanityAsset ${node._sanityAsset}`)
    expectedAssets.push({id: doc._id, at, assetId: `${match[1]}-${match[2]}-${match[3]}`})
  })
}
const fileCount = readdirSync(path.join(dir, 'images')).length + readdirSync(path.join(dir, 'files')).length

function get(doc: unknown, at: string): unknown {
  return at
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .reduce<unknown>((value, part) => {
      if (value === undefined || value === null) return undefined
      const index = /^\[(\d+)\]$/.exec(part)
      return index ? (value as unknown[])[Number(index[1])] : (value as Record<string, unknown>)[part]
    }, doc)
}

// ---------------------------------------------------------------------------------------------
// Run the importer on two tarballs

const scratch = mkdtempSync(path.join(tmpdir(), 'ocop-import-'))
const failures: string[] = []
try {
  const layouts = [
    {name: 'files at the root of the tarball', tar: ['-czf', path.join(scratch, 'root.tar.gz'), '-C', dir, 'data.ndjson', 'assets.json', 'images', 'files']},
    {
      name: 'files in a folder, as sanity dataset export writes them',
      tar: ['-czf', path.join(scratch, 'folder.tar.gz'), '-C', path.dirname(dir), '--transform', `s,^${path.basename(dir)},ocop-export,`, `${path.basename(dir)}/data.ndjson`, `${path.basename(dir)}/assets.json`, `${path.basename(dir)}/images`, `${path.basename(dir)}/files`],
    },
  ]
  for (const layout of layouts) {
    execFileSync('tar', layout.tar)
    const {server, store} = contentLake()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const {port} = server.address() as AddressInfo
    const client = createClient({
      projectId: PROJECT,
      dataset: DATASET,
      apiVersion: '2025-02-19',
      apiHost: `http://127.0.0.1:${port}`,
      useProjectHostname: false,
      useCdn: false,
      token: 'offline-check',
    })
    const tarball = layout.tar[1]
    const problems: string[] = []
    try {
      const result = await sanityImport(createReadStream(tarball), {client, operation: 'create'})
      if (result.numDocs !== exported.length) problems.push(`imported ${result.numDocs} documents, expected ${exported.length}`)
      if (result.warnings.length) problems.push(`warnings: ${JSON.stringify(result.warnings)}`)
    } catch (error) {
      problems.push(`the import failed: ${(error as Error).message}`)
    } finally {
      server.close()
    }

    const assetDocs = [...store.values()].filter((doc) => doc._type.startsWith('sanity.'))
    if (!problems.length) {
      for (const doc of exported) if (!store.has(doc._id)) problems.push(`missing document ${doc._id}`)
      if (assetDocs.length !== fileCount) problems.push(`${assetDocs.length} asset documents for ${fileCount} files`)
      for (const {id, at, assetId} of expectedAssets) {
        const field = get(store.get(id), at) as {asset?: {_ref?: string}; _sanityAsset?: string} | undefined
        if (field?._sanityAsset) problems.push(`${id} ${at}: _sanityAsset left in place`)
        if (field?.asset?._ref !== assetId) problems.push(`${id} ${at}: asset reference ${field?.asset?._ref}, expected ${assetId}`)
      }
      for (const asset of assetDocs) {
        const meta = assetsJson[`${asset._type === 'sanity.imageAsset' ? 'image' : 'file'}-${asset.sha1hash}`]
        if (!meta) problems.push(`${asset._id}: not in assets.json`)
        else if (asset.originalFilename !== meta.originalFilename) problems.push(`${asset._id}: originalFilename ${asset.originalFilename}`)
      }
      for (const doc of store.values()) {
        each(doc, (node, at) => {
          if (typeof node._ref !== 'string') return
          if (node._weak) problems.push(`${doc._id} ${at}: reference left weak`)
          if (!store.has(node._ref)) problems.push(`${doc._id} ${at}: reference to missing ${node._ref}`)
        })
      }
    }
    console.log(
      problems.length
        ? `✗ ${layout.name}: ${problems.length} problem(s)`
        : `✓ ${layout.name}: ${exported.length} documents and ${assetDocs.length} assets imported, ${expectedAssets.length} asset fields linked, every reference resolves`,
    )
    failures.push(...problems.map((problem) => `${layout.name}: ${problem}`))
  }
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
if (failures.length) {
  console.error(failures.slice(0, 40).join('\n'))
  process.exit(1)
}
