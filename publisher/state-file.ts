import {open, readFile, rename, rm} from 'node:fs/promises'
import path from 'node:path'

/**
 * The small JSON files the publisher keeps next to the builds (the publish not built yet, the
 * history of served builds, the signatures seen), so that a restart or a crash forgets nothing.
 */

let sequence = 0

/** Writes `value` so that a crash or a power cut leaves the old file or the new one, never a part. */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  const temporary = `${file}.${process.pid}-${++sequence}.tmp`
  const handle = await open(temporary, 'w')
  try {
    await handle.writeFile(`${JSON.stringify(value, null, 2)}\n`)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(temporary, {force: true})
    throw error
  }
  await handle.close()
  await rename(temporary, file)
  // The rename is on disk only once the folder is.
  const folder = await open(path.dirname(file), 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}

/** The value in a JSON file; undefined when there is no such file. */
export async function readJsonFile<T>(file: string): Promise<T | undefined> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  return JSON.parse(text) as T
}
