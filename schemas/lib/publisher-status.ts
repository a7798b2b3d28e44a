/**
 * The publisher's status as it writes it into the dataset (publisher/status.ts) and the Studio reads
 * it (studio/website-status.tsx): when a published change is on the public website.
 */

/** An id with a dot: readable only with a token, like drafts. */
export const PUBLISHER_STATUS_ID = 'publisher.status'
export const PUBLISHER_STATUS_TYPE = 'publisherStatus'

export interface SiteStatus {
  /** idle; scheduled (a publish arrived, the build starts after the burst window); building. */
  state: 'idle' | 'scheduled' | 'building'
  /** A publish arrived during the running build: one more build follows it. */
  anotherBuildPending: boolean
  /** The build the website serves: it read the content as of `contentAsOf`, and went live at `since`. */
  served?: {contentAsOf: string; since: string}
  lastBuild?: {ok: boolean; startedAt: string; finishedAt: string}
}

export interface PublisherStatus {
  /** When the publisher wrote this. */
  updatedAt: string
  /** The public website (the draft preview is not reported). */
  site: SiteStatus
}

export type WebsiteState =
  /** This version is on the website, served since `since`. */
  | {kind: 'live'; since: string}
  /** A build is scheduled or running; it will carry this version (or the one after it will). */
  | {kind: 'updating'}
  /** The last build after this version failed: the website still shows what it showed before. */
  | {kind: 'failed'; at: string}
  /** Published, and no build has started since: the publish has not reached the publisher (yet). */
  | {kind: 'waiting'}

/** Where the version of a document published at `publishedAt` stands on the public website. */
export function websiteState(publishedAt: string, site: SiteStatus): WebsiteState {
  const published = Date.parse(publishedAt)
  if (site.served && published <= Date.parse(site.served.contentAsOf)) return {kind: 'live', since: site.served.since}
  if (site.state !== 'idle') return {kind: 'updating'}
  if (site.lastBuild && !site.lastBuild.ok && Date.parse(site.lastBuild.startedAt) >= published) return {kind: 'failed', at: site.lastBuild.finishedAt}
  return {kind: 'waiting'}
}
