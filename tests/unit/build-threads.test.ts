/**
 * The build's worker threads (site/integrations/build-threads.ts) narrowing each built page's
 * Content-Security-Policy, as site/integrations/security-headers.ts hands them the pages: the same
 * page as withOwnHashes gives, a page without Astro's policy reported and left alone, results in
 * the order of the pages whatever thread did each; a failing task failing the run.
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {BuildThreads} from '../../site/integrations/build-threads'
import {withOwnHashes} from '../../site/lib/security-policy'

const scratch = mkdtempSync(path.join(tmpdir(), 'ocop-threads-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

const page = (i: number) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-other='; style-src 'report-sample' 'sha256-other2='">` +
  `<style>a{color:#${String(i % 1000).padStart(3, '0')}}</style></head><body><script>go(${i})</script></body></html>`
const bare = '<!DOCTYPE html><html><head><title>no policy</title></head><body></body></html>'

describe("the build's worker threads", () => {
  it("narrow each page's policy as withOwnHashes does, and report the pages without one, in order", async () => {
    const outDir = path.join(scratch, 'site')
    const pages = Array.from({length: 230}, (_, i) => `p${i}/index.html`)
    pages.forEach((file, i) => {
      mkdirSync(path.join(outDir, path.dirname(file)), {recursive: true})
      writeFileSync(path.join(outDir, file), i === 117 ? bare : page(i))
    })
    const threads = new BuildThreads(2)
    const carried = await threads.run(
      outDir,
      pages.map((file) => ({kind: 'policy' as const, page: file})),
    )
    await threads.close()
    expect(carried.map((has, i) => (has ? -1 : i)).filter((i) => i >= 0)).toEqual([117])
    expect(readFileSync(path.join(outDir, 'p117/index.html'), 'utf8')).toBe(bare)
    for (const i of [0, 1, 116, 118, 229]) expect(readFileSync(path.join(outDir, pages[i]!), 'utf8')).toBe(withOwnHashes(page(i)))
  })

  it('fail a run with the first error of its tasks, and take no more tasks once closed', async () => {
    const threads = new BuildThreads(1)
    await expect(threads.run(scratch, [{kind: 'policy', page: 'missing/index.html'}])).rejects.toThrow(/A build thread could not finish its task:[\s\S]*missing\/index\.html/)
    await threads.close()
    await expect(threads.run(scratch, [{kind: 'policy', page: 'p0/index.html'}])).rejects.toThrow(/closed/)
  })
})
