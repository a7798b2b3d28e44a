import {createHash} from 'node:crypto'
import {readJsonFile, writeJsonFile} from './state-file'

/**
 * The webhooks accepted, until their signatures expire: a signed request sent again (a replay, by
 * someone who saw it pass) is refused, however fresh its signature. Should Sanity send a delivery
 * again because our answer was lost, the refusal costs nothing: the first one was accepted. Kept in
 * a file, so that a restart does not open the window again.
 */
export class SeenSignatures {
  /** sha256 of the path and the signature header → when the signature expires (ms). */
  private readonly seen = new Map<string, number>()
  private saving: Promise<void> = Promise.resolve()

  constructor(private readonly file: string) {}

  /** Reads the signatures seen before a restart, forgetting the expired ones. */
  async load(now: number): Promise<void> {
    const saved = await readJsonFile<Record<string, number>>(this.file).catch(() => undefined)
    for (const [key, expires] of Object.entries(saved ?? {})) if (typeof expires === 'number' && expires > now) this.seen.set(key, expires)
  }

  /** The key of a request: its path and signature, hashed (the file holds no signature). */
  static key(pathname: string, signature: string): string {
    return createHash('sha256').update(`${pathname}\n${signature}`).digest('hex')
  }

  /** Marks a request as seen until `expires`; false when it was seen already. */
  claim(key: string, expires: number, now: number): boolean {
    for (const [seenKey, seenExpires] of this.seen) if (seenExpires <= now) this.seen.delete(seenKey)
    if (this.seen.has(key)) return false
    this.seen.set(key, expires)
    return true
  }

  /** Forgets a request that could not be accepted after all, so that Sanity's retry is not refused. */
  release(key: string): void {
    this.seen.delete(key)
  }

  /** Writes the signatures seen; writes run one after the other, each with everything seen so far. */
  save(): Promise<void> {
    const write = () => writeJsonFile(this.file, Object.fromEntries(this.seen))
    this.saving = this.saving.then(write, write)
    return this.saving
  }
}
