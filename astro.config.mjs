// @ts-check
import react from '@astrojs/react'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {defineConfig} from 'astro/config'
import {searchForWorkspaceRoot} from 'vite'
import {buildClock} from './site/integrations/build-clock.ts'
import {buildFinish} from './site/integrations/build-finish.ts'
import {packagingDevRoutes} from './site/integrations/packaging.ts'
import {sitemapWithoutRedirects} from './site/integrations/sitemap.ts'
import {SCRIPT_RESOURCES, STYLE_RESOURCES, pageDirectives} from './site/lib/security-policy.ts'

// The folder of the dataset export the local content source reads (data.ndjson, images/, files/):
// CONTENT_DATASET's, else the bundled sample. Its images reach Astro's pipeline through this alias.
const datasetDir = path.dirname(path.resolve(process.env.CONTENT_DATASET || fileURLToPath(new URL('./content/data.ndjson', import.meta.url))))

export default defineConfig({
  srcDir: './site',
  // The public address, for canonical links and the sitemap; set SITE_URL in production.
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // Styles go inline: one request less per stylesheet before a phone can paint the page.
  build: {format: 'directory', inlineStylesheets: 'always'},
  integrations: [
    // First: reads the build's "now" (SITE_NOW, else the real clock) before any page asks for it.
    buildClock(),
    react(),
    // The QR codes and badges, answered one by one by the dev server; the build writes them at its finish.
    packagingDevRoutes(),
    // The search page, the 404 page, the "sent" pages and the producers' tools pages are for people, not for search engines' indexes; redirects are not pages.
    sitemapWithoutRedirects({filter: (page) => !/^\/(tim-kiem|404|da-gui\/.+|san-pham\/[^/]+\/chu-the)\/?$/.test(new URL(page).pathname)}),
    // Last: QR codes, badges, each page's policy and the search indexes, from the files written
    // (on worker threads and in Pagefind's process); after Astro has exited under `npm run build`.
    buildFinish(),
  ],
  // A strict Content-Security-Policy in every page's <meta>: Astro hashes each inline style and
  // script it writes; the rest of the policy is site/lib/security-policy.ts (README: "Security").
  security: {
    csp: {
      directives: pageDirectives(),
      scriptDirective: {resources: SCRIPT_RESOURCES},
      styleDirective: {resources: STYLE_RESOURCES},
    },
  },
  // No Markdown is rendered: no code highlighter (Shiki's inline styles would need 'unsafe-inline').
  markdown: {syntaxHighlight: false},
  devToolbar: {enabled: false},
  // Separate caches let several builds of this project run at once (tests, parallel work).
  ...(process.env.ASTRO_CACHE_DIR ? {cacheDir: process.env.ASTRO_CACHE_DIR} : {}),
  // Scripts stay in their own cacheable files: an inlined script breaks Vite's dynamic-import helper.
  vite: {
    build: {assetsInlineLimit: 0},
    resolve: {alias: {'@dataset': datasetDir}},
    // The dev server may read the dataset's images when CONTENT_DATASET is outside the project.
    server: {fs: {allow: [searchForWorkspaceRoot(process.cwd()), datasetDir]}},
  },
})
