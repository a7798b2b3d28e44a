/**
 * The QR codes and badges under the short links, written after the pages by the build's worker
 * threads (site/integrations/packaging.ts, build-threads.ts): byte for byte what the endpoints wrote when Astro
 * rendered them (tests/fixtures/packaging-files.sha256.json, recorded from such a build), whatever
 * thread makes them, from scratch or from the QR codes a previous build kept; and a failure stops the build.
 */
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {BuildThreads, type ThreadTask} from '../../site/integrations/build-threads'
import {badgeSvg, qrPng, qrSvg, type Badge} from '../../site/lib/packaging'
import {packagingTasks, type PackagingList} from '../../site/lib/packaging-files'

interface Recorded {
  code: string
  url: string
  badge?: Badge
  sha256: Record<string, string>
}
const recorded = (JSON.parse(readFileSync(new URL('../fixtures/packaging-files.sha256.json', import.meta.url), 'utf8')) as {files: Recorded[]}).files
const listOf = (entries: Recorded[]): PackagingList => ({
  qr: entries.map(({code, url}) => ({code, url})),
  badges: entries.flatMap(({code, badge}) => (badge ? [{code, badge}] : [])),
})
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** The files the tasks write under outDir, on a pool of `size` threads, closed afterwards: how many. */
async function writePackagingFiles(outDir: string, tasks: ThreadTask[], size: number, cacheDir?: string): Promise<number> {
  const threads = new BuildThreads(size, cacheDir)
  try {
    return (await threads.run(outDir, tasks)).reduce((sum: number, count) => sum + Number(count), 0)
  } finally {
    await threads.close()
  }
}

const scratch = mkdtempSync(path.join(tmpdir(), 'ocop-packaging-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

describe('the packaging files written by the worker pool', () => {
  it('are the bytes the endpoints wrote, for products (badges current and expired, 3 to 5 stars) and producers', async () => {
    expect(recorded.filter((entry) => entry.badge?.expired).length).toBeGreaterThan(0)
    expect(recorded.filter((entry) => !entry.badge).length).toBeGreaterThan(0)
    const outDir = path.join(scratch, 'recorded')
    const written = await writePackagingFiles(outDir, packagingTasks(listOf(recorded)), 2)
    expect(written).toBe(recorded.reduce((sum, entry) => sum + Object.keys(entry.sha256).length, 0))
    for (const entry of recorded) {
      const files = readdirSync(path.join(outDir, 'p', entry.code)).sort()
      expect(files, entry.code).toEqual(Object.keys(entry.sha256).sort())
      for (const [file, hash] of Object.entries(entry.sha256)) expect(sha256(readFileSync(path.join(outDir, 'p', entry.code, file))), `${entry.code}/${file}`).toBe(hash)
    }
  })

  it('are what the functions behind the endpoints make, whichever of several threads takes each batch', async () => {
    const many = Array.from({length: 450}, (_, i) => ({code: `c${String(i).padStart(6, '0')}`, url: `https://ocop.example.vn/p/c${i}/`, badge: {stars: (3 + (i % 3)) as 3 | 4 | 5, expired: i % 7 === 0}}))
    const outDir = path.join(scratch, 'many')
    expect(await writePackagingFiles(outDir, packagingTasks(listOf(many.map((entry) => ({...entry, sha256: {}})))), 3)).toBe(450 * 3)
    for (const entry of many.filter((_, i) => i % 37 === 0)) {
      const dir = path.join(outDir, 'p', entry.code)
      expect(readFileSync(path.join(dir, 'qr.png')).equals(qrPng(entry.url)), entry.code).toBe(true)
      expect(readFileSync(path.join(dir, 'qr.svg'), 'utf8'), entry.code).toBe(await qrSvg(entry.url))
      expect(readFileSync(path.join(dir, 'huy-hieu.svg'), 'utf8'), entry.code).toBe(badgeSvg(entry.badge))
    }
  })

  it('are the same bytes when a rebuild takes the QR codes from the cache the previous build filled', async () => {
    const cacheDir = path.join(scratch, 'cache')
    const tasks = packagingTasks(listOf(recorded))
    const qrCodes = tasks.filter((task) => task.kind === 'qr').length
    for (const build of ['cold', 'warm']) {
      const outDir = path.join(scratch, `cached-${build}`)
      await writePackagingFiles(outDir, tasks, 2, cacheDir)
      expect(readdirSync(path.join(cacheDir, 'ocop-qr')).sort(), build).toHaveLength(2 * qrCodes)
      for (const entry of recorded) {
        for (const [file, hash] of Object.entries(entry.sha256)) expect(sha256(readFileSync(path.join(outDir, 'p', entry.code, file))), `${build}: ${entry.code}/${file}`).toBe(hash)
      }
    }
    // The rebuild read them from the cache: an entry changed there shows in what it writes.
    const first = recorded[0]!
    const keptPng = readdirSync(path.join(cacheDir, 'ocop-qr')).filter((file) => file.endsWith('.png')).map((file) => path.join(cacheDir, 'ocop-qr', file))
    const kept = keptPng.find((file) => sha256(readFileSync(file)) === first.sha256['qr.png'])!
    writeFileSync(kept, 'kept by an earlier build')
    await writePackagingFiles(path.join(scratch, 'cached-again'), packagingTasks(listOf([first])), 1, cacheDir)
    expect(readFileSync(path.join(scratch, 'cached-again', 'p', first.code, 'qr.png'), 'utf8')).toBe('kept by an earlier build')
  })

  it('writes nothing and starts no thread for an empty list', async () => {
    expect(await writePackagingFiles(path.join(scratch, 'empty'), [], 2)).toBe(0)
    expect(existsSync(path.join(scratch, 'empty'))).toBe(false)
  })

  it('fails, naming the short link, when a file cannot be written', async () => {
    // A file where the short link's folder should be: no folder can be made there, even as root.
    const outDir = path.join(scratch, 'blocked')
    mkdirSync(path.join(outDir, 'p'), {recursive: true})
    writeFileSync(path.join(outDir, 'p', recorded[0]!.code), 'not a folder')
    const error = await writePackagingFiles(outDir, packagingTasks(listOf(recorded.slice(0, 3))), 2).catch((caught: Error) => caught)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(new RegExp(`^A build thread could not finish its task:[\\s\\S]*p/${recorded[0]!.code}`))
  })
})
