import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {AstroIntegration} from 'astro'
import {close, createIndex} from 'pagefind'

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`)
}

/** Builds the Pagefind search index of the finished site inside `astro build`. */
export function pagefind(): AstroIntegration {
  return {
    name: 'ocop:pagefind',
    hooks: {
      'astro:build:done': async ({dir, logger}) => {
        const outDir = fileURLToPath(dir)
        const {index, errors} = await createIndex({forceLanguage: 'vi'})
        if (!index) fail('start', errors)
        try {
          const added = await index.addDirectory({path: outDir})
          if (added.errors.length > 0) fail('index the site', added.errors)
          if (added.page_count === 0) fail('index the site', ['no page has data-pagefind-body content'])
          const written = await index.writeFiles({outputPath: path.join(outDir, 'pagefind')})
          if (written.errors.length > 0) fail('write the index', written.errors)
          logger.info(`Search index written (${added.page_count} HTML files read)`)
        } finally {
          await close()
        }
      },
    },
  }
}
