/**
 * The files for packaging under each short link (/p/<code>/qr.png, qr.svg and, for a product,
 * huy-hieu.svg), as a list the build hands from Astro's render to a pool of worker threads
 * (site/integrations/packaging.ts): at national scale (15,000 products, 20,000 short links) making
 * them one after another in Astro's single rendering thread took a third of the build.
 *
 * Imported by the workers with Node's own TypeScript support, so every import here and in what it
 * imports names its file with its extension.
 */
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
export async function packagingTaskFiles(task: PackagingTask): Promise<[string, Uint8Array | string][]> {
  const dir = `p/${task.code}`
  if (task.kind === 'badge') return [[`${dir}/huy-hieu.svg`, badgeSvg(task.badge)]]
  return [
    [`${dir}/qr.png`, qrPng(task.url)],
    [`${dir}/qr.svg`, await qrSvg(task.url)],
  ]
}
