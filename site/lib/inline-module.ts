import {existsSync} from 'node:fs'
import path from 'node:path'
import {build} from 'esbuild'
import {scriptHash} from './policy-hashes'

/** A browser module of the site bundled into one string, to write inline in a page: no request. */
export interface InlineModule {
  code: string
  /** Its hash, for the page's Content-Security-Policy. */
  hash: `sha256-${string}`
}

const bundles = new Map<string, Promise<InlineModule>>()

/**
 * Bundles `entry` (a path from the project's root, where builds run: "site/scripts/x.ts") with
 * what it imports, minified, once per build. For small scripts a page needs early: a `<script
 * type="module" src>` and its chunks are requests in a chain, which a phone on a slow connection
 * fetches at high priority before the page's largest paint.
 */
export function inlineModule(entry: string): Promise<InlineModule> {
  let bundle = bundles.get(entry)
  if (!bundle) {
    const file = path.resolve(entry)
    if (!existsSync(file)) throw new Error(`inlineModule: no ${entry} under ${process.cwd()} (builds run from the project's root)`)
    bundle = build({entryPoints: [file], bundle: true, write: false, format: 'esm', minify: true, target: 'es2020', legalComments: 'none'}).then((result) => {
      const code = result.outputFiles[0]!.text.trim()
      return {code, hash: scriptHash(code)}
    })
    bundles.set(entry, bundle)
  }
  return bundle
}
