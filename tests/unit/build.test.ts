import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const scratch = mkdtempSync(path.join(tmpdir(), 'ocop-build-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

describe('building the site from a dataset with a broken document', () => {
  it('fails, names the document and the field, and writes no site', () => {
    const outDir = path.join(scratch, 'dist')
    const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, CONTENT_DATASET: path.join(root, 'tests/fixtures/invalid-product.ndjson'), ASTRO_TELEMETRY_DISABLED: '1'},
      timeout: 120_000,
    })
    const output = build.stdout + build.stderr
    expect(build.status).not.toBe(0)
    expect(output).toContain('Document "product-six-stars" in collection "products" is invalid')
    expect(output).toContain('ocop.stars: OCOP stars must be 3, 4 or 5')
    expect(existsSync(outDir)).toBe(false)
  })
})
