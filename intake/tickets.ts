import {createHash, createHmac, randomUUID, timingSafeEqual} from 'node:crypto'
import type {FormValues} from '../site/lib/submissions'

/**
 * The ticket of a review page: when it was made and a digest of what it showed, signed. Sending
 * the page back proves a person had it for some time (a minimum fill time that works without
 * JavaScript) and that what is sent is what was reviewed. Each ticket is good for one proposal:
 * its `id` names the submission it stores, so sending the page again, at once or after a
 * restart, finds that submission already there (see startIntake's store).
 */
export type TicketCheck = {ok: true; id: string} | {ok: false; reason: 'invalid' | 'changed' | 'too-fast' | 'expired'}

const encode = (value: string) => Buffer.from(value).toString('base64url')

/** A digest of the values, independent of their order. */
export function digest(values: FormValues): string {
  const sorted = Object.keys(values)
    .sort()
    .map((name) => [name, values[name]])
  return createHash('sha256').update(JSON.stringify(sorted)).digest('base64url')
}

export class Tickets {
  constructor(
    private readonly secret: string,
    private readonly minAgeMs: number,
    private readonly ttlMs: number,
  ) {}

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url')
  }

  issue(values: FormValues, now = Date.now()): string {
    const payload = encode(JSON.stringify({t: now, n: randomUUID(), d: digest(values)}))
    return `${payload}.${this.sign(payload)}`
  }

  check(ticket: string | undefined, values: FormValues, now = Date.now()): TicketCheck {
    const [payload, signature, extra] = (ticket ?? '').split('.')
    if (!payload || !signature || extra !== undefined) return {ok: false, reason: 'invalid'}
    const expected = Buffer.from(this.sign(payload))
    const given = Buffer.from(signature)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return {ok: false, reason: 'invalid'}
    let parsed: {t?: unknown; n?: unknown; d?: unknown}
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    } catch {
      return {ok: false, reason: 'invalid'}
    }
    if (typeof parsed.t !== 'number' || typeof parsed.n !== 'string' || typeof parsed.d !== 'string') return {ok: false, reason: 'invalid'}
    if (parsed.d !== digest(values)) return {ok: false, reason: 'changed'}
    const age = now - parsed.t
    if (age < this.minAgeMs) return {ok: false, reason: 'too-fast'}
    if (age > this.ttlMs) return {ok: false, reason: 'expired'}
    // The signature is unique to the ticket and cannot be made without the secret.
    return {ok: true, id: createHash('sha256').update(signature).digest('hex').slice(0, 32)}
  }
}
