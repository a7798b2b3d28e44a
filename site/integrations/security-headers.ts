import {readdirSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {responseHeaders} from '../lib/security-policy'
import type {BuildLogger} from './build-finish'
import type {BuildThreads} from './build-threads'

/**
 * After the pages: checks that every page carries its Content-Security-Policy (a page without one
 * stops the build, naming it), narrows each page's to the hashes of its own inline code, and
 * writes `_headers` for the static hosts that read one (Netlify, Cloudflare Pages) with the
 * security headers of site/lib/security-policy.ts. The pages are read and rewritten by the build's
 * worker threads (site/integrations/build-threads.ts, site/lib/policy-hashes.ts), as part of what
 * finishes the build (site/integrations/build-finish.ts).
 */
export async function narrowPolicies(outDir: string, threads: BuildThreads, logger: BuildLogger): Promise<void> {
  const pages = readdirSync(outDir, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.html'))
  const carried = await threads.run(
    outDir,
    pages.map((page) => ({kind: 'policy' as const, page})),
  )
  const missing = pages.filter((_, i) => !carried[i])
  if (missing.length > 0) throw new Error(`These pages have no Content-Security-Policy in their <head> (security.csp in astro.config.mjs):\n${missing.slice(0, 20).join('\n')}`)
  const text = [
    "# The site's response headers, for static hosts that read this file (Netlify, Cloudflare Pages). Written by the build",
    '# (site/lib/security-policy.ts); each page adds the hashes of its own styles and scripts in its <meta>.',
    '/*',
    ...responseHeaders().map(([name, value]) => `  ${name}: ${value}`),
    '# Files with a hash in their name never change.',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n')
  await writeFile(path.join(outDir, '_headers'), text)
  logger.info(`${pages.length} pages carry their Content-Security-Policy; _headers written`)
}
