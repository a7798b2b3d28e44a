import {describe, expect, it} from 'vitest'
import {buildStartedAt, siteStatus} from '../../publisher/status'
import {websiteState, type SiteStatus} from '../../schemas/lib/publisher-status'

/** A site serving a build that read the content at 10:00:00 and went live at 10:01:30 (UTC). */
const serving = (state: SiteStatus['state'], last?: SiteStatus['lastBuild']): SiteStatus =>
  siteStatus({state, anotherBuildPending: false, served: '20261207T100000000Z-3', servedSince: '2026-12-07T10:01:30.000Z', last})

describe('where a published version stands on the website', () => {
  it('is live once a build that started after it is served, since that build went live', () => {
    expect(websiteState('2026-12-07T09:59:59.000Z', serving('idle'))).toEqual({kind: 'live', since: '2026-12-07T10:01:30.000Z'})
    expect(websiteState('2026-12-07T10:00:00.000Z', serving('building'))).toEqual({kind: 'live', since: '2026-12-07T10:01:30.000Z'})
  })

  it('is being updated while a build is scheduled or running after it', () => {
    expect(websiteState('2026-12-07T10:05:00.000Z', serving('scheduled'))).toEqual({kind: 'updating'})
    expect(websiteState('2026-12-07T10:05:00.000Z', serving('building'))).toEqual({kind: 'updating'})
  })

  it('has failed when the last build, started after it, failed; waits when no build started since', () => {
    const failed = {ok: false, startedAt: '2026-12-07T10:05:20.000Z', finishedAt: '2026-12-07T10:05:50.000Z'}
    expect(websiteState('2026-12-07T10:05:00.000Z', serving('idle', failed))).toEqual({kind: 'failed', at: '2026-12-07T10:05:50.000Z'})
    // Published after the failed build started: that build could not have carried it.
    expect(websiteState('2026-12-07T10:06:00.000Z', serving('idle', failed))).toEqual({kind: 'waiting'})
    // Nothing served yet at all.
    expect(websiteState('2026-12-07T10:06:00.000Z', siteStatus({state: 'idle', anotherBuildPending: false}))).toEqual({kind: 'waiting'})
  })

  it('reads when a build started from its id, and nothing from another name', () => {
    expect(buildStartedAt('20261126T180501123Z-12')).toBe('2026-11-26T18:05:01.123Z')
    expect(buildStartedAt('manual-build')).toBeUndefined()
    expect(siteStatus({state: 'idle', anotherBuildPending: false, served: 'manual-build', servedSince: '2026-12-07T10:00:00.000Z'}).served).toBeUndefined()
  })
})
