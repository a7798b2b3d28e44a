/**
 * Validates the HTML of a built site with the W3C Nu HTML Checker (vnu-jar, needs Java 11+):
 *
 *   npx tsx scripts/validate-html.ts [dist] [--all]     (exits 1 on any error)
 *
 * One page per template (pages grouped by the route they come from: every /san-pham/<slug>/ is
 * "san-pham/[slug]"; the first of each group by address), or every page with --all. Errors only;
 * each printed with its file, line, column and message.
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {htmlPages, onePerTemplate, root, type Page} from '../tests/quality/site.ts'

export const vnuJar = path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar')

export interface VnuMessage {
  type: string
  subType?: string
  url: string
  /** The file, relative to the build folder. */
  file: string
  lastLine?: number
  firstColumn?: number
  lastColumn?: number
  message: string
  extract?: string
}

/**
 * Messages that are wrong about valid modern HTML, by exact text, each with the reason. Empty for
 * now: nothing the site writes has needed one. Add an entry only with the reason and a reference.
 */
export const FALSE_POSITIVES: {message: string; why: string}[] = [
  // The checker's CSS grammar predates container queries, which every current browser supports (Baseline 2023).
  {message: 'CSS: “container-type”: Property “container-type” doesn\'t exist.', why: 'container queries (CSS Containment 3)'},
  {message: 'CSS: Unrecognized at-rule “@container”', why: 'container queries (CSS Containment 3)'},
]

const isFalsePositive = (message: string) => FALSE_POSITIVES.some((entry) => entry.message === message)

/** Runs the checker on the given files of `dist`: the errors that are not known false positives. */
export function validate(dist: string, files: string[]): VnuMessage[] {
  if (files.length === 0) return []
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files.map((file) => path.join(dist, file))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  })
  if (run.error) throw new Error(`Could not run the Nu HTML Checker (java -jar ${vnuJar}): ${run.error.message}`)
  // vnu writes its JSON report on stderr; exit status 1 means "errors found".
  let report: {messages?: Omit<VnuMessage, 'file'>[]}
  try {
    report = JSON.parse(run.stderr || run.stdout)
  } catch {
    throw new Error(`The Nu HTML Checker did not answer JSON (exit ${run.status}):\n${run.stderr}\n${run.stdout}`)
  }
  return (report.messages ?? [])
    .filter((message) => message.type === 'error' || message.subType === 'fatal' || message.type === 'non-document-error')
    .filter((message) => !isFalsePositive(message.message))
    .map((message) => ({...message, file: path.relative(dist, fileURLToPath(message.url)).split(path.sep).join('/')}))
}

export function formatMessages(messages: VnuMessage[], pages: Page[] = []): string {
  const routeOf = new Map(pages.map((page) => [page.file, page.route]))
  return messages
    .map((m) => {
      const route = routeOf.get(m.file)
      const where = `${m.file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}${route ? ` [${route}]` : ''}`
      const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 200)}` : ''
      return `✗ ${where}: ${m.message}${extract}`
    })
    .join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2)
  const dist = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist')
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`No built site in ${dist} (no index.html). Build it first.`)
    process.exit(2)
  }
  const pages = htmlPages(dist)
  const sample = args.includes('--all') ? pages : onePerTemplate(pages)
  console.log(`Validating ${sample.length} of ${pages.length} pages with the Nu HTML Checker:`)
  for (const page of sample) console.log(`  ${page.route.padEnd(28)} ${page.url}`)
  const messages = validate(
    dist,
    sample.map((page) => page.file),
  )
  if (messages.length > 0) {
    console.log(formatMessages(messages, pages))
    console.log(`\n${messages.length} error(s).`)
    process.exit(1)
  }
  console.log('No errors.')
}
