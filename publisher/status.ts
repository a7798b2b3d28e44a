import {createClient, type SanityClient} from '@sanity/client'
import type {SanityConfig} from '../site/lib/env'
import {PUBLISHER_STATUS_ID, PUBLISHER_STATUS_TYPE, type PublisherStatus, type SiteStatus} from '../schemas/lib/publisher-status'

/**
 * What the publisher tells editors: after every change of state it writes one document,
 * `publisher.status`, into the dataset. The Studio reads it with the editor's own session and shows,
 * on each page-backed document, "Đang cập nhật website…" or "Đã lên website lúc 10:32". An id with a
 * dot is never readable without a token (like drafts), so the public never sees it; its type is in
 * no webhook filter, so writing it starts no build.
 *
 * Writes never hold up a build: they run one at a time, the newest state replaces any still
 * waiting, and a failure is logged and retried with the next change.
 */
export class StatusReporter {
  private readonly client: SanityClient
  private writing: Promise<void> = Promise.resolve()
  private next: PublisherStatus | undefined
  private failing = false

  constructor(
    sanity: SanityConfig,
    token: string,
    private readonly log: (message: string) => void,
  ) {
    this.client = createClient({
      projectId: sanity.projectId,
      dataset: sanity.dataset,
      apiVersion: sanity.apiVersion,
      token,
      useCdn: false,
      timeout: sanity.timeoutMs,
      maxRetries: sanity.maxRetries,
      ...(sanity.apiHost ? {apiHost: sanity.apiHost, useProjectHostname: false} : {}),
    })
  }

  /** Records this state; resolves once it (or a newer one) is written or has failed. */
  report(status: PublisherStatus): Promise<void> {
    const waiting = this.next !== undefined
    this.next = status
    if (!waiting) this.writing = this.writing.then(() => this.write())
    return this.writing
  }

  private async write(): Promise<void> {
    const status = this.next
    this.next = undefined
    if (!status) return
    try {
      await this.client.createOrReplace({_id: PUBLISHER_STATUS_ID, _type: PUBLISHER_STATUS_TYPE, ...status}, {visibility: 'async', tag: 'publisher.status'})
      if (this.failing) this.log('status for the Studio: written again')
      this.failing = false
    } catch (error) {
      // Editors lose a badge, not the website: the build goes on.
      if (!this.failing) this.log(`status for the Studio: not written (${(error as Error).message}); the builds are not affected`)
      this.failing = true
    }
  }
}

/** The state of one site as the Studio shows it. */
export function siteStatus(input: {
  state: SiteStatus['state']
  anotherBuildPending: boolean
  /** The id of the build served, whose name says when it started reading content. */
  served?: string
  /** When the served build went live. */
  servedSince?: string
  last?: {ok: boolean; startedAt: string; finishedAt: string}
}): SiteStatus {
  const contentAsOf = input.served ? buildStartedAt(input.served) : undefined
  return {
    state: input.state,
    anotherBuildPending: input.anotherBuildPending,
    ...(contentAsOf && input.servedSince ? {served: {contentAsOf, since: input.servedSince}} : {}),
    ...(input.last ? {lastBuild: {ok: input.last.ok, startedAt: input.last.startedAt, finishedAt: input.last.finishedAt}} : {}),
  }
}

/** A build id (`20261126T180501123Z-1`, see releases.ts) says when the build started: as an ISO moment. */
export function buildStartedAt(id: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-\d+$/.exec(id)
  if (!match) return undefined
  const [, year, month, day, hours, minutes, seconds, ms] = match
  return `${year}-${month}-${day}T${hours}:${minutes}:${seconds}.${ms}Z`
}
