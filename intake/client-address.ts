import {isIP} from 'node:net'

/**
 * Which client a request comes from, for the rate limit. X-Forwarded-For is anyone's to write, so
 * it is believed only as far as it was written by a proxy the service was told to trust.
 */

/** An IP address in one spelling: IPv6 as the URL standard writes it, IPv4-mapped IPv6 as IPv4; undefined if not an address. */
export function normaliseAddress(raw: string): string | undefined {
  const value = raw.trim().replace(/^\[(.*)\]$/, '$1')
  const version = isIP(value)
  if (version === 4) return value
  if (version !== 6) return undefined
  // A zone (fe80::1%eth0) is no part of URL syntax: such an address is kept as written.
  if (value.includes('%')) return value.toLowerCase()
  const canonical = new URL(`http://[${value}]/`).hostname.slice(1, -1)
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical)
  if (!mapped) return canonical
  const [high, low] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)]
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

/**
 * The client of a request from `peer` carrying `forwardedFor`: the peer itself unless it is a
 * trusted proxy; else the rightmost forwarded address that is not a trusted proxy (each proxy
 * appends the address it was reached from, so addresses to its left are the client's own claims).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: ReadonlySet<string>): string {
  const from = peer ? (normaliseAddress(peer) ?? peer) : 'unknown'
  if (!trustedProxies.has(from) || !forwardedFor) return from
  const hops = [forwardedFor]
    .flat()
    .join(',')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
    .map((hop) => normaliseAddress(hop) ?? hop)
  for (let index = hops.length - 1; index >= 0; index--) if (!trustedProxies.has(hops[index])) return hops[index]
  return hops[0] ?? from
}
