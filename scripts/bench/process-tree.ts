/**
 * Runs a command and measures it as a whole: wall time, and the peak of the summed resident memory
 * (RSS) of the command and every process it starts (esbuild's service, Pagefind's binary), sampled
 * from /proc. Each output line is kept with the time it arrived, so that a build's phases can be
 * told apart afterwards.
 */
import {spawn} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'

export interface MeasuredRun {
  exitCode: number
  wallMs: number
  /** Peak of the summed RSS of the process tree, in bytes; 0 where /proc is missing. */
  peakRssBytes: number
  /** Output lines (stdout and stderr) with milliseconds since the start. */
  lines: {ms: number; text: string}[]
  /** The 1-minute load average when the run started and when it ended. */
  load: [number, number]
}

const PAGE_SIZE = 4096
/** How often the tree's memory is sampled. */
const SAMPLE_MS = 100

/** Parent pid and resident bytes of every process, from /proc/<pid>/stat. */
function processTable(): Map<number, {ppid: number; rss: number}> {
  const table = new Map<number, {ppid: number; rss: number}>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // The command name is in parentheses and may hold spaces: the fields after the last ")" are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      table.set(Number(name), {ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE})
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table
}

/** The summed RSS of `root` and its descendants. */
export function treeRss(root: number, table = processTable()): number {
  const children = new Map<number, number[]>()
  for (const [pid, {ppid}] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  let total = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()!
    total += table.get(pid)?.rss ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

const loadNow = () => Number((readFileSync('/proc/loadavg', 'utf8').split(' ')[0] ?? '0'))

/** Runs `command args` with `env` added to this process's environment, and measures it. */
export function runMeasured(command: string, args: string[], options: {cwd: string; env: Record<string, string>}): Promise<MeasuredRun> {
  const hasProc = (() => {
    try {
      readdirSync('/proc')
      return true
    } catch {
      return false
    }
  })()
  const loadStart = hasProc ? loadNow() : 0
  const start = performance.now()
  const child = spawn(command, args, {cwd: options.cwd, env: {...process.env, ...options.env}, stdio: ['ignore', 'pipe', 'pipe']})
  const lines: MeasuredRun['lines'] = []
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = ''
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => {
      const ms = performance.now() - start
      const parts = (rest + chunk).split('\n')
      rest = parts.pop() ?? ''
      for (const text of parts) lines.push({ms, text})
    })
    stream.on('end', () => rest && lines.push({ms: performance.now() - start, text: rest}))
  }
  collect(child.stdout!)
  collect(child.stderr!)
  let peak = 0
  const sample = () => {
    if (hasProc && child.pid) peak = Math.max(peak, treeRss(child.pid))
  }
  const timer = setInterval(sample, SAMPLE_MS)
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearInterval(timer)
      reject(error)
    })
    child.once('close', (code) => {
      clearInterval(timer)
      resolve({exitCode: code ?? 1, wallMs: performance.now() - start, peakRssBytes: peak, lines, load: [loadStart, hasProc ? loadNow() : 0]})
    })
  })
}
