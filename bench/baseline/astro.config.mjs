// @ts-check
// The benchmark's baseline: plain Astro and Pagefind over the same dataset, with a minimal template
// (see README.md beside this file). Built by scripts/bench/run.ts with --root bench/baseline.
import {fileURLToPath} from 'node:url'
import {defineConfig} from 'astro/config'
import {close, createIndex} from 'pagefind'

/** Pagefind's usual way: index the built pages (`data-pagefind-body`) through its Node API. */
function pagefind() {
  return {
    name: 'baseline:pagefind',
    hooks: {
      /** @param {{dir: URL}} options */
      'astro:build:done': async ({dir}) => {
        const {index, errors} = await createIndex({forceLanguage: 'vi'})
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('\n')}`)
        try {
          const added = await index.addDirectory({path: fileURLToPath(dir)})
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the pages: ${added.errors.join('\n')}`)
          const written = await index.writeFiles({outputPath: fileURLToPath(new URL('pagefind/', dir))})
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('\n')}`)
        } finally {
          await close()
        }
      },
    },
  }
}

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  build: {format: 'directory'},
  integrations: [pagefind()],
  devToolbar: {enabled: false},
  ...(process.env.ASTRO_CACHE_DIR ? {cacheDir: process.env.ASTRO_CACHE_DIR} : {}),
})
