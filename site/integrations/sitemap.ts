import {existsSync, readFileSync} from 'node:fs'
import sitemap, {type SitemapOptions} from '@astrojs/sitemap'
import type {AstroIntegration} from 'astro'
import {parseRedirectsFile} from '../lib/redirects'

/**
 * The sitemap without the addresses that only redirect (short links, previous slugs). They are
 * known from the `_redirects` file the build wrote, which the sitemap is made after.
 */
export function sitemapWithoutRedirects(options: SitemapOptions = {}): AstroIntegration[] {
  let outDir: URL | undefined
  let redirects: Map<string, string> | undefined
  const isRedirect = (page: string) => {
    if (!redirects) {
      const file = outDir && new URL('_redirects', outDir)
      redirects = file && existsSync(file) ? parseRedirectsFile(readFileSync(file, 'utf8')) : new Map()
    }
    return redirects.has(new URL(page).pathname)
  }
  return [
    {
      name: 'ocop:sitemap-out-dir',
      hooks: {
        'astro:config:done': ({config}) => {
          outDir = config.outDir
        },
      },
    },
    sitemap({...options, filter: (page) => !isRedirect(page) && (options.filter?.(page) ?? true)}),
  ]
}
