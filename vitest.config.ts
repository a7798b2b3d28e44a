import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  // site/lib/images.ts finds the dataset's images through this alias (astro.config.mjs); tests use the sample's.
  resolve: {alias: {'@dataset': fileURLToPath(new URL('./content', import.meta.url))}},
  test: {include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/quality/**/*.test.ts'], environment: 'node', testTimeout: 120_000},
})
