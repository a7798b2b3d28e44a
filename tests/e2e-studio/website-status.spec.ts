import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect, test, type Page} from '@playwright/test'
import {encodeSignatureHeader} from '@sanity/webhook'
import {readPublisherConfig} from '../../publisher/config'
import {startPublisher, type Publisher} from '../../publisher/service'
import {API, publishButton, published} from '../support/studio-editing'

/**
 * After "Xuất bản", the editor sees whether the change is on the website: the real publisher (with
 * a stand-in for `astro build`, as in its scheduling tests) writes its state into the dataset of the
 * API double; the Studio shows it on the document. Sanity's part, the webhook after a publish, is
 * sent by the test, signed as Sanity signs it.
 */

const PRODUCT = 'product-bo-am-chen-men-ran-bat-trang'
const SECRET = 'website-status-webhook-secret'
const scratch = mkdtempSync(path.join(tmpdir(), 'ocop-status-'))
const failFlag = path.join(scratch, 'fail')
let publisher: Publisher
/** How far the double's clock (the Content Lake's) is from this machine's. */
let offset = 0

test.beforeAll(async ({request}) => {
  // The double serves HTTPS with a throwaway certificate; this worker's publisher must accept it.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'
  // The publisher runs on the Content Lake's clock, as a server synchronised by NTP does: here the
  // double's, which starts at the sample dataset's day.
  const answer = await request.get(`${API}/v2026-11-01/data/query/production?query=${encodeURIComponent('now()')}`)
  offset = Date.parse((await answer.json()).result) - Date.now()
  const env = {
    ...process.env,
    SANITY_WEBHOOK_SECRET: SECRET,
    SITE_URL: 'https://ocop.example.vn',
    PUBLISHER_PORT: '0',
    PUBLISHER_DEBOUNCE_MS: '1000',
    PUBLISHER_DAILY_BUILD: 'off',
    PUBLISHER_SITE_ROOT: path.join(scratch, 'site'),
    // Its options are arguments: a build gets only the environment a build needs.
    PUBLISHER_BUILD_COMMAND: `node ${path.resolve('tests/fixtures/stand-in-build.mjs')} {out} --ms=4000 --fail-if=${failFlag}`,
    CONTENT_SOURCE: 'sanity',
    SANITY_PROJECT_ID: 'ocophanoi',
    SANITY_DATASET: 'production',
    SANITY_API_VERSION: '2026-11-01',
    SANITY_API_HOST: API,
    // The double accepts any writer here; the publisher needs a token to write at all.
    SANITY_API_WRITE_TOKEN: 'website-status-test-write-token',
  }
  publisher = await startPublisher(readPublisherConfig(env), () => undefined, env, () => new Date(Date.now() + offset))
})

test.afterAll(async () => {
  await publisher?.close()
  rmSync(scratch, {recursive: true, force: true})
})

/** What Sanity does after a publish: the webhook to the publisher, signed at the Content Lake's time. */
async function sanitySendsWebhook() {
  const body = JSON.stringify({_id: PRODUCT, _type: 'product', slug: 'bo-am-chen-men-ran-bat-trang'})
  const response = await fetch(`${publisher.url}/webhook`, {
    method: 'POST',
    headers: {'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now() + offset, SECRET)},
    body,
  })
  expect(response.status).toBe(202)
}

/** Changes the product's summary and publishes it, as an editor does. */
async function editAndPublish(page: Page, summary: string) {
  await page.getByRole('textbox', {name: 'Tóm tắt'}).fill(summary)
  // Clicked at once, as editors do: the Studio publishes once the edit is saved.
  await publishButton(page).click()
  await expect.poll(() => published(page.request, 'product', 'summary', summary), {timeout: 30_000}).not.toBeNull()
  await expect(publishButton(page)).toBeDisabled()
}

test.describe('after Xuất bản', () => {
  test.use({viewport: {width: 1280, height: 900}})
  // Two publishes and builds each: about 30 s here, more on a loaded machine.
  test.setTimeout(120_000)
  // The editor's computer keeps the same time as the Content Lake and the publisher.
  test.beforeEach(async ({page}) => page.clock.install({time: new Date(Date.now() + offset)}))

  test('the editor sees the website being updated, then the time the change went live', async ({page}, testInfo) => {
    await page.goto(`/intent/edit/id=${PRODUCT};type=product`)
    await editAndPublish(page, 'Bộ ấm chén men rạn cổ, vẽ tay tại Bát Tràng; mỗi bộ một dáng men.')
    // Published, and the publisher has not heard of it yet.
    await expect(page.getByText('Chờ cập nhật website')).toBeVisible()

    await sanitySendsWebhook()
    await expect(page.getByText('Đang cập nhật website…')).toBeVisible()
    await page.screenshot({path: testInfo.outputPath('updating.png')})
    await publisher.whenIdle()
    const live = page.getByText(/^Đã lên website lúc \d{2}:\d{2}$/)
    await expect(live).toBeVisible()
    // The time shown is when the build went live, in Hà Nội.
    const wentLive = new Date(publisher.targets[0]!.last!.finishedAt)
    await expect(live).toHaveText(`Đã lên website lúc ${new Intl.DateTimeFormat('vi-VN', {timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).format(wentLive)}`)
    await page.screenshot({path: testInfo.outputPath('live.png')})
  })

  test('a build that fails after a publish is said plainly, and the next good one clears it', async ({page}) => {
    await page.goto(`/intent/edit/id=${PRODUCT};type=product`)
    writeFileSync(failFlag, '')
    await editAndPublish(page, 'Bộ ấm chén men rạn Bát Tràng, nung ở 1.250 °C.')
    await sanitySendsWebhook()
    await publisher.whenIdle()
    await expect(page.getByText('Website chưa cập nhật được')).toBeVisible()

    rmSync(failFlag)
    await sanitySendsWebhook()
    await publisher.whenIdle()
    await expect(page.getByText(/^Đã lên website lúc/)).toBeVisible()
  })
})
