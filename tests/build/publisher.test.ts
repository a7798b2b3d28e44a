/**
 * The publisher with the real build (`npm run build`), reading a Sanity project through the local double of
 * its API: a publish rebuilds the public site and the draft preview; drafts reach only the
 * preview; the read token reaches no built file; a build that cannot read its content leaves the
 * site as it was and says so on /health. And the whole way of a producer's new shop link: the
 * site's form, the intake service, the editor's "Áp dụng" and "Xuất bản", the page after the build.
 */
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {encodeSignatureHeader} from '@sanity/webhook'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createClient} from '@sanity/client'
import {readIntakeConfig} from '../../intake/config'
import {startIntake} from '../../intake/service'
import {readPublisherConfig} from '../../publisher/config'
import {startPublisher, type Publisher} from '../../publisher/service'
import {PUBLISHER_STATUS_ID, websiteState, type PublisherStatus, type SiteStatus} from '../../schemas/lib/publisher-status'
import {applySubmission} from '../../studio/inbox/apply'
import {writeIntakeFrame} from '../support/intake-frame'
import {startSanityApiDouble, type SanityApiDouble} from '../support/sanity-api-double'

const root = fileURLToPath(new URL('../..', import.meta.url))
const scratch = mkdtempSync(path.join(tmpdir(), 'ocop-publish-'))
const SECRET = 'the-webhook-secret-for-this-test'
// Not a real token: made up for the API double, which accepts only this one.
const TOKEN = 'test-preview-read-token-for-the-api-double'
/** The intake service's write token ("Editor"), in the publisher's environment too, as on one server. */
const WRITE_TOKEN = 'test-intake-write-token-for-the-api-double'
/** The link a producer sends through the form on their product's page. */
const NEW_LINK = 'https://www.lazada.vn/shop/gom-minh-lam'
/** A draft of a published event: the preview shows it, the public site the published version. */
const DRAFT_TITLE = 'Hội chợ Tết Đinh Mùi 2027 (bản nháp'

let double: SanityApiDouble
let publisher: Publisher
const log: string[] = []

beforeAll(async () => {
  double = await startSanityApiDouble({documents: path.join(root, 'content/data.ndjson'), readToken: TOKEN, writeToken: WRITE_TOKEN})
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SANITY_WEBHOOK_SECRET: SECRET,
    SITE_URL: 'https://ocop.example.vn',
    PUBLISHER_PORT: '0',
    PUBLISHER_DEBOUNCE_MS: '100',
    PUBLISHER_SITE_ROOT: path.join(scratch, 'site'),
    PUBLISHER_PREVIEW_ROOT: path.join(scratch, 'preview'),
    CONTENT_SOURCE: 'sanity',
    SANITY_PROJECT_ID: double.projectId,
    SANITY_DATASET: double.dataset,
    SANITY_API_VERSION: '2026-11-01',
    SANITY_API_HOST: double.url,
    SANITY_API_READ_TOKEN: TOKEN,
    SANITY_API_WRITE_TOKEN: WRITE_TOKEN,
    SANITY_MAX_RETRIES: '0',
  }
  publisher = await startPublisher(readPublisherConfig(env, root), (message) => log.push(message), env)
})

afterAll(async () => {
  await publisher?.close()
  await double?.close()
  rmSync(scratch, {recursive: true, force: true})
})

/** Sanity's webhook after a publish; resolves when every build it started is done. */
async function publish(payload: {_id: string; _type: string} = {_id: 'product-mat-ong-ba-vi', _type: 'product'}): Promise<{scheduled: string[]}> {
  const body = JSON.stringify(payload)
  const response = await fetch(`${publisher.url}/webhook`, {
    method: 'POST',
    headers: {'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), SECRET)},
    body,
  })
  expect(response.status).toBe(202)
  const accepted = (await response.json()) as {scheduled: string[]}
  await publisher.whenIdle()
  return accepted
}

/** The status the publisher wrote for the Studio, as the API answers a request with or without a token. */
async function publisherStatus(token?: string): Promise<PublisherStatus | null> {
  const query = encodeURIComponent('*[_id == $id][0]')
  // As the Studio reads it (every version, with the editor's session); the public reads published documents.
  const perspective = token ? 'raw' : 'published'
  const response = await fetch(`${double.url}/v2026-11-01/data/query/${double.dataset}?query=${query}&$id=${encodeURIComponent(JSON.stringify(PUBLISHER_STATUS_ID))}&perspective=${perspective}`, {
    headers: token ? {authorization: `Bearer ${token}`} : {},
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as {result: PublisherStatus | null}).result
}

/** Every state of the public site the Studio could read while `during` runs. */
async function statesSeenDuring(during: () => Promise<unknown>): Promise<SiteStatus['state'][]> {
  const seen: SiteStatus['state'][] = []
  let done = false
  const watching = (async () => {
    while (!done) {
      const state = (await publisherStatus(TOKEN))?.site.state
      if (state && seen.at(-1) !== state) seen.push(state)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()
  await during()
  done = true
  await watching
  const state = (await publisherStatus(TOKEN))?.site.state
  if (state && seen.at(-1) !== state) seen.push(state)
  return seen
}

/** The text of every file of a served site that could carry a string. */
function everything(site: string): string {
  const dir = path.join(scratch, site, 'current')
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && /\.(html|js|css|json|xml|txt|ics|svg)$/.test(entry.name))
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
    .join('\n')
}

async function health() {
  const response = await fetch(`${publisher.url}/health`)
  return {status: response.status, body: (await response.json()) as {ok: boolean; sites: {name: string; served: string | null; builds: string[]; lastBuild: {ok: boolean; reason?: string; log: string} | null}[]}}
}

/**
 * A producer sends a new Lazada link for "Bình gốm men lam vẽ tay" through the form (check, review,
 * confirm); an editor applies the submission and publishes the product, as the Studio does.
 */
async function producerSendsLinkAndEditorPublishes(): Promise<void> {
  const frame = path.join(scratch, 'frame')
  writeIntakeFrame(frame)
  const intake = await startIntake(
    {
      ...readIntakeConfig({
        SITE_URL: 'https://ocop.example.vn',
        SANITY_API_WRITE_TOKEN: WRITE_TOKEN,
        SANITY_PROJECT_ID: double.projectId,
        SANITY_DATASET: double.dataset,
        SANITY_API_VERSION: '2026-11-01',
        SANITY_API_HOST: double.url,
        INTAKE_SITE_ROOT: frame,
        INTAKE_PORT: '0',
      }),
      minFillMs: 0,
    },
    () => undefined,
  )
  try {
    const form = {
      'doi-tuong': 'product-binh-gom-men-lam',
      'kenh-0': 'shopee',
      'lien-ket-0': 'https://shopee.vn/gom-minh-lam-battrang',
      'kenh-1': 'website',
      'lien-ket-1': 'https://sites.google.com/view/gom-minh-lam',
      'kenh-2': 'lazada',
      'lien-ket-2': NEW_LINK,
      'ho-ten': 'Phạm Minh Lam',
      'dien-thoai': '0912 000 111',
    }
    const send = (fields: Record<string, string>) =>
      fetch(`${intake.url}/api/de-xuat/lien-ket`, {method: 'POST', redirect: 'manual', headers: {'content-type': 'application/x-www-form-urlencoded'}, body: new URLSearchParams(fields)})
    const review = await (await send({...form, buoc: 'kiem-tra'})).text()
    const ticket = /name="phieu" value="([^"]+)"/.exec(review)?.[1]
    expect(ticket, review).toBeDefined()
    expect((await send({...form, buoc: 'gui', phieu: ticket!})).status).toBe(303)
  } finally {
    await intake.close()
  }

  const [submission] = double.documents().filter((doc) => doc._type === 'submission')
  const editor = createClient({projectId: double.projectId, dataset: double.dataset, apiVersion: '2026-11-01', useCdn: false, useProjectHostname: false, apiHost: double.url, token: WRITE_TOKEN})
  const applied = await applySubmission(editor, submission._id, {user: {id: 'p-editor', name: 'Biên tập viên'}})
  // "Xuất bản": the draft becomes the published document.
  const {_id, _rev, _createdAt, _updatedAt, ...draft} = (await editor.getDocument(applied.draftId))!
  await editor.transaction().createOrReplace({...draft, _id: applied.id, _type: 'product'}).delete(applied.draftId).commit()
}

describe('a publish, through the publisher', () => {
  it('rebuilds and serves the public site and the draft preview, and tells the Studio while it does', async () => {
    await producerSendsLinkAndEditorPublishes()
    const states = await statesSeenDuring(() => publish())
    expect(states).toContain('building')
    expect(states.at(-1)).toBe('idle')
    const report = await health()
    expect(report.status, `${log.join('\n')}\n${JSON.stringify(report.body, null, 1)}`).toBe(200)
    expect(report.body.sites.map((site) => [site.name, site.lastBuild?.ok])).toEqual([
      ['site', true],
      ['preview', true],
    ])
    expect(readFileSync(path.join(scratch, 'site/current/index.html'), 'utf8')).toContain('OCOP')
  })

  it('shows the link a producer sent, once an editor applied and published it, and no personal data', () => {
    const page = readFileSync(path.join(scratch, 'site/current/san-pham/binh-gom-men-lam-ve-tay/index.html'), 'utf8')
    expect(page).toContain(`href="${NEW_LINK}"`)
    // The links the product had keep their labels.
    expect(page).toContain('Gian hàng chính hãng trên Shopee')
    const site = everything('site')
    expect(site).not.toContain('Phạm Minh Lam')
    expect(site).not.toContain('0912 000 111')
  })

  it('shows the draft in the preview only, which says it is a preview and keeps crawlers out', () => {
    const draftPage = 'su-kien/hoi-cho-tet-dinh-mui-2027/index.html'
    const preview = readFileSync(path.join(scratch, 'preview/current', draftPage), 'utf8')
    expect(preview).toContain(DRAFT_TITLE)
    expect(preview).toContain('Bản xem trước')
    expect(preview).toMatch(/<meta name="robots" content="noindex/)
    expect(readFileSync(path.join(scratch, 'preview/current/robots.txt'), 'utf8')).toContain('Disallow: /')

    // A new product whose draft is still incomplete is left out of the preview, and the log says so.
    expect(everything('preview')).not.toContain('Mật ong hoa nhãn Ba Vì')
    const previewLog = readdirSync(path.join(scratch, 'preview/logs')).map((file) => readFileSync(path.join(scratch, 'preview/logs', file), 'utf8')).join('\n')
    expect(previewLog).toContain('Draft preview: Document "product-mat-ong-ba-vi" in collection "products" is invalid')

    const site = everything('site')
    expect(site).not.toContain(DRAFT_TITLE)
    expect(readFileSync(path.join(scratch, 'site/current', draftPage), 'utf8')).toContain('Hội chợ Tết Đinh Mùi 2027')
    expect(site).not.toContain('Bản xem trước')
    expect(readFileSync(path.join(scratch, 'site/current/robots.txt'), 'utf8')).toContain('Allow: /')
  })

  it('tells the Studio the published product is on the website, since the switch, to editors only', async () => {
    const product = double.documents().find((doc) => doc._id === 'product-binh-gom-men-lam')!
    const status = await publisherStatus(TOKEN)
    expect(status?.site).toMatchObject({state: 'idle', anotherBuildPending: false, lastBuild: {ok: true}})
    const served = (await health()).body.sites[0]!.served!
    expect(websiteState(product._updatedAt as string, status!.site)).toEqual({kind: 'live', since: status!.site.served!.since})
    // Live from the moment the served build was switched in, after the build started reading.
    expect(Date.parse(status!.site.served!.since)).toBeGreaterThanOrEqual(Date.parse(status!.site.served!.contentAsOf))
    expect(served.startsWith(status!.site.served!.contentAsOf.replace(/[-:.]/g, ''))).toBe(true)
    // A change published after that build started is not live yet (a second after, not the machine's now).
    const afterStart = new Date(Date.parse(status!.site.served!.contentAsOf) + 1000).toISOString()
    expect(websiteState(afterStart, status!.site).kind).toBe('waiting')
    // An id with a dot, like a draft: the public cannot read it.
    expect(await publisherStatus()).toBeNull()
  })

  it('builds nothing for a webhook about its own status, so a too wide filter cannot make it loop', async () => {
    const builds = (await health()).body.sites[0]!.builds
    expect(await publish({_id: PUBLISHER_STATUS_ID, _type: 'publisherStatus'})).toEqual({accepted: true, scheduled: []})
    expect((await health()).body.sites[0]!.builds).toEqual(builds)
  })

  it('uses the read token only for the preview, and writes it and the intake\'s write token nowhere', async () => {
    const queries = double.requests.filter((request) => request.path.includes('/data/query/'))
    const drafts = queries.filter((request) => request.query.perspective === 'drafts')
    const anonymous = queries.filter((request) => request.token === undefined)
    expect(drafts.length).toBeGreaterThan(0)
    expect(drafts.every((request) => request.token === TOKEN)).toBe(true)
    // The public build: one query per collection, published only, without the token.
    expect(anonymous.length).toBeGreaterThanOrEqual(8)
    expect(anonymous.every((request) => request.query.perspective === 'published')).toBe(true)
    for (const token of [TOKEN, WRITE_TOKEN]) {
      expect(everything('site')).not.toContain(token)
      expect(everything('preview')).not.toContain(token)
      expect(JSON.stringify((await health()).body)).not.toContain(token)
    }
  })

  it('keeps the site served when the next build cannot read its content, and reports it', async () => {
    const before = (await health()).body.sites[0]!
    double.setFault({status: 503, pathIncludes: '/data/query/'})
    try {
      await publish()
    } finally {
      double.setFault(null)
    }
    const report = await health()
    expect(report.status).toBe(500)
    const site = report.body.sites[0]!
    expect(site.lastBuild).toMatchObject({ok: false, reason: 'exit code 1'})
    // Why, in the build's log (named relative to the site's root); /health shows none of its output.
    expect(readFileSync(path.join(scratch, 'site', site.lastBuild!.log), 'utf8')).toContain('HTTP 503')
    expect(JSON.stringify(report.body)).not.toContain(scratch)
    expect(site.served).toBe(before.served)
    expect(site.builds).toEqual(before.builds)
    expect(readFileSync(path.join(scratch, 'site/current/index.html'), 'utf8')).toContain('OCOP')
    // The editor who published just before it sees that the website did not take the change.
    const status = (await publisherStatus(TOKEN))!
    expect(websiteState(new Date(Date.parse(status.site.lastBuild!.startedAt) - 1000).toISOString(), status.site)).toEqual({kind: 'failed', at: status.site.lastBuild!.finishedAt})
  })
})
