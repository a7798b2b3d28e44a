/**
 * A static host for a built site, as the report scripts need one: directory URLs, gzip for text,
 * long caching of /_astro/, 404.html for missing addresses.
 */
import {createReadStream, existsSync, statSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import path from 'node:path'
import {createGzip} from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
}
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/

/** A static host: `/a/` → a/index.html, `/a` → 301 to `/a/` when that is a folder, else 404.html. */
export function serve(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      pathname = '/'
    }
    let file = path.join(root, pathname)
    if (!file.startsWith(root)) file = path.join(root, '404.html')
    let status = 200
    if (pathname.endsWith('/')) file = path.join(file, 'index.html')
    else if (existsSync(file) && statSync(file).isDirectory()) {
      response.writeHead(301, {location: `${pathname}/${url.search}`}).end()
      return
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404
      file = path.join(root, '404.html')
      // A build without a 404 page (the bench's baseline): a plain answer.
      if (!existsSync(file)) {
        response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found')
        return
      }
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      'x-content-type-options': 'nosniff',
    }
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    if (gzip) headers['content-encoding'] = 'gzip'
    response.writeHead(status, headers)
    const stream = createReadStream(file)
    ;(gzip ? stream.pipe(createGzip()) : stream).pipe(response)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
