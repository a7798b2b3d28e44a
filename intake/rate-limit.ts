/**
 * At most `limit` requests per client in any `windowMs`: a sliding log of request times per
 * client, in memory (one service process). Refused requests count too, so hammering never helps.
 */
export class RateLimit {
  private readonly clients = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records a request; returns 0 if allowed, else the seconds until the client may try again. */
  take(client: string, now = Date.now()): number {
    const since = now - this.windowMs
    const times = (this.clients.get(client) ?? []).filter((time) => time > since)
    times.push(now)
    this.clients.set(client, times.slice(-(this.limit + 1)))
    if (this.clients.size > 10_000) this.prune(now)
    if (times.length <= this.limit) return 0
    const oldest = times[times.length - 1 - this.limit]
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000))
  }

  private prune(now: number): void {
    for (const [client, times] of this.clients) if (times[times.length - 1] <= now - this.windowMs) this.clients.delete(client)
  }
}
