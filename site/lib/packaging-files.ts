/**
 * The files for packaging under each short link (/p/<code>/qr.png, qr.svg and, for a product,
 * huy-hieu.svg), as a list the build hands from Astro's render to a pool of worker threads
 * (site/integrations/packaging.ts): at national scale (15,000 products, 20,000 short links) making
 * them one after another in Astro's single rendering thread took a third of the build.
 *
 * Imported by the workers with Node's own TypeScript support, so every import here and in what it
 * imports names its file with its extension.
 */
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {badgeSvg, qrPng, qrSvg, type Badge} from './packaging.ts'

/** Where the build leaves the list in the output folder; the packaging integration removes it. */
export const PACKAGING_LIST_FILE = 'packaging-files.json'

/** A short link's QR codes: `url` is the short link's full address, which the codes read as. */
export interface QrTask {
  code: string
  url: string
}

/** A product's badge. */
export interface BadgeTask {
  code: string
  badge: Badge
}

/** What the build writes under /p/: every short link's QR codes, every product's badge. */
export interface PackagingList {
  qr: QrTask[]
  badges: BadgeTask[]
}

export type PackagingTask = ({kind: 'qr'} & QrTask) | ({kind: 'badge'} & BadgeTask)

/** The tasks of a list, one per short link's QR codes and one per badge. */
export const packagingTasks = (list: PackagingList): PackagingTask[] => [
  ...list.qr.map((task) => ({kind: 'qr' as const, ...task})),
  ...list.badges.map((task) => ({kind: 'badge' as const, ...task})),
]

/**
 * The files of a task, by their path under the site's root, with the bytes the endpoints of
 * site/packaging/ answer with (the dev server's, and the build's before the pool).
 */
export async function packagingTaskFiles(task: PackagingTask, cache?: QrCache): Promise<[string, Uint8Array | string][]> {
  const dir = `p/${task.code}`
  if (task.kind === 'badge') return [[`${dir}/huy-hieu.svg`, badgeSvg(task.badge)]]
  let codes = cache?.get(task.url)
  if (!codes) {
    codes = {png: qrPng(task.url), svg: await qrSvg(task.url)}
    cache?.put(task.url, codes.png, codes.svg)
  }
  const {png, svg} = codes
  return [
    [`${dir}/qr.png`, png],
    [`${dir}/qr.svg`, svg],
  ]
}

/**
 * The QR codes of earlier builds, by the address they read as, in the build's cache folder: a QR
 * code depends on nothing else, and making its PNG (deflated at level 9) is most of the packaging
 * files' work — about 5 ms each, 25 s of CPU for Hà Nội's 4,900 short links — while a rebuild
 * (a publish) changes one or two addresses. Entries are keyed by the address and by the code that
 * draws them (site/lib/packaging.ts, site/lib/png.ts, the qrcode package's version), so a change
 * there makes new entries rather than reusing old bytes; `tests/unit/packaging-files.test.ts`
 * checks the bytes against the endpoints'.
 */
export class QrCache {
  private readonly dir: string
  private readonly version: string

  constructor(cacheDir: string) {
    this.dir = path.join(cacheDir, 'ocop-qr')
    const qrcodeVersion = (createRequire(import.meta.url)('qrcode/package.json') as {version: string}).version
    const sources = ['./packaging.ts', './png.ts'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'))
    this.version = createHash('sha256').update(JSON.stringify([qrcodeVersion, ...sources])).digest('hex')
    mkdirSync(this.dir, {recursive: true})
  }

  private file(url: string, extension: 'png' | 'svg'): string {
    const key = createHash('sha256').update(this.version).update(url).digest('hex')
    return path.join(this.dir, `${key}.${extension}`)
  }

  /** The codes made before for this address, or undefined. */
  get(url: string): {png: Uint8Array; svg: string} | undefined {
    const png = this.file(url, 'png')
    const svg = this.file(url, 'svg')
    if (!existsSync(png) || !existsSync(svg)) return undefined
    return {png: readFileSync(png), svg: readFileSync(svg, 'utf8')}
  }

  /** Keeps the codes of this address; each file written whole, then renamed into place (threads may race). */
  put(url: string, png: Uint8Array, svg: string): void {
    for (const [file, bytes] of [[this.file(url, 'svg'), svg], [this.file(url, 'png'), png]] as const) {
      const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`
      writeFileSync(part, bytes)
      renameSync(part, file)
    }
  }
}
