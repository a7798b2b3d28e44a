/**
 * A local double of Sanity's HTTP API, for tests that cannot reach api.sanity.io.
 *
 * It speaks the protocol @sanity/client and a built Sanity Studio use (same URLs, query strings,
 * JSON shapes, status codes and CORS) over an in-memory dataset loaded from an NDJSON export, and
 * evaluates GROQ with groq-js. Every request is recorded; endpoints it does not implement answer
 * 404 and are reported, so a test (or a person loading the Studio) can see what is missing.
 * Mutations (`/data/mutate`) and actions (`/data/actions`, the API through which the Studio saves
 * every edit, publishes, unpublishes, discards and deletes) are applied with @sanity/mutator,
 * Sanity's own patch engine, one transaction at a time: each action becomes the mutations the
 * Content Lake performs for it. Committed transactions reach open listeners as `mutation` events
 * (with whole-document mendoza effects, as the Studio needs). Uploaded images and files
 * (`/assets/…`) become asset documents, their bytes are kept in memory and served back (images
 * resized by sharp) at `<url>/images|files/<projectId>/<dataset>/…`, where the Studio looks for
 * them: @sanity/image-url builds image URLs on the API host it is given. The files of an NDJSON
 * export are served there too, though their asset documents keep cdn.sanity.io URLs, as after a
 * real import.
 */
import {execFileSync} from 'node:child_process'
import {createHash, randomUUID} from 'node:crypto'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {createServer, STATUS_CODES, type IncomingMessage, type ServerResponse} from 'node:http'
import {createSecureServer, type Http2ServerRequest, type Http2ServerResponse} from 'node:http2'
import type {AddressInfo, Socket} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Mutation} from '@sanity/mutator'
import {evaluate, GroqSyntaxError, parse} from 'groq-js'
import sharp, {type Metadata, type ResizeOptions, type Stats} from 'sharp'
import {isUnpublished, parseNdjson, type SanityDocument} from '../../site/lib/content-source'
import {importExport} from '../../site/lib/sanity-export'

export type {SanityDocument}

export interface SanityApiDoubleOptions {
  /** An NDJSON export file, or the documents themselves. */
  /** NDJSON export files (read as `sanity dataset import` would store them), or the documents themselves. */
  documents: string | string[] | SanityDocument[]
  projectId?: string
  dataset?: string
  /** 0 (the default) picks a free port. */
  port?: number
  host?: string
  /**
   * Serve HTTPS with HTTP/2, as api.sanity.io does, with a certificate made for localhost (by
   * `openssl`) or the one given. Browsers need it: the Studio keeps more listen streams open than
   * the six connections a browser allows per host over HTTP/1.1, and its other requests then wait.
   */
  tls?: boolean | {key: string; cert: string}
  /** Called for every request to an endpoint the double does not implement (answered 404). */
  onUnknownEndpoint?: (request: {method: string; path: string}) => void
  /**
   * A read token, as a private content lake has: queries with `Authorization: Bearer <it>` see
   * drafts and versions; queries without a token see only published documents (ids without a
   * dot), as Sanity answers anonymous requests; a wrong token gets 401. Unset, every query sees everything.
   */
  readToken?: string
  /**
   * A write token (an "Editor" token): mutations, actions and uploads need `Authorization: Bearer <it>`
   * and are refused with 401 without it or 403 with another token, as a content lake refuses
   * anonymous writes. It also reads everything, drafts included. Unset, writes are accepted from anyone.
   */
  writeToken?: string
  /**
   * The double's clock, for GROQ's `now()` (the Studio's "Sắp diễn ra" lists ask the Content Lake
   * for `dateTime(now())`): tests start it at a fixed moment. The real clock by default.
   */
  now?: () => Date
}

/** A failure to inject into the next requests. */
export interface Fault {
  /** Answer with this HTTP status and Sanity's error body instead of the real answer. */
  status?: number
  /** Wait this long before answering (to make clients time out). */
  delayMs?: number
  /** Answer 200 with a body cut short, still labelled as JSON. */
  malformed?: boolean
  /** How many requests the fault applies to; unlimited when left out. */
  times?: number
  /** Only requests whose path contains this string are affected (all but preflights by default). */
  pathIncludes?: string
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  /** The status answered; 0 while the answer is pending or streaming. */
  status: number
  /** The bearer token the request carried, if any. */
  token?: string
}

export interface SanityApiDouble {
  url: string
  port: number
  projectId: string
  dataset: string
  requests: RecordedRequest[]
  setFault(fault: Fault | null): void
  close(): Promise<void>
  documents(): SanityDocument[]
}

/** The user every request is authenticated as (the double has no login). */
export const FAKE_USER = {
  id: 'p-ocop-test-editor',
  name: 'Biên tập viên thử nghiệm',
  email: 'bien-tap-vien@example.test',
  role: 'administrator',
  roles: [{name: 'administrator', title: 'Administrator', description: 'Read and write access to all datasets'}],
  provider: 'sanity',
}

const ADMIN_GRANTS = [{filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history']}]

/** From this API version on, a query without `perspective` reads the published perspective. */
const PUBLISHED_BY_DEFAULT_FROM = '2025-02-19'

type Req = IncomingMessage | Http2ServerRequest
type Res = ServerResponse | Http2ServerResponse

interface Reply {
  status: number
  body: unknown
  headers?: Record<string, string>
}

interface Context {
  req: Req
  res: Res
  apiVersion: string
  /** The path after the version prefix, e.g. `/data/query/production`. */
  path: string
  query: URLSearchParams
  /** The project named by the hostname (`<projectId>.host`) or the `X-Sanity-Project-ID` header. */
  requestProject: string | undefined
}

class HttpError extends Error {
  readonly status: number
  readonly body: unknown
  constructor(status: number, body: unknown) {
    super(`HTTP ${status}`)
    this.status = status
    this.body = body
  }
}

class MalformedReply extends Error {}

export async function startSanityApiDouble(options: SanityApiDoubleOptions): Promise<SanityApiDouble> {
  const projectId = options.projectId ?? 'ocophanoi'
  const dataset = options.dataset ?? 'production'
  const {docs, assets} = await loadDocuments(options.documents, projectId, dataset)
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()
  let fault: Fault | null = null

  const config: ApiConfig = {
    projectId,
    dataset,
    url: '',
    docs,
    assets,
    keyValues: new Map(),
    onUnknownEndpoint: options.onUnknownEndpoint,
    readToken: options.readToken,
    writeToken: options.writeToken,
    now: options.now ?? (() => new Date()),
    transactions: 0,
    listeners: new Set(),
  }
  const api = createApi(config)

  const onRequest = (req: Req, res: Res) => {
    const url = new URL(req.url ?? '/', 'http://double.invalid')
    const token = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1]
    const record: RecordedRequest = {method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0, ...(token ? {token} : {})}
    requests.push(record)
    res.on('finish', () => (record.status = res.statusCode))
    setCorsHeaders(req, res)
    if (req.method === 'OPTIONS') return void preflight(req, res)

    const active = fault && (!fault.pathIncludes || url.pathname.includes(fault.pathIncludes)) ? fault : null
    if (active) fault = consume(active)
    handleWithFault(active, () => api(req, res, url)).catch((error: unknown) => sendError(res, error))
  }
  const tls = options.tls === true ? selfSignedCertificate() : options.tls || undefined
  const server = tls ? createSecureServer({...tls, allowHTTP1: true}, onRequest) : createServer(onRequest)
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const {port} = server.address() as AddressInfo
  config.url = `${tls ? 'https' : 'http'}://${host}:${port}`

  return {
    url: config.url,
    port,
    projectId,
    dataset,
    requests,
    setFault: (next) => void (fault = next && next.times !== 0 ? {...next} : null),
    documents: () => structuredClone(docs),
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Listen streams never end by themselves.
        for (const socket of sockets) socket.destroy()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

async function loadDocuments(
  source: SanityApiDoubleOptions['documents'],
  projectId: string,
  dataset: string,
): Promise<{docs: SanityDocument[]; assets: Map<string, StoredAsset>}> {
  const assets = new Map<string, StoredAsset>()
  const files = typeof source === 'string' ? [source] : source.every((item) => typeof item === 'string') ? source : undefined
  if (!files) return {docs: structuredClone(source as SanityDocument[]).map(withSystemFields), assets}
  const docs: SanityDocument[] = []
  for (const file of files) {
    const exported = parseNdjson(await readFile(file, 'utf8'), file)
    const dir = path.dirname(file)
    const local = new Map<string, {key: string; file: string}>()
    // As after `sanity dataset import`: asset files become asset documents served from Sanity's CDN.
    const imported = importExport(exported, {
      dir,
      assetUrl: (asset) => {
        local.set(asset.id, {key: `${asset.kind}s/${path.basename(asset.file)}`, file: path.join(dir, asset.file)})
        return `https://cdn.sanity.io/${asset.kind}s/${projectId}/${dataset}/${path.basename(asset.file)}`
      },
    })
    // The double serves the same files at the same paths, for the Studio (see the header comment).
    for (const doc of imported) {
      const asset = local.get(doc._id)
      if (asset) assets.set(asset.key, {mimeType: String(doc.mimeType), read: () => readFile(asset.file)})
    }
    docs.push(...imported)
  }
  return {docs: docs.map(withSystemFields), assets}
}

const LOADED_AT = new Date().toISOString()

/**
 * The Content Lake gives every stored document `_createdAt`, `_updatedAt` and `_rev`; a hand-written
 * fixture may leave them out, and the Studio breaks on documents without them.
 */
function withSystemFields(doc: SanityDocument): SanityDocument {
  return {_createdAt: LOADED_AT, _updatedAt: LOADED_AT, _rev: randomUUID().slice(0, 22), ...doc}
}

/** A throwaway certificate for localhost, its subdomains (`<projectId>.localhost`) and 127.0.0.1. */
function selfSignedCertificate(): {key: string; cert: string} {
  const dir = mkdtempSync(path.join(tmpdir(), 'sanity-api-double-'))
  const keyFile = path.join(dir, 'key.pem')
  const certFile = path.join(dir, 'cert.pem')
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '7', '-subj', '/CN=localhost',
        '-addext', 'subjectAltName=DNS:localhost,DNS:*.localhost,IP:127.0.0.1', '-keyout', keyFile, '-out', certFile],
      {stdio: 'pipe'},
    )
    return {key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8')}
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

/** The fault left after one request used it, or null once it is spent. */
function consume(fault: Fault): Fault | null {
  if (fault.times === undefined) return fault
  return fault.times > 1 ? {...fault, times: fault.times - 1} : null
}

async function handleWithFault(fault: Fault | null, handle: () => Promise<void>): Promise<void> {
  if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
  if (fault?.status) throw new HttpError(fault.status, boomError(fault.status, 'Fault injected by the test double'))
  if (fault?.malformed) throw new MalformedReply()
  await handle()
}

// ---------------------------------------------------------------------------------------------
// Routing

interface ApiConfig {
  projectId: string
  dataset: string
  /** Where the double listens (known once it does), for the URLs of uploaded assets. */
  url: string
  docs: SanityDocument[]
  /** Asset files by kind and name, e.g. `images/<sha1>-40x30.png` (their CDN path, less project and dataset). */
  assets: Map<string, StoredAsset>
  /** The current user's settings store (`/users/me/keyvalue`). */
  keyValues: Map<string, unknown>
  onUnknownEndpoint?: SanityApiDoubleOptions['onUnknownEndpoint']
  readToken?: string
  writeToken?: string
  now: () => Date
  /** Transactions applied so far, for transaction ids. */
  transactions: number
  /** Open `/data/listen` streams, told about every committed transaction. */
  listeners: Set<Listener>
}

interface StoredAsset {
  mimeType: string
  read(): Promise<Buffer>
}

interface Listener {
  query: string
  params: Record<string, unknown>
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  write(chunk: string): void
}

type Handler = (context: Context, match: RegExpMatchArray) => Promise<Reply | void> | Reply | void

function createApi(config: ApiConfig) {
  const ok = (body: unknown): Reply => ({status: 200, body})
  const inProject = (id: string, body: unknown): Reply => (requireProject(config, id), ok(body))
  const routes: Array<[method: string, pattern: RegExp, handler: Handler]> = [
    ['GET', /^\/users\/me$/, () => ok(FAKE_USER)],
    ['GET', /^\/auth\/id$/, () => ok({id: FAKE_USER.id})],
    ['GET', /^\/users\/me\/keyvalue\/(.+)$/, (_, [, keys]) => ok(readKeyValues(config, keys))],
    ['PUT', /^\/users\/me\/keyvalue$/, async ({req}) => ok(writeKeyValues(config, await readJson(req)))],
    ['GET', /^\/projects\/([^/]+)$/, (_, [, id]) => inProject(id, project(id))],
    ['GET', /^\/projects\/([^/]+)\/datasets$/, (_, [, id]) => inProject(id, datasets(config))],
    ['GET', /^\/projects\/([^/]+)\/datasets\/([^/]+)\/acl$/, (_, [, id, name]) => acl(config, id, name)],
    ['GET', /^\/projects\/([^/]+)\/grants$/, (_, [, id]) => inProject(id, PROJECT_GRANTS)],
    ['GET', /^\/projects\/([^/]+)\/features$/, (_, [, id]) => inProject(id, [])],
    ['GET', /^\/projects\/([^/]+)\/user-applications$/, (_, [, id]) => inProject(id, [])],
    ['GET', /^\/features$/, () => ok([])],
    ['GET', /^\/schedules\/([^/]+)\/[^/]+$/, (_, [, id]) => inProject(id, {schedules: []})],
    ['GET', /^\/data\/query\/([^/]+)$/, (context, [, name]) => query(config, context, name, queryFromSearch(context.query))],
    ['POST', /^\/data\/query\/([^/]+)$/, async (context, [, name]) => query(config, context, name, await queryFromBody(context.req))],
    ['POST', /^\/data\/mutate\/([^/]+)$/, async (context, [, name]) => mutate(config, context, name, await readJson(context.req))],
    ['POST', /^\/data\/actions\/([^/]+)$/, async (context, [, name]) => actions(config, context, name, await readJson(context.req))],
    ['POST', /^\/assets\/(images|files)\/([^/]+)$/, (context, [, kind, name]) => uploadAsset(config, context, kind as AssetKind, name)],
    // The Studio pings the dataset's shard when it opens a document, to report save latency; it reads only the header.
    ['GET', /^\/data\/ping\/([^/]+)$/, (context, [, name]) => {
      requireDataset(config, context, name)
      return {status: 200, body: {}, headers: {'x-sanity-shard': 'double'}}
    }],
    ['GET', /^\/data\/doc\/([^/]+)\/(.+)$/, (context, [, name, ids]) => getDocuments(config, context, name, ids)],
    ['GET', /^\/data\/listen\/([^/]+)$/, (context, [, name]) => listen(config, context, name)],
    ['GET', /^\/data\/history\/([^/]+)\/events\/documents\/([^/]+)$/, (context, [, name, id]) => documentEvents(config, context, name, id)],
    ['GET', /^\/data\/history\/([^/]+)\/transactions\/[^/]+$/, (context, [, name]) => transactions(config, context, name)],
  ]

  return async (req: Req, res: Res, url: URL): Promise<void> => {
    const unknown = () => {
      config.onUnknownEndpoint?.({method: req.method ?? 'GET', path: url.pathname})
      return new HttpError(404, boomError(404, `Unknown endpoint ${req.method} ${url.pathname}`))
    }
    // Asset files are served outside the versioned API, as by Sanity's CDN.
    const asset = /^\/(images|files)\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(url.pathname)
    if (asset && req.method === 'GET') return serveAsset(config, req, res, url, asset)
    const versioned = /^\/(v1|vX|v\d{4}-\d{2}-\d{2})(\/.*)$/.exec(url.pathname)
    if (!versioned) throw unknown()
    const context: Context = {
      req,
      res,
      apiVersion: versioned[1].slice(1),
      path: versioned[2],
      query: url.searchParams,
      requestProject: projectFromRequest(req),
    }
    for (const [method, pattern, handler] of routes) {
      const match = pattern.exec(context.path)
      if (!match || method !== req.method) continue
      const reply = await handler(context, match)
      if (reply) sendJson(res, reply)
      return
    }
    throw unknown()
  }
}

/** `<projectId>.api.sanity.io` style hostnames name the project; so does the header. */
function projectFromRequest(req: Req): string | undefined {
  const header = req.headers['x-sanity-project-id']
  if (typeof header === 'string' && header) return header
  const authority = req.headers.host ?? req.headers[':authority']
  const hostname = (typeof authority === 'string' ? authority : '').replace(/:\d+$/, '')
  if (/^[\d.]+$/.test(hostname) || !hostname.includes('.')) return undefined
  return hostname.split('.')[0]
}

function requireProject(config: ApiConfig, id: string): void {
  if (id !== config.projectId) throw new HttpError(404, boomError(404, 'Project not found'))
}

/**
 * Data endpoints belong to a project. A request that names none (`useProjectHostname: false`
 * without the header, as listeners do) is taken to mean this project, the way a custom API
 * domain stands for one project.
 */
function requireDataset(config: ApiConfig, context: Context, name: string): void {
  requireProject(config, context.requestProject ?? config.projectId)
  if (name !== config.dataset) {
    const description = `Dataset "${name}" not found for project ID "${config.projectId}"`
    throw new HttpError(404, {error: {description, type: 'httpNotFound'}})
  }
}

// ---------------------------------------------------------------------------------------------
// Projects, datasets and access

const CREATED_AT = '2026-10-01T02:00:00.000Z'

function project(id: string) {
  const member = {id: FAKE_USER.id, role: FAKE_USER.role, roles: FAKE_USER.roles, isCurrentUser: true, isRobot: false, createdAt: CREATED_AT, updatedAt: CREATED_AT}
  return {
    id,
    displayName: 'OCOP Hà Nội (test double)',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    activityFeedEnabled: false,
    organizationId: null,
    metadata: {color: '#1f7a4d', externalStudioHost: null},
    maxRetentionDays: 3,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    members: [member],
    features: [],
    pendingInvites: 0,
  }
}

function datasets(config: ApiConfig) {
  return [{name: config.dataset, aclMode: 'public', createdAt: CREATED_AT, createdByUserId: FAKE_USER.id, addonFor: null, datasetProfile: 'content', features: [], tags: []}]
}

function acl(config: ApiConfig, id: string, name: string): Reply {
  requireProject(config, id)
  if (name !== config.dataset) throw new HttpError(404, boomError(404, 'Dataset not found'))
  return {status: 200, body: ADMIN_GRANTS}
}

/** What the user may do with the project itself: read, no inviting or managing. */
const PROJECT_GRANTS = Object.fromEntries(
  ['sanity.project', 'sanity.project.datasets', 'sanity.project.members', 'sanity.project.tokens'].map((resource) => [
    resource,
    [{grants: [{name: 'read', params: {}}], config: {}}],
  ]),
)

function readKeyValues(config: ApiConfig, keyList: string) {
  return keyList.split(',').map((key) => ({key, value: config.keyValues.get(key) ?? null}))
}

function writeKeyValues(config: ApiConfig, body: unknown) {
  const pairs = Array.isArray(body) ? body : []
  if (!pairs.every((pair) => typeof pair?.key === 'string')) {
    throw new HttpError(400, boomError(400, 'Body must be an array of {key, value}'))
  }
  for (const {key, value} of pairs as Array<{key: string; value: unknown}>) config.keyValues.set(key, value)
  return pairs.map(({key}: {key: string}) => ({key, value: config.keyValues.get(key) ?? null}))
}

// ---------------------------------------------------------------------------------------------
// Queries

interface QueryRequest {
  query: string | undefined
  params: Record<string, unknown>
}

function queryFromSearch(search: URLSearchParams): QueryRequest {
  const params: Record<string, unknown> = {}
  for (const [key, raw] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(raw)
    } catch {
      const description = `Unable to parse value of "${key}=${raw}". Please quote string values.`
      throw new HttpError(400, {error: {description, type: 'httpBadRequest'}})
    }
  }
  return {query: search.get('query') ?? undefined, params}
}

async function queryFromBody(req: Req): Promise<QueryRequest> {
  const body = await readJson(req)
  const {query, params} = (body ?? {}) as {query?: unknown; params?: unknown}
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new HttpError(400, {error: {description: '"params" must be an object', type: 'httpBadRequest'}})
  }
  return {query: typeof query === 'string' ? query : undefined, params: (params ?? {}) as Record<string, unknown>}
}

async function query(config: ApiConfig, context: Context, name: string, request: QueryRequest): Promise<Reply> {
  requireDataset(config, context, name)
  if (!request.query) throw new HttpError(400, {error: {description: 'Missing "query" parameter', type: 'httpBadRequest'}})
  const started = performance.now()
  const perspective = resolvePerspective(context)
  const result = await runQuery(config, request.query, request.params, viewDocuments(visibleDocuments(config, context), perspective))
  const body: Record<string, unknown> = {}
  if (context.query.get('returnQuery') !== 'false') body.query = request.query
  body.result = result
  body.ms = Math.round(performance.now() - started)
  return {status: 200, body}
}

function parseGroq(query: string, params: Record<string, unknown>) {
  let tree
  try {
    tree = parse(query, {params})
  } catch (error) {
    if (!(error instanceof GroqSyntaxError)) throw error
    const description = error.message.replace(/^Syntax error in GROQ query at position \d+: /, '')
    throw queryParseError(query, description, error.position, error.position + 1)
  }
  const missing = referencedParams(tree).find((param) => !(param in params))
  if (missing !== undefined) {
    const start = Math.max(0, query.indexOf(`$${missing}`))
    throw queryParseError(query, `param $${missing} referenced, but not provided`, start, start + missing.length + 1)
  }
  return tree
}

function queryParseError(query: string, description: string, start: number, end: number): HttpError {
  return new HttpError(400, {error: {description, query, start, end, type: 'queryParseError'}})
}

/** Names of every `$param` the query uses. */
function referencedParams(node: unknown, found = new Set<string>()): string[] {
  if (Array.isArray(node)) node.forEach((child) => referencedParams(child, found))
  else if (node && typeof node === 'object') {
    const {type, name} = node as {type?: unknown; name?: unknown}
    if (type === 'Parameter' && typeof name === 'string') found.add(name)
    Object.values(node).forEach((child) => referencedParams(child, found))
  }
  return [...found]
}

/**
 * groq-js has no search engine and throws on `text::query()`, which the Studio's document lists and
 * search use (`[@, _id] match text::query($q)`). Approximated by matching the search string itself.
 */
function withTextQueryAsMatch<T>(node: T): T {
  if (Array.isArray(node)) {
    const children = node.map((child) => withTextQueryAsMatch(child))
    return (children.some((child, index) => child !== node[index]) ? children : node) as T
  }
  if (!node || typeof node !== 'object' || Object.getPrototypeOf(node) !== Object.prototype) return node
  const {type, namespace, name, args} = node as {type?: unknown; namespace?: unknown; name?: unknown; args?: unknown[]}
  if (type === 'FuncCall' && namespace === 'text' && name === 'query' && args?.length === 1) return args[0] as T
  const entries = Object.entries(node).map(([key, value]) => [key, withTextQueryAsMatch(value)] as const)
  const changed = entries.some(([key, value]) => value !== (node as Record<string, unknown>)[key])
  return changed ? (Object.fromEntries(entries) as T) : node
}

async function runQuery(config: ApiConfig, query: string, params: Record<string, unknown>, dataset: SanityDocument[]) {
  const tree = withTextQueryAsMatch(parseGroq(query, params))
  try {
    const value = await evaluate(tree, {dataset, params, timestamp: config.now(), identity: FAKE_USER.id, sanity: {projectId: config.projectId, dataset: config.dataset}})
    return await value.get()
  } catch (error) {
    throw new HttpError(400, {error: {description: (error as Error).message, query, type: 'queryExecutionError'}})
  }
}

// ---------------------------------------------------------------------------------------------
// Perspectives

/** What the request may read: with a token configured, anonymous requests see no draft. */
function visibleDocuments(config: ApiConfig, context: Context): SanityDocument[] {
  if (!config.readToken && !config.writeToken) return config.docs
  const authorization = context.req.headers.authorization
  if (authorization === undefined) return config.docs.filter((doc) => !doc._id.includes('.'))
  const tokens = [config.readToken, config.writeToken].filter(Boolean).map((token) => `Bearer ${token}`)
  if (!tokens.includes(authorization)) throw new HttpError(401, boomError(401, 'Session not found'))
  return config.docs
}

/** `raw`, or the layers to look through, most preferred first (`published` is always last). */
type Perspective = 'raw' | string[]

function resolvePerspective(context: Context): Perspective {
  const requested = context.query.get('perspective')
  if (!requested) return isPublishedByDefault(context.apiVersion) ? ['published'] : 'raw'
  const layers = requested.split(',').map((layer) => (layer === 'previewDrafts' ? 'drafts' : layer.trim()))
  if (layers.length === 1 && layers[0] === 'raw') return 'raw'
  const invalid = layers.find((layer) => layer === 'raw' || !/^[a-zA-Z0-9_-]+$/.test(layer))
  if (invalid !== undefined) {
    const description = `Invalid perspective "${requested}": expected "raw", "published", "drafts" or a stack of release names`
    throw new HttpError(400, {error: {description, type: 'httpBadRequest'}})
  }
  return layers.includes('published') ? layers : [...layers, 'published']
}

function isPublishedByDefault(apiVersion: string): boolean {
  return apiVersion === 'X' || (apiVersion !== '1' && apiVersion >= PUBLISHED_BY_DEFAULT_FROM)
}

/** The published id a stored id belongs to: `drafts.x` and `versions.<release>.x` belong to `x`. */
function publishedIdOf(id: string): string {
  if (id.startsWith('drafts.')) return id.slice('drafts.'.length)
  const version = /^versions\.[^.]+\.(.+)$/.exec(id)
  return version ? version[1] : id
}

function layerIdOf(publishedId: string, layer: string): string {
  if (layer === 'published') return publishedId
  if (layer === 'drafts') return `drafts.${publishedId}`
  return `versions.${layer}.${publishedId}`
}

/**
 * The dataset as a perspective sees it: each document once, under its published id, taken from
 * the most preferred layer that has it. Perspectives with drafts or releases add `_originalId`,
 * the id the document is stored under (the client documents it for those perspectives only).
 */
function viewDocuments(docs: SanityDocument[], perspective: Perspective): SanityDocument[] {
  if (perspective === 'raw') return docs
  if (perspective.length === 1) return docs.filter((doc) => !isUnpublished(doc._id))
  const byId = new Map(docs.map((doc) => [doc._id, doc]))
  const publishedIds = [...new Set(docs.map((doc) => publishedIdOf(doc._id)))]
  return publishedIds.flatMap((publishedId) => {
    const layer = perspective.find((name) => byId.has(layerIdOf(publishedId, name)))
    if (layer === undefined) return []
    const doc = byId.get(layerIdOf(publishedId, layer)) as SanityDocument
    return [{...doc, _id: publishedId, _originalId: doc._id}]
  })
}

// ---------------------------------------------------------------------------------------------
// Mutations

type MutationBody = Record<string, Record<string, unknown>>

function mutationError(description: string, status = 409): HttpError {
  return new HttpError(status, {error: {description, type: 'mutationError'}})
}

/** Who may write: with a write token configured, only requests that carry it. */
function requireWriteAccess(config: ApiConfig, context: Context): void {
  if (!config.writeToken) return
  const authorization = context.req.headers.authorization
  if (authorization === undefined) throw new HttpError(401, boomError(401, 'Unauthorized - Session not found'))
  if (authorization !== `Bearer ${config.writeToken}`) {
    if (authorization === `Bearer ${config.readToken}`) throw new HttpError(403, boomError(403, 'Insufficient permissions; permission "create" required'))
    throw new HttpError(401, boomError(401, 'Unauthorized - Session not found'))
  }
}

/**
 * `POST /data/mutate/<dataset>`: every mutation of the body in one transaction (all or none), as
 * the Content Lake applies them. Answers `{transactionId, results}` and, with `returnDocuments=true`,
 * each result's document, as @sanity/client expects.
 */
async function mutate(config: ApiConfig, context: Context, name: string, body: unknown): Promise<Reply> {
  requireDataset(config, context, name)
  requireWriteAccess(config, context)
  const {mutations, transactionId} = (body ?? {}) as {mutations?: unknown; transactionId?: unknown}
  if (!Array.isArray(mutations) || mutations.length === 0 || !mutations.every((item) => item && typeof item === 'object' && Object.keys(item).length === 1)) {
    throw new HttpError(400, {error: {description: 'The request body must be {"mutations": [...]} with one operation per mutation', type: 'httpBadRequest'}})
  }
  const transaction = beginTransaction(config, transactionId)
  for (const mutation of mutations as MutationBody[]) applyMutation(transaction, mutation)
  await commitTransaction(config, transaction, context.query.get('dryRun') === 'true')
  const returnDocuments = context.query.get('returnDocuments') === 'true'
  return {
    status: 200,
    body: {
      transactionId: transaction.id,
      results: transaction.results.map(({document, ...result}) => (returnDocuments && document ? {...result, document} : result)),
    },
  }
}

interface MutationResult {
  id: string
  operation: 'create' | 'update' | 'delete' | 'none'
  document?: SanityDocument
}

/**
 * A transaction under way: its mutations are applied in order to a copy of the dataset, which
 * becomes the dataset only once all of them succeeded, so that a failure changes nothing.
 */
interface Transaction {
  id: string
  timestamp: string
  /** The dataset as the mutations so far have left it. */
  working: Map<string, SanityDocument>
  mutations: MutationBody[]
  results: MutationResult[]
}

/**
 * A transaction under the id the client chose, or a new one. The id becomes the `_rev` of every
 * document it writes and reaches listeners; the Studio picks it, to know its own changes there.
 */
function beginTransaction(config: ApiConfig, requestedId: unknown): Transaction {
  const id = typeof requestedId === 'string' && requestedId ? requestedId : `tx${String(++config.transactions).padStart(6, '0')}${randomUUID().slice(0, 8)}`
  return {id, timestamp: config.now().toISOString(), working: new Map(config.docs.map((doc) => [doc._id, doc])), mutations: [], results: []}
}

/**
 * One mutation, as the Content Lake applies it: create, createOrReplace, createIfNotExists, delete
 * or patch (with @sanity/mutator, including `ifRevisionID`). Throws the error the API answers when
 * it cannot be applied.
 */
function applyMutation(transaction: Transaction, mutation: MutationBody): void {
  const {id: transactionId, timestamp: now, working, results} = transaction
  const [operation, operand] = Object.entries(mutation)[0]
  const id = idOfMutation(mutation)
  if (!['create', 'createOrReplace', 'createIfNotExists', 'delete', 'patch'].includes(operation)) throw mutationError(`Unknown mutation "${operation}"`, 400)
  if (!id) throw mutationError(`${operation} needs a document id`, 400)
  if (operation !== 'patch' && operation !== 'delete' && typeof operand._type !== 'string') throw mutationError(`Document "${id}" has no _type`, 400)
  const before = working.get(id) ?? null
  if (operation === 'create' && before) throw mutationError(`Document by ID "${id}" already exists`)
  if (operation === 'patch' && !before) throw mutationError(`Document "${id}" not found`)
  if (operation === 'patch' && operand.ifRevisionID !== undefined && operand.ifRevisionID !== before?._rev) {
    throw mutationError(`Document "${id}" has unexpected revision ID ("${before?._rev}"), expected "${String(operand.ifRevisionID)}"`)
  }
  transaction.mutations.push(mutation)
  if (operation === 'createIfNotExists' && before) return void results.push({id, operation: 'none'})
  if (operation === 'delete') {
    working.delete(id)
    return void results.push({id, operation: 'delete'})
  }
  let after: SanityDocument | null
  try {
    after = new Mutation({mutations: [structuredClone(mutation)], transactionId, timestamp: now}).apply(before) as SanityDocument | null
  } catch (error) {
    throw mutationError(`Mutation on "${id}" failed: ${(error as Error).message}`, 400)
  }
  if (!after) throw mutationError(`Mutation on "${id}" left no document`, 400)
  const stored: SanityDocument = {...after, _id: id, _createdAt: before?._createdAt ?? now, _updatedAt: now, _rev: transactionId}
  working.set(id, stored)
  results.push({id, operation: before ? 'update' : 'create', document: stored})
}

/** Makes the transaction's dataset the dataset and tells listeners, unless it is a dry run. */
async function commitTransaction(config: ApiConfig, transaction: Transaction, dryRun: boolean): Promise<void> {
  if (dryRun) return
  const before = new Map(config.docs.map((doc) => [doc._id, doc]))
  config.docs.splice(0, config.docs.length, ...transaction.working.values())
  const changed = [...new Set(transaction.results.filter((result) => result.operation !== 'none').map((result) => result.id))]
  const changes = changed.map((id) => ({
    id,
    before: before.get(id) ?? null,
    after: transaction.working.get(id) ?? null,
    mutations: transaction.mutations.filter((mutation) => idOfMutation(mutation) === id),
  }))
  await notifyListeners(config, {transactionId: transaction.id, timestamp: transaction.timestamp, changes})
}

/** The id of the document a mutation is about. */
function idOfMutation(mutation: MutationBody): string {
  const [operation, operand] = Object.entries(mutation)[0]
  return String(operation === 'patch' || operation === 'delete' ? operand.id : operand._id ?? '')
}

// ---------------------------------------------------------------------------------------------
// Actions

type Action = Record<string, unknown>

/**
 * `POST /data/actions/<dataset>`: the Actions API, with the action types Studio 6 uses for
 * documents outside releases. Each action becomes the mutations the Content Lake performs for it,
 * which listeners receive, and all of them run as one transaction, a dry run when `dryRun` is set.
 * Answers `{transactionId}`, which is all @sanity/client passes on.
 */
async function actions(config: ApiConfig, context: Context, name: string, body: unknown): Promise<Reply> {
  requireDataset(config, context, name)
  requireWriteAccess(config, context)
  const {actions: list, transactionId, dryRun} = (body ?? {}) as {actions?: unknown; transactionId?: unknown; dryRun?: unknown}
  if (!Array.isArray(list) || list.length === 0 || !list.every(isObject)) {
    throw new HttpError(400, {error: {description: 'The request body must be {"actions": [...]}', type: 'httpBadRequest'}})
  }
  const transaction = beginTransaction(config, transactionId)
  for (const action of list) {
    for (const mutation of mutationsOfAction(action, transaction.working)) applyMutation(transaction, mutation)
  }
  await commitTransaction(config, transaction, dryRun === true)
  return {status: 200, body: {transactionId: transaction.id}}
}

/**
 * The mutations an action stands for, given the documents as the earlier actions of its
 * transaction left them. Conflicts with those documents are 409s, malformed actions 400s.
 */
function mutationsOfAction(action: Action, working: Map<string, SanityDocument>): MutationBody[] {
  const type = String(action.actionType)
  const invalid = (description: string) => mutationError(`${type}: ${description}`, 400)
  const conflict = (description: string) => mutationError(`${type}: ${description}`)
  const documentId = (value: unknown, label: string): string => {
    if (typeof value !== 'string' || !value) throw invalid(`"${label}" must be a document id`)
    return value
  }
  const objectField = (key: string): Record<string, unknown> => {
    const value = action[key]
    if (!isObject(value)) throw invalid(`"${key}" must be an object`)
    return value
  }
  const publishedIdField = (): string => {
    const id = documentId(action.publishedId, 'publishedId')
    if (publishedIdOf(id) !== id) throw invalid(`"publishedId" must be a published id, not "${id}"`)
    return id
  }
  // A draft or release version, of the given published id when there is one.
  const versionId = (value: unknown, label: string, publishedId?: string): string => {
    const id = documentId(value, label)
    if (id === publishedIdOf(id) || (publishedId !== undefined && publishedIdOf(id) !== publishedId)) {
      throw invalid(`"${label}" must be drafts.${publishedId ?? '<id>'} or versions.<release>.${publishedId ?? '<id>'}, not "${id}"`)
    }
    return id
  }

  switch (type) {
    case 'sanity.action.document.create': {
      const publishedId = publishedIdField()
      const attributes = objectField('attributes')
      const draftId = `drafts.${publishedId}`
      if (working.has(publishedId)) throw conflict(`Document "${publishedId}" is already published`)
      if (working.has(draftId)) {
        if (action.ifExists === 'ignore') return []
        throw conflict(`Document by ID "${draftId}" already exists`)
      }
      return [{create: {...attributes, _id: draftId}}]
    }
    case 'sanity.action.document.edit': {
      const publishedId = publishedIdField()
      const draftId = versionId(action.draftId, 'draftId', publishedId)
      const patch = objectField('patch')
      const published = working.get(publishedId)
      if (working.has(draftId)) return [{patch: {...patch, id: draftId}}]
      if (!published) throw conflict(`Neither "${draftId}" nor "${publishedId}" exists`)
      return [{createIfNotExists: {...published, _id: draftId}}, {patch: {...patch, id: draftId}}]
    }
    case 'sanity.action.document.publish': {
      const publishedId = publishedIdField()
      const draftId = versionId(action.draftId, 'draftId', publishedId)
      const draft = working.get(draftId)
      const published = working.get(publishedId)
      if (!draft) throw conflict(`There is no "${draftId}" to publish`)
      if (action.ifDraftRevisionId !== undefined && action.ifDraftRevisionId !== draft._rev) {
        throw conflict(`Document "${draftId}" has unexpected revision ID ("${draft._rev}"), expected "${String(action.ifDraftRevisionId)}"`)
      }
      if (action.ifPublishedRevisionId !== undefined && action.ifPublishedRevisionId !== published?._rev) {
        throw conflict(`Document "${publishedId}" has unexpected revision ID ("${published?._rev ?? 'none'}"), expected "${String(action.ifPublishedRevisionId)}"`)
      }
      return [{createOrReplace: {...(strengthenReferences(draft) as SanityDocument), _id: publishedId}}, {delete: {id: draftId}}]
    }
    case 'sanity.action.document.unpublish': {
      const publishedId = publishedIdField()
      const draftId = versionId(action.draftId, 'draftId', publishedId)
      const published = working.get(publishedId)
      if (!published) throw conflict(`Document "${publishedId}" is not published`)
      // An existing draft is kept, newer than what was published.
      return [{createIfNotExists: {...published, _id: draftId}}, {delete: {id: publishedId}}]
    }
    case 'sanity.action.document.delete': {
      const publishedId = publishedIdField()
      const drafts = action.includeDrafts ?? []
      if (!Array.isArray(drafts)) throw invalid('"includeDrafts" must be a list of draft ids')
      const draftIds = drafts.map((id, index) => versionId(id, `includeDrafts[${index}]`, publishedId))
      if (working.has(`drafts.${publishedId}`) && !draftIds.includes(`drafts.${publishedId}`)) {
        throw conflict(`Document "drafts.${publishedId}" exists and is not in "includeDrafts"`)
      }
      const existing = [publishedId, ...draftIds].filter((id) => working.has(id))
      if (existing.length === 0) throw conflict(`Document "${publishedId}" does not exist`)
      return existing.map((id) => ({delete: {id}}))
    }
    case 'sanity.action.document.discard':
    case 'sanity.action.document.version.discard': {
      const key = type === 'sanity.action.document.discard' ? 'draftId' : 'versionId'
      const id = versionId(action[key], key)
      if (!working.has(id)) throw conflict(`Document "${id}" does not exist`)
      return [{delete: {id}}]
    }
    case 'sanity.action.document.replaceDraft': {
      const publishedId = publishedIdField()
      const attributes = objectField('attributes')
      const draftId = `drafts.${publishedId}`
      if (!working.has(draftId) && !working.has(publishedId)) throw conflict(`Neither "${draftId}" nor "${publishedId}" exists`)
      return [{createOrReplace: {...attributes, _id: draftId}}]
    }
    default:
      throw mutationError(`Action type "${type}" is not supported by the test double`, 400)
  }
}

/**
 * The Studio marks references to documents that are not published yet weak, with
 * `_strengthenOnPublish`; publishing makes them strong (unless asked to stay weak), as the
 * Content Lake does.
 */
function strengthenReferences(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strengthenReferences)
  if (!isObject(value)) return value
  if (typeof value._ref !== 'string') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, strengthenReferences(child)]))
  if (!value._strengthenOnPublish) return value
  const {_strengthenOnPublish: strengthen, ...reference} = value
  if ((strengthen as {weak?: unknown}).weak) return reference
  return Object.fromEntries(Object.entries(reference).filter(([key]) => key !== '_weak'))
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// ---------------------------------------------------------------------------------------------
// Documents by id, history and the listener

function getDocuments(config: ApiConfig, context: Context, name: string, idList: string): Reply {
  requireDataset(config, context, name)
  const ids = idList.split(',').map((id) => decodeURIComponent(id))
  const documents = ids.flatMap((id) => config.docs.filter((doc) => doc._id === id))
  const omitted = ids.filter((id) => !config.docs.some((doc) => doc._id === id)).map((id) => ({id, reason: 'existence'}))
  return {status: 200, body: {documents, omitted}}
}

/** The dataset was loaded, never edited, so every document's history is empty. */
function documentEvents(config: ApiConfig, context: Context, name: string, id: string): Reply {
  requireDataset(config, context, name)
  return {status: 200, body: {events: {[decodeURIComponent(id)]: []}, nextCursor: ''}}
}

function transactions(config: ApiConfig, context: Context, name: string): void {
  requireDataset(config, context, name)
  context.res.statusCode = 200
  context.res.setHeader('content-type', 'application/x-ndjson')
  context.res.end()
}

/** A listener that welcomes the client, then sends a `mutation` event for each change to a document its query matches. */
function listen(config: ApiConfig, context: Context, name: string): void {
  requireDataset(config, context, name)
  const {query: groq, params} = queryFromSearch(context.query)
  if (!groq) throw new HttpError(400, {error: {description: 'Missing "query" parameter', type: 'httpBadRequest'}})
  parseGroq(groq, params)
  const {req, res} = context
  res.statusCode = 200
  res.setHeader('content-type', 'text/event-stream')
  res.setHeader('cache-control', 'no-cache')
  // Both response classes take a string chunk; their overloads just do not unify.
  const stream = res as {write(chunk: string): boolean}
  stream.write(`event: welcome\ndata: ${JSON.stringify({listenerName: randomUUID()})}\n\n`)
  const listener: Listener = {
    query: groq,
    params,
    includeResult: context.query.get('includeResult') !== 'false',
    includePreviousRevision: context.query.get('includePreviousRevision') === 'true',
    includeMutations: context.query.get('includeMutations') !== 'false',
    write: (chunk) => void stream.write(chunk),
  }
  config.listeners.add(listener)
  req.once('close', () => config.listeners.delete(listener))
}

interface Change {
  id: string
  before: SanityDocument | null
  after: SanityDocument | null
  mutations: MutationBody[]
}

/**
 * Tells every listener whose query matches a changed document (before or after the change) about
 * it, in the shape of Sanity's listener: one event per document, numbered within the transaction,
 * with the document's mutations and its effects in mendoza form. The effects replace the whole
 * document (mendoza's literal-value opcode 0), which is a valid patch, only not the smallest.
 */
async function notifyListeners(config: ApiConfig, {transactionId, timestamp, changes}: {transactionId: string; timestamp: string; changes: Change[]}): Promise<void> {
  const withoutRev = (doc: SanityDocument | null) => (doc ? Object.fromEntries(Object.entries(doc).filter(([key]) => key !== '_rev')) : null)
  for (const listener of config.listeners) {
    const matches = async (doc: SanityDocument | null) => {
      if (!doc) return false
      try {
        const result = await runQuery(config, listener.query, listener.params, [doc])
        return Array.isArray(result) ? result.length > 0 : Boolean(result)
      } catch {
        return false
      }
    }
    const seen: Change[] = []
    for (const change of changes) if ((await matches(change.before)) || (await matches(change.after))) seen.push(change)
    seen.forEach(({id, before, after, mutations}, index) => {
      const event = {
        eventId: `${transactionId}#${id}`,
        documentId: id,
        transactionId,
        transition: !before ? 'appear' : !after ? 'disappear' : 'update',
        identity: FAKE_USER.id,
        ...(listener.includeMutations ? {mutations} : {}),
        ...(before ? {previousRev: before._rev} : {}),
        // The transaction's id, a deletion included: the Studio chains events by previousRev →
        // resultRev, and drops an event without one (a published draft would stay in its form).
        resultRev: transactionId,
        timestamp,
        visibility: 'query',
        effects: {apply: [0, withoutRev(after)], revert: [0, withoutRev(before)]},
        transactionTotalEvents: seen.length,
        transactionCurrentEvent: index + 1,
        ...(listener.includeResult && after ? {result: after} : {}),
        ...(listener.includePreviousRevision && before ? {previous: before} : {}),
      }
      listener.write(`event: mutation\nid: ${event.eventId}\ndata: ${JSON.stringify(event)}\n\n`)
    })
  }
}

// ---------------------------------------------------------------------------------------------
// Assets

type AssetKind = 'images' | 'files'

interface AssetFacts {
  extension: string
  mimeType: string
  /** Images only: as in the asset id and `metadata`. */
  dimensions?: {width: number; height: number}
  metadata?: Record<string, unknown>
}

/** The image formats Sanity takes, by sharp's name for them. */
const IMAGE_FORMATS: Record<string, {extension: string; mimeType: string}> = {
  jpeg: {extension: 'jpg', mimeType: 'image/jpeg'},
  png: {extension: 'png', mimeType: 'image/png'},
  webp: {extension: 'webp', mimeType: 'image/webp'},
  gif: {extension: 'gif', mimeType: 'image/gif'},
  svg: {extension: 'svg', mimeType: 'image/svg+xml'},
  tiff: {extension: 'tiff', mimeType: 'image/tiff'},
}

/**
 * `POST /assets/images|files/<dataset>`: keeps the body and answers `{document}` with the asset
 * document the Content Lake creates (`image-<sha1>-<w>x<h>-<ext>` or `file-<sha1>-<ext>`), in one
 * transaction that listeners hear of. The same bytes uploaded again get the document already there,
 * as Sanity deduplicates assets by SHA-1. Of the image metadata (`meta`), only dimensions, hasAlpha
 * and isOpaque are extracted: no lqip, palette, blurHash, EXIF or location.
 */
async function uploadAsset(config: ApiConfig, context: Context, kind: AssetKind, name: string): Promise<Reply> {
  requireDataset(config, context, name)
  requireWriteAccess(config, context)
  const bytes = await readBody(context.req)
  if (bytes.length === 0) throw new HttpError(400, {error: {description: 'The request body must be the file to upload', type: 'httpBadRequest'}})
  const facts = kind === 'images' ? await imageFacts(bytes) : fileFacts(context)
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const type = kind === 'images' ? 'sanity.imageAsset' : 'sanity.fileAsset'
  // Looked up after the last await, so that two uploads of the same bytes cannot both create one.
  const existing = config.docs.find((doc) => doc._type === type && doc.sha1hash === sha1)
  if (existing) return {status: 200, body: {document: existing}}

  const size = facts.dimensions ? `-${facts.dimensions.width}x${facts.dimensions.height}` : ''
  const fileName = `${sha1}${size}.${facts.extension}`
  const assetPath = `${kind}/${config.projectId}/${config.dataset}/${fileName}`
  const param = (key: string) => context.query.get(key) || undefined
  const document = withoutUndefined({
    _id: `${kind === 'images' ? 'image' : 'file'}-${sha1}${size}-${facts.extension}`,
    _type: type,
    assetId: sha1,
    sha1hash: sha1,
    extension: facts.extension,
    mimeType: facts.mimeType,
    size: bytes.length,
    originalFilename: param('filename'),
    label: param('label'),
    title: param('title'),
    description: param('description'),
    creditLine: param('creditLine'),
    source: param('sourceName') && withoutUndefined({name: param('sourceName'), id: param('sourceId'), url: param('sourceUrl')}),
    path: assetPath,
    url: `${config.url}/${assetPath}`,
    metadata: facts.metadata,
  })
  const transaction = beginTransaction(config, undefined)
  applyMutation(transaction, {create: document})
  config.assets.set(`${kind}/${fileName}`, {mimeType: facts.mimeType, read: async () => bytes})
  await commitTransaction(config, transaction, false)
  return {status: 200, body: {document: transaction.results[0].document}}
}

async function imageFacts(bytes: Buffer): Promise<AssetFacts> {
  let info: Metadata
  let stats: Stats
  try {
    ;[info, stats] = await Promise.all([sharp(bytes).metadata(), sharp(bytes).stats()])
  } catch (error) {
    throw new HttpError(400, {error: {description: `Invalid image: ${(error as Error).message}`, type: 'httpBadRequest'}})
  }
  const format = IMAGE_FORMATS[info.format]
  if (!format) throw new HttpError(415, {error: {description: `Unsupported image format "${info.format}"`, type: 'httpUnsupportedMediaType'}})
  // Sanity measures images as they are shown, after their EXIF orientation.
  const {width, height} = info.autoOrient
  return {
    ...format,
    dimensions: {width, height},
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: {_type: 'sanity.imageDimensions', width, height, aspectRatio: width / height},
      hasAlpha: info.hasAlpha,
      isOpaque: stats.isOpaque,
    },
  }
}

/** A file is what its upload says: the type from `Content-Type`, the extension from `filename`. */
function fileFacts(context: Context): AssetFacts {
  const mimeType = String(context.req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  const extension = path.extname(context.query.get('filename') ?? '').slice(1).toLowerCase()
  return {extension: extension || 'bin', mimeType: mimeType || 'application/octet-stream'}
}

function withoutUndefined<T extends Record<string, unknown>>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T
}

/**
 * `GET /images|files/<projectId>/<dataset>/<name>`: an asset's bytes, as Sanity's CDN serves them
 * (a file as a download with `?dl`); images transformed as `transformImage` says.
 */
async function serveAsset(config: ApiConfig, req: Req, res: Res, url: URL, [, kind, projectId, dataset, name]: RegExpMatchArray): Promise<void> {
  const stored = projectId === config.projectId && dataset === config.dataset ? config.assets.get(`${kind}/${name}`) : undefined
  if (!stored) throw new HttpError(404, boomError(404, `No asset at ${url.pathname}`))
  const original = await stored.read()
  const {bytes, mimeType} = kind === 'images' ? await transformImage(original, stored.mimeType, url.searchParams, req.headers.accept) : {bytes: original, mimeType: stored.mimeType}
  res.statusCode = 200
  res.setHeader('content-type', mimeType)
  res.setHeader('content-length', bytes.length)
  const download = url.searchParams.get('dl')
  if (download !== null) res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(download || name)}`)
  res.end(bytes)
}

/** Sanity's `fit` modes as sharp resizes. */
const FITS: Record<string, ResizeOptions> = {
  clip: {fit: 'inside'},
  max: {fit: 'inside', withoutEnlargement: true},
  crop: {fit: 'cover'},
  min: {fit: 'cover', withoutEnlargement: true},
  fill: {fit: 'contain', background: '#ffffff'},
  scale: {fit: 'fill'},
}

/** Output formats by `fm` value or content subtype. */
const OUTPUT_FORMATS: Record<string, 'jpeg' | 'png' | 'webp' | 'gif'> = {jpg: 'jpeg', pjpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp', gif: 'gif'}

/**
 * An image as Sanity's image pipeline serves it for the parameters @sanity/image-url and the
 * Studio send: `rect` (crop first), `w`, `h`, `dpr`, `fit` (`clip` when left out), `q`, `fm`, and
 * `auto=format` (WebP to clients that accept it). Without any of them, the original bytes. Other
 * parameters (`crop`, `fp-x`, `bg`, `blur`, `flip`, `or`, …) are ignored.
 */
async function transformImage(original: Buffer, mimeType: string, params: URLSearchParams, accept: string | undefined): Promise<{bytes: Buffer; mimeType: string}> {
  const positive = (key: string) => {
    const value = Number(params.get(key))
    return Number.isFinite(value) && value > 0 ? value : undefined
  }
  const dpr = positive('dpr') ?? 1
  const scaled = (key: string) => {
    const value = positive(key)
    return value && Math.round(value * dpr)
  }
  const [width, height, quality] = [scaled('w'), scaled('h'), positive('q')]
  const rect = params.get('rect')?.split(',').map(Number)
  const format = OUTPUT_FORMATS[params.get('fm') ?? ''] ?? (params.get('auto') === 'format' && accept?.includes('image/webp') ? 'webp' : undefined)
  if (!width && !height && !rect && !format && !quality) return {bytes: original, mimeType}

  let image = sharp(original).autoOrient()
  if (rect?.length === 4 && rect.every((value) => Number.isInteger(value) && value >= 0)) {
    image = image.extract({left: rect[0], top: rect[1], width: rect[2], height: rect[3]})
  }
  if (width || height) image = image.resize({width, height, ...(FITS[params.get('fit') ?? ''] ?? FITS.clip)})
  // An SVG, or a TIFF, is served rasterised as PNG once transformed.
  const output = format ?? OUTPUT_FORMATS[mimeType.replace('image/', '')] ?? 'png'
  const {data, info} = await image.toFormat(output, {quality}).toBuffer({resolveWithObject: true})
  return {bytes: data, mimeType: `image/${info.format}`}
}

// ---------------------------------------------------------------------------------------------
// HTTP plumbing (the same for HTTP/1.1 and HTTP/2)

function setCorsHeaders(req: Req, res: Res): void {
  const origin = req.headers.origin
  if (!origin) return
  res.setHeader('access-control-allow-origin', origin)
  res.setHeader('access-control-allow-credentials', 'true')
  res.setHeader('vary', 'Origin')
}

function preflight(req: Req, res: Res): void {
  res.statusCode = 204
  res.setHeader('access-control-allow-methods', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
  res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? 'authorization, content-type')
  res.setHeader('access-control-max-age', '600')
  res.end()
}

async function readJson(req: Req): Promise<unknown> {
  try {
    return JSON.parse((await readBody(req)).toString('utf8'))
  } catch {
    throw new HttpError(400, {error: {description: 'Request body is not valid JSON', type: 'httpBadRequest'}})
  }
}

async function readBody(req: Req): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The `{statusCode, error, message}` body Sanity's API uses for errors outside GROQ. */
function boomError(status: number, message: string) {
  return {statusCode: status, error: STATUS_CODES[status] ?? 'Error', message}
}

function sendText(res: Res, status: number, text: string, headers: Record<string, string> = {}): void {
  res.statusCode = status
  res.setHeader('content-type', 'application/json; charset=utf-8')
  res.setHeader('content-length', Buffer.byteLength(text))
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  res.end(text)
}

function sendJson(res: Res, reply: Reply): void {
  sendText(res, reply.status, JSON.stringify(reply.body), reply.headers)
}

function sendError(res: Res, error: unknown): void {
  if (res.headersSent) return void res.end()
  if (error instanceof MalformedReply) return sendText(res, 200, '{"result":[{"_id":"product-')
  if (error instanceof HttpError) {
    return sendJson(res, {status: error.status, body: error.body, headers: error.status === 429 ? {'retry-after': '1'} : {}})
  }
  console.error('[sanity-api-double]', error)
  sendJson(res, {status: 500, body: boomError(500, (error as Error).message)})
}
