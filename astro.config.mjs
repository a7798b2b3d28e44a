// @ts-check
import react from '@astrojs/react'
import {defineConfig} from 'astro/config'
import {pagefind} from './site/integrations/pagefind.ts'
import {sitemapWithoutRedirects} from './site/integrations/sitemap.ts'

export default defineConfig({
  srcDir: './site',
  // The public address, for canonical links and the sitemap; set SITE_URL in production.
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // Styles go inline: one request less per stylesheet before a phone can paint the page.
  build: {format: 'directory', inlineStylesheets: 'always'},
  integrations: [
    react(),
    // The search page and the 404 page are for people, not for search engines' indexes; redirects are not pages.
    sitemapWithoutRedirects({filter: (page) => !/\/(tim-kiem|404)\/?$/.test(new URL(page).pathname)}),
    pagefind(),
  ],
  devToolbar: {enabled: false},
  // Separate caches let several builds of this project run at once (tests, parallel work).
  ...(process.env.ASTRO_CACHE_DIR ? {cacheDir: process.env.ASTRO_CACHE_DIR} : {}),
  // Scripts stay in their own cacheable files: an inlined script breaks Vite's dynamic-import helper.
  vite: {build: {assetsInlineLimit: 0}},
})
