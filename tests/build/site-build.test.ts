import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startSanityApiDouble, type SanityApiDouble} from '../support/sanity-api-double'

// These tests run `astro build` one after another: two builds of one project at once share its caches.
const root = fileURLToPath(new URL('../..', import.meta.url))
const scratch = mkdtempSync(path.join(tmpdir(), 'ocop-build-'))
let double: SanityApiDouble

beforeAll(async () => {
  double = await startSanityApiDouble({documents: path.join(root, 'content/data.ndjson')})
})
afterAll(async () => {
  await double?.close()
  rmSync(scratch, {recursive: true, force: true})
})

/** Runs `astro build` without blocking this process, which serves the API double the build reads. */
function build(outDir: string, env: Record<string, string>): Promise<{status: number | null; output: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: root,
      env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env},
      timeout: 300_000,
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({status, output}))
  })
}

const sanityEnv = (extra: Record<string, string> = {}) => ({
  CONTENT_SOURCE: 'sanity',
  SANITY_PROJECT_ID: double.projectId,
  SANITY_DATASET: double.dataset,
  SANITY_API_VERSION: '2026-11-01',
  SANITY_API_HOST: double.url,
  ...extra,
})

/** Every file of a built site, by path. */
function files(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** A page as a visitor meets it, with asset addresses blanked: they are allowed to differ between sources. */
const comparable = (html: string) =>
  html
    .replace(/\s(src|srcset)="[^"]*"/g, ' $1=""')
    .replace(/(<meta property="og:image(?::[a-z]+)?" content=")[^"]*"/g, '$1"')
    // Asset addresses: Sanity's CDN from a project, /_astro/… and /files/… from the bundled dataset.
    .replace(/https:\/\/cdn\.sanity\.io\/(?:images|files)\/[^"\s]*/g, 'ASSET')
    .replace(/(?:https?:\/\/[^"\s/]+)?\/(?:_astro|files)\/[^"\s]*/g, 'ASSET')

describe('building from the bundled dataset and from a Sanity project', () => {
  it('gives the same pages, text and links, from either source', async () => {
    const local = await build(path.join(scratch, 'local'), {CONTENT_SOURCE: 'local'})
    expect(local.status, local.output).toBe(0)
    const live = await build(path.join(scratch, 'sanity'), sanityEnv())
    expect(live.status, live.output).toBe(0)
    expect(double.requests.some((request) => request.path.endsWith(`/data/query/${double.dataset}`))).toBe(true)

    const pages = (dir: string) => files(dir).filter((file) => file.endsWith('.html'))
    const localPages = pages(path.join(scratch, 'local'))
    expect(localPages.length).toBeGreaterThan(5)
    expect(pages(path.join(scratch, 'sanity'))).toEqual(localPages)
    for (const page of localPages) {
      const read = (dir: string) => comparable(readFileSync(path.join(scratch, dir, page), 'utf8'))
      expect(read('sanity'), page).toBe(read('local'))
    }
  })

  it('never lets a draft reach the built site', () => {
    const everything = files(path.join(scratch, 'local'))
      .filter((file) => /\.(html|json|xml|txt|ics|csv)$/.test(file))
      .map((file) => readFileSync(path.join(scratch, 'local', file), 'utf8'))
      .join('\n')
    expect(everything).not.toMatch(/nháp|bản nháp|drafts\./i)
    expect(existsSync(path.join(scratch, 'local/san-pham/mat-ong-hoa-nhan-ba-vi'))).toBe(false)
  })
})

describe('a build that cannot get its content', () => {
  it('fails with the API’s error and leaves the previous site as it was', async () => {
    const outDir = path.join(scratch, 'previous-site')
    mkdirSync(outDir, {recursive: true})
    writeFileSync(path.join(outDir, 'index.html'), '<p>the site as it was</p>')
    double.setFault({status: 503, pathIncludes: '/data/query/'})
    try {
      const result = await build(outDir, sanityEnv({SANITY_MAX_RETRIES: '1'}))
      expect(result.status).not.toBe(0)
      expect(result.output).toContain('the query still failed after 2 attempts: HTTP 503')
    } finally {
      double.setFault(null)
    }
    expect(files(outDir)).toEqual(['index.html'])
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>the site as it was</p>')
  })

  it('fails on a missing setting, naming it, before any request', async () => {
    const result = await build(path.join(scratch, 'no-project'), sanityEnv({SANITY_PROJECT_ID: ''}))
    expect(result.status).not.toBe(0)
    expect(result.output).toContain('Missing environment variable SANITY_PROJECT_ID')
    expect(existsSync(path.join(scratch, 'no-project'))).toBe(false)
  })
})

describe('building from a dataset with a broken document', () => {
  it('fails, names the document and the field, and writes no site', async () => {
    const outDir = path.join(scratch, 'broken')
    const result = await build(outDir, {CONTENT_DATASET: path.join(root, 'tests/fixtures/invalid-product.ndjson')})
    expect(result.status).not.toBe(0)
    expect(result.output).toContain('Document "product-six-stars" in collection "products" is invalid')
    expect(result.output).toContain('ocop.stars: OCOP stars must be 3, 4 or 5')
    expect(existsSync(outDir)).toBe(false)
  })
})
