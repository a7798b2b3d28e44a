import {readdirSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {AstroIntegration} from 'astro'
import {responseHeaders} from '../lib/security-policy'
import type {BuildThreads} from './build-threads'

/**
 * After the build: checks that every page carries its Content-Security-Policy (a page without one
 * stops the build, naming it), narrows each page's to the hashes of its own inline code, and
 * writes `_headers` for the static hosts that read one (Netlify, Cloudflare Pages) with the
 * security headers of site/lib/security-policy.ts. The pages are read and rewritten by the build's
 * worker threads (site/integrations/build-threads.ts, site/lib/policy-hashes.ts), while the hooks
 * after this one run; the last integration waits for them.
 */
export function securityHeaders(threads: BuildThreads): AstroIntegration {
  return {
    name: 'ocop:security-headers',
    hooks: {
      'astro:build:done': async ({dir, logger}) => {
        const outDir = fileURLToPath(dir)
        const pages = readdirSync(outDir, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.html'))
        const narrowed = threads.run(
          outDir,
          pages.map((page) => ({kind: 'policy' as const, page})),
        )
        threads.track(
          narrowed.then(async (carried) => {
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
          }),
        )
      },
    },
  }
}
