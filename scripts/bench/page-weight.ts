/**
 * What a browser downloads for one built page, by kind, compressed as the web server sends it
 * (gzip): the HTML document (with the CSS the site inlines), the stylesheets it links, and the
 * scripts it runs, inline or linked. JSON-LD is data, not a script.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {gzipSync} from 'node:zlib'

export interface PageWeight {
  /** The HTML document as served, gzip, inline styles and scripts included. */
  htmlGzip: number
  /** CSS, uncompressed: the inline <style> elements plus the linked stylesheets. */
  cssBytes: number
  /** The linked stylesheets, gzip (inline CSS is counted in htmlGzip). */
  linkedCssGzip: number
  /** Executable scripts, uncompressed: inline ones plus linked files. */
  jsBytes: number
  /** Linked scripts gzip plus inline scripts gzip. */
  jsGzip: number
}

const gzip = (text: string | Buffer) => gzipSync(text).length

/** Attribute values of a tag's source, e.g. attributes('<link rel="x" href="/a.css">').href. */
function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([\w-]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)].slice(1).map(([, name, value]) => [name!.toLowerCase(), (value ?? '').replace(/^["']|["']$/g, '')]))
}

/** A script element that a browser runs (not JSON-LD or another data block). */
const executable = (attrs: Record<string, string>) => !attrs.type || /^(module|text\/javascript|application\/javascript)$/i.test(attrs.type)

/** Weighs an HTML document; linked files are read from `dist` by their root-relative URL. */
export function weighHtml(html: string, dist: string): PageWeight {
  const local = (url: string) => readFileSync(path.join(dist, decodeURIComponent(new URL(url, 'http://site/').pathname)))
  let cssBytes = 0
  let linkedCssGzip = 0
  let jsBytes = 0
  let jsGzip = 0
  for (const [, content] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) cssBytes += Buffer.byteLength(content!)
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(tag)
    if (attrs.rel?.split(/\s+/).includes('stylesheet') && attrs.href) {
      const file = local(attrs.href)
      cssBytes += file.length
      linkedCssGzip += gzip(file)
    }
  }
  for (const [, open, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = attributes(`<script ${open}>`)
    if (!executable(attrs)) continue
    if (attrs.src) {
      const file = local(attrs.src)
      jsBytes += file.length
      jsGzip += gzip(file)
    } else if (content!.trim() !== '') {
      jsBytes += Buffer.byteLength(content!)
      jsGzip += gzip(content!)
    }
  }
  return {htmlGzip: gzip(html), cssBytes, linkedCssGzip, jsBytes, jsGzip}
}

/** Weighs the page at `route` (e.g. "/san-pham/x/") of the built site in `dist`. */
export function weighPage(dist: string, route: string): PageWeight {
  return weighHtml(readFileSync(path.join(dist, route, 'index.html'), 'utf8'), dist)
}
