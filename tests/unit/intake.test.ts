/**
 * The intake service (intake/) against the local double of Sanity's API, which now also answers
 * the mutate endpoint: what a valid form stores, what every kind of bad request gets back, and
 * that nothing but a confirmed, valid proposal is ever stored.
 */
import {mkdtempSync, rmSync} from 'node:fs'
import type {Socket} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {fileURLToPath} from 'node:url'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {ConfigError, readIntakeConfig, type IntakeConfig} from '../../intake/config'
import {consoleLog} from '../../intake/log'
import {startIntake, type Intake} from '../../intake/service'
import {Tickets} from '../../intake/tickets'
import {RateLimit} from '../../intake/rate-limit'
import {clientAddress, normaliseAddress} from '../../intake/client-address'
import {checkLink, checkPointOfSaleForm, checkShopLinksForm} from '../../site/lib/submissions'
import {writeIntakeFrame} from '../support/intake-frame'
import {startSanityApiDouble, type SanityApiDouble} from '../support/sanity-api-double'
import {rawRequest} from '../support/raw-request'

const root = fileURLToPath(new URL('../..', import.meta.url))
const WRITE_TOKEN = 'test-write-token-for-the-intake-0001'
const SITE = 'https://ocop.example.vn'
const PRODUCT = 'product-banh-chung-tranh-khuc'

let double: SanityApiDouble
let siteRoot: string
const responses: string[] = []

beforeAll(async () => {
  double = await startSanityApiDouble({documents: path.join(root, 'content/data.ndjson'), writeToken: WRITE_TOKEN})
  // The frame the answers are drawn in: the built "Đăng ký điểm bán" page, in miniature.
  siteRoot = mkdtempSync(path.join(tmpdir(), 'ocop-intake-'))
  writeIntakeFrame(siteRoot)
})
afterAll(async () => {
  await double.close()
  rmSync(siteRoot, {recursive: true, force: true})
  // The write token never leaves the service: not in a page, a header or a redirect.
  expect(responses.length).toBeGreaterThan(20)
  for (const text of responses) expect(text).not.toContain(WRITE_TOKEN)
})

const intakes: Intake[] = []
afterEach(async () => {
  double.setFault(null)
  for (const intake of intakes.splice(0)) await intake.close()
})

async function start(settings: Partial<IntakeConfig> = {}, log: (message: string) => void = () => undefined): Promise<Intake> {
  const config: IntakeConfig = {
    ...readIntakeConfig({
      SITE_URL: SITE,
      SANITY_API_WRITE_TOKEN: WRITE_TOKEN,
      SANITY_PROJECT_ID: double.projectId,
      SANITY_DATASET: double.dataset,
      SANITY_API_VERSION: '2026-11-01',
      SANITY_API_HOST: double.url,
      SANITY_MAX_RETRIES: '0',
      INTAKE_SITE_ROOT: siteRoot,
      INTAKE_PORT: '0',
    }),
    minFillMs: 300,
    ...settings,
  }
  const intake = await startIntake(config, log)
  intakes.push(intake)
  return intake
}

const submissions = () => double.documents().filter((doc) => doc._type === 'submission')

interface Sent {
  status: number
  html: string
  location: string | null
  headers: Headers
}

async function post(intake: Intake, form: string, fields: Record<string, string> | string, headers: Record<string, string> = {}): Promise<Sent> {
  const response = await fetch(`${intake.url}/api/de-xuat/${form}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {'content-type': 'application/x-www-form-urlencoded', ...headers},
    body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
  })
  const html = await response.text()
  responses.push(html, JSON.stringify([...response.headers]))
  return {status: response.status, html, location: response.headers.get('location'), headers: response.headers}
}

/** The hidden fields of a review page, as the browser would send them back. */
function reviewFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    fields[name] = value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
  }
  return fields
}

const shopLinks = {
  'doi-tuong': PRODUCT,
  'kenh-0': 'shopee',
  'lien-ket-0': 'https://shopee.vn/banhchungtranhkhuc',
  'kenh-1': 'phone',
  'lien-ket-1': '0912 345 678',
  'ho-ten': 'Nguyễn Thị Hoa',
  'dien-thoai': '0987 654 321',
  buoc: 'kiem-tra',
}

const pointOfSale = {
  'ten-diem-ban': 'Cửa hàng đặc sản Hồ Gươm',
  'loai-diem-ban': 'cua-hang',
  'dia-chi': '12 Hàng Bông',
  'xa-phuong': 'Hoàn Kiếm',
  'gio-mo-cua': '8:00–21:00 hằng ngày',
  'san-pham': 'Bánh chưng Tranh Khúc, gốm Bát Tràng',
  'ho-ten': 'Trần Văn Nam',
  email: 'nam@example.vn',
  buoc: 'kiem-tra',
}

/** Check, wait as a person reading would, confirm. */
async function sendConfirmed(intake: Intake, form: string, fields: Record<string, string>, waitMs = 350): Promise<Sent> {
  const review = await post(intake, form, fields)
  expect(review.status).toBe(200)
  await sleep(waitMs)
  return post(intake, form, {...reviewFields(review.html), buoc: 'gui'})
}

describe('a valid proposal', () => {
  it('shows a review of the changes first and stores nothing yet', async () => {
    const intake = await start()
    const review = await post(intake, 'lien-ket', shopLinks)
    expect(review.status).toBe(200)
    expect(review.html).toContain('<title>Xem lại trước khi gửi | OCOP Hà Nội</title>')
    expect(review.html).toContain('Liên kết sẽ hiện trên trang “Bánh chưng Tranh Khúc”')
    expect(review.html).toMatch(/Shopee: https:\/\/shopee\.vn\/banhchungtranhkhuc.*mới/)
    expect(review.html).toContain('name="phieu"')
    // The site's frame: its favicon made absolute, no breadcrumb, noindex instead of canonical.
    expect(review.html).toContain(`href="${SITE}/favicon.svg"`)
    expect(review.html).not.toContain('breadcrumbs')
    expect(review.html).toContain('<meta name="robots" content="noindex">')
    expect(submissions()).toHaveLength(0)
  })

  it('stores exactly one draft submission with the right fields once confirmed, and sends the person to the thank-you page', async () => {
    const intake = await start()
    const before = submissions().length
    const sent = await sendConfirmed(intake, 'lien-ket', shopLinks)
    expect(sent.status).toBe(303)
    expect(sent.location).toBe(`${SITE}/da-gui/lien-ket/`)
    const stored = submissions().slice(before)
    expect(stored).toHaveLength(1)
    const [doc] = stored
    expect(doc._id).toMatch(/^drafts\.submission-[0-9a-f]{32}$/)
    expect(doc).toMatchObject({
      kind: 'shopLinks',
      status: 'open',
      target: {_type: 'reference', _ref: PRODUCT, _weak: true},
      shopLinks: [
        {_type: 'shopLink', kind: 'shopee', url: 'https://shopee.vn/banhchungtranhkhuc', _key: expect.any(String)},
        {_type: 'shopLink', kind: 'phone', url: 'tel:0912345678', _key: expect.any(String)},
      ],
      contact: {name: 'Nguyễn Thị Hoa', phone: '0987 654 321'},
    })
    expect(Date.now() - Date.parse(String(doc.receivedAt))).toBeLessThan(60_000)
    // Stored with the write token, which only the intake service holds.
    expect(double.requests.filter((request) => request.path.includes('/data/mutate/')).at(-1)?.token).toBe(WRITE_TOKEN)
  })

  it('registers a point of sale', async () => {
    const intake = await start()
    const before = submissions().length
    const sent = await sendConfirmed(intake, 'diem-ban', pointOfSale)
    expect(sent.status).toBe(303)
    expect(sent.location).toBe(`${SITE}/da-gui/diem-ban/`)
    const stored = submissions().slice(before)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({
      kind: 'pointOfSale',
      status: 'open',
      pointOfSale: {name: 'Cửa hàng đặc sản Hồ Gươm', kind: 'cua-hang', address: '12 Hàng Bông', areaName: 'Hoàn Kiếm', openingHours: '8:00–21:00 hằng ngày'},
      contact: {name: 'Trần Văn Nam', email: 'nam@example.vn'},
    })
    expect(stored[0]).not.toHaveProperty('target')
  })

  it('stores a confirmed page once, however often it is sent', async () => {
    const intake = await start()
    const review = await post(intake, 'lien-ket', shopLinks)
    await sleep(350)
    const before = submissions().length
    const confirm = {...reviewFields(review.html), buoc: 'gui'}
    const first = await post(intake, 'lien-ket', confirm)
    const again = await post(intake, 'lien-ket', confirm)
    expect([first.status, again.status]).toEqual([303, 303])
    expect(submissions().length - before).toBe(1)
  })

  it('stores a confirmed page once when it is sent 8 times at the same moment', async () => {
    const intake = await start()
    const review = await post(intake, 'lien-ket', shopLinks)
    await sleep(350)
    const before = submissions().length
    const confirm = {...reviewFields(review.html), buoc: 'gui'}
    const sent = await Promise.all(Array.from({length: 8}, () => post(intake, 'lien-ket', confirm)))
    expect(sent.map((answer) => [answer.status, answer.location])).toEqual(Array(8).fill([303, `${SITE}/da-gui/lien-ket/`]))
    expect(submissions().length - before).toBe(1)
  })

  it('stores a confirmed page once even when it is sent again after the service restarted', async () => {
    const ticketSecret = 'the-same-secret-across-restarts'
    const first = await start({ticketSecret})
    const review = await post(first, 'diem-ban', pointOfSale)
    await sleep(350)
    const before = submissions().length
    const confirm = {...reviewFields(review.html), buoc: 'gui'}
    expect((await post(first, 'diem-ban', confirm)).status).toBe(303)
    await first.close()
    const second = await start({ticketSecret})
    const again = await post(second, 'diem-ban', confirm)
    expect([again.status, again.location]).toEqual([303, `${SITE}/da-gui/diem-ban/`])
    expect(submissions().length - before).toBe(1)
  })

  it('goes back to the form with everything typed when the person chooses "Sửa lại"', async () => {
    const intake = await start()
    const review = await post(intake, 'lien-ket', shopLinks)
    const edit = await post(intake, 'lien-ket', {...reviewFields(review.html), buoc: 'sua'})
    expect(edit.status).toBe(200)
    expect(edit.html).toContain('value="https://shopee.vn/banhchungtranhkhuc"')
    expect(edit.html).toContain('value="Nguyễn Thị Hoa"')
    expect(edit.html).toMatch(/<option value="shopee" selected="">Shopee<\/option>/)
  })
})

describe('refused, with nothing stored', () => {
  let before: number
  beforeAll(() => void (before = 0))
  afterEach(() => {
    // Each refusal test starts and ends with the same number of stored submissions.
    expect(submissions().length).toBe(before)
  })
  const remember = () => void (before = submissions().length)

  it('a javascript: link: the form again (422), the error in Vietnamese next to the field, the input kept', async () => {
    remember()
    const intake = await start()
    const sent = await post(intake, 'lien-ket', {...shopLinks, 'lien-ket-0': 'javascript:alert(document.cookie)'})
    expect(sent.status).toBe(422)
    expect(sent.html).toContain('<title>Lỗi: Cập nhật liên kết cửa hàng | OCOP Hà Nội</title>')
    expect(sent.html).toContain('Có 1 chỗ cần sửa trước khi gửi')
    // The message sits between the field's label and the field, which points to it and keeps what was typed.
    const field = /<label for="f-lien-ket-0">[^<]*<\/label><p class="field__error" id="f-lien-ket-0-loi"><span class="visually-hidden">Lỗi: <\/span>([^<]*)<\/p><input ([^>]*)>/.exec(sent.html)
    expect(field?.[1]).toBe('Chỉ nhận địa chỉ trang web bắt đầu bằng https://')
    expect(field?.[2]).toContain('aria-invalid="true"')
    expect(field?.[2]).toContain('aria-describedby="f-lien-ket-0-loi"')
    expect(field?.[2]).toContain('value="javascript:alert(document.cookie)"')
    expect(sent.html).toContain('href="#f-lien-ket-0"')
    expect(sent.html).toContain('value="Nguyễn Thị Hoa"')
    // Confirming it anyway, with a made-up ticket, is refused the same way.
    const forced = await post(intake, 'lien-ket', {...shopLinks, 'lien-ket-0': 'javascript:alert(1)', buoc: 'gui', phieu: 'x.y'})
    expect(forced.status).toBe(422)
  })

  it('a redirector instead of the shop\'s own address: 422, the message next to the field', async () => {
    remember()
    const intake = await start()
    const sent = await post(intake, 'lien-ket', {...shopLinks, 'lien-ket-0': 'https://shp.ee/abc123'})
    expect(sent.status).toBe(422)
    const field = /<label for="f-lien-ket-0">[^<]*<\/label><p class="field__error" id="f-lien-ket-0-loi"><span class="visually-hidden">Lỗi: <\/span>([^<]*)<\/p><input ([^>]*)>/.exec(sent.html)
    expect(field?.[1]).toBe('Hãy dán địa chỉ trực tiếp của cửa hàng (bắt đầu bằng https://), không dùng liên kết rút gọn hoặc chuyển hướng như shp.ee, fb.me.')
    expect(field?.[2]).toContain('value="https://shp.ee/abc123"')
  })

  it('every problem at once, each next to its field', async () => {
    remember()
    const intake = await start()
    const sent = await post(intake, 'diem-ban', {'loai-diem-ban': 'cho', 'dien-thoai-diem-ban': '12345', 'trang-web': 'ftp://example.vn', buoc: 'kiem-tra', email: 'khong-phai-email'})
    expect(sent.status).toBe(422)
    expect(sent.html).toContain('Có 9 chỗ cần sửa trước khi gửi')
    for (const message of [
      'Hãy nhập tên cửa hàng, siêu thị hoặc trung tâm.',
      'Hãy chọn loại điểm bán.',
      'Hãy nhập số nhà, đường hoặc thôn để khách tìm đến.',
      'Hãy nhập xã hoặc phường nơi có điểm bán.',
      'Hãy nhập giờ mở cửa, ví dụ: 8:00–21:00 hằng ngày.',
      'Số điện thoại chưa đúng, ví dụ: 0912 345 678 hoặc 024 3825 1234.',
      'Chỉ nhận địa chỉ trang web bắt đầu bằng https://',
      'Hãy nhập họ và tên người liên hệ.',
      'Thư điện tử chưa đúng, ví dụ: ten@gmail.com',
    ]) {
      expect(sent.html).toContain(message)
    }
    expect(sent.html).toContain('value="ftp://example.vn"')
  })

  it('a body of 1 MB (413)', async () => {
    remember()
    const intake = await start()
    const sent = await post(intake, 'lien-ket', `${new URLSearchParams(shopLinks)}&ghi-chu=${'a'.repeat(1024 * 1024)}`)
    expect(sent.status).toBe(413)
    expect(sent.html).toContain('Nội dung quá dài')
  })

  it('a filled honeypot (400), even when confirmed with a valid ticket', async () => {
    remember()
    const intake = await start()
    expect((await post(intake, 'lien-ket', {...shopLinks, homepage: 'https://spam.example'})).status).toBe(400)
    const review = await post(intake, 'lien-ket', shopLinks)
    await sleep(350)
    const sent = await post(intake, 'lien-ket', {...reviewFields(review.html), buoc: 'gui', homepage: 'https://spam.example'})
    expect(sent.status).toBe(400)
  })

  it('a form confirmed in under two seconds (400), with the review shown again', async () => {
    remember()
    const intake = await start({minFillMs: readIntakeConfig({SITE_URL: SITE, SANITY_API_WRITE_TOKEN: WRITE_TOKEN, SANITY_PROJECT_ID: 'x', SANITY_DATASET: 'production', SANITY_API_VERSION: '2026-11-01'}).minFillMs})
    const review = await post(intake, 'lien-ket', shopLinks)
    const sent = await post(intake, 'lien-ket', {...reviewFields(review.html), buoc: 'gui'})
    expect(sent.status).toBe(400)
    expect(sent.html).toContain('Bạn bấm gửi nhanh quá')
    expect(sent.html).toContain('name="phieu"')
  })

  it('a confirmation whose fields differ from the page reviewed (400)', async () => {
    remember()
    const intake = await start()
    const review = await post(intake, 'lien-ket', shopLinks)
    await sleep(350)
    const sent = await post(intake, 'lien-ket', {...reviewFields(review.html), 'lien-ket-0': 'https://shopee.vn/mot-gian-hang-khac', buoc: 'gui'})
    expect(sent.status).toBe(400)
  })

  it('30 requests in a minute from one client: 429 after the 10th, with Retry-After', async () => {
    remember()
    const intake = await start()
    const statuses: number[] = []
    for (let index = 0; index < 30; index++) {
      const sent = await post(intake, 'lien-ket', {...shopLinks, 'lien-ket-0': 'javascript:void(0)'})
      statuses.push(sent.status)
      if (sent.status === 429) expect(Number(sent.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(422))
    expect(statuses.slice(10)).toEqual(Array(20).fill(429))
    // A valid proposal from that client is refused too until the window has passed.
    expect((await post(intake, 'lien-ket', shopLinks)).status).toBe(429)
  })

  it('behind a proxy (INTAKE_TRUSTED_PROXIES), counts each client by the address the proxy added', async () => {
    remember()
    const intake = await start({trustedProxies: ['127.0.0.1'], rateLimit: 2})
    const from = (address: string) => post(intake, 'lien-ket', {...shopLinks, 'lien-ket-0': 'javascript:void(0)'}, {'x-forwarded-for': `203.0.113.9, ${address}`})
    const statuses = [await from('198.51.100.1'), await from('198.51.100.1'), await from('198.51.100.1'), await from('198.51.100.2')].map((sent) => sent.status)
    expect(statuses).toEqual([422, 422, 429, 422])
  })

  it('a client reaching the service directly cannot escape the limit with made-up X-Forwarded-For addresses', async () => {
    remember()
    // The proxy is another machine: this test's requests come straight from 127.0.0.1.
    const intake = await start({trustedProxies: ['192.0.2.10'], rateLimit: 3})
    const statuses: number[] = []
    for (let index = 0; index < 6; index++) {
      const sent = await post(intake, 'lien-ket', {...shopLinks, 'lien-ket-0': 'javascript:void(0)'}, {'x-forwarded-for': `198.51.100.${index + 1}`})
      statuses.push(sent.status)
    }
    expect(statuses).toEqual([422, 422, 422, 429, 429, 429])
  })

  it('a form sent from another site (403), a JSON body (415), an unknown product (422)', async () => {
    remember()
    const intake = await start()
    expect((await post(intake, 'lien-ket', shopLinks, {origin: 'https://spam.example'})).status).toBe(403)
    expect((await post(intake, 'lien-ket', JSON.stringify(shopLinks), {'content-type': 'application/json'})).status).toBe(415)
    const unknown = await post(intake, 'lien-ket', {...shopLinks, 'doi-tuong': 'product-khong-co'})
    expect(unknown.status).toBe(422)
    expect(unknown.html).toContain('Không tìm thấy sản phẩm hoặc chủ thể cần cập nhật liên kết')
    expect((await post(intake, 'lien-ket', shopLinks, {origin: SITE})).status).toBe(200)
  })

  it('Sanity failing when the proposal is stored: 503, the review with everything kept, to send again later', async () => {
    remember()
    const intake = await start()
    const review = await post(intake, 'lien-ket', shopLinks)
    await sleep(350)
    double.setFault({status: 503, pathIncludes: '/data/mutate/'})
    const sent = await post(intake, 'lien-ket', {...reviewFields(review.html), buoc: 'gui'})
    expect(sent.status).toBe(503)
    expect(sent.html).toContain('Chưa gửi được vì hệ thống đang gián đoạn')
    expect(reviewFields(sent.html)).toMatchObject({'lien-ket-0': 'https://shopee.vn/banhchungtranhkhuc', 'ho-ten': 'Nguyễn Thị Hoa'})
    // The same ticket: had Sanity stored it after all, sending again finds it rather than storing a second one.
    expect(reviewFields(sent.html).phieu).toBe(reviewFields(review.html).phieu)
  })
})

describe('the log', () => {
  it('writes one line per entry: a newline, a carriage return or an escape code in a field cannot forge a line', async () => {
    const entries: string[] = []
    const intake = await start({}, (message) => void entries.push(message))
    const forged = 'x\n2026-12-07T10:00:00.000Z stored drafts.submission-forged\r\n\u001b[2K\u001b[1Gfake'
    await post(intake, 'lien-ket', {...shopLinks, 'doi-tuong': forged, 'ho-ten': forged, 'ghi-chu': forged})
    await post(intake, 'lien-ket', {...shopLinks, 'lien-ket-0': forged})
    expect(entries.length).toBeGreaterThanOrEqual(2)
    for (const entry of entries) {
      expect(entry).not.toMatch(/[\u0000-\u001f\u007f]/)
      expect(entry).not.toMatch(/^\S+ stored /)
    }
    expect(entries.join('\n')).toContain('\\n2026-12-07T10:00:00.000Z stored drafts.submission-forged\\r\\n\\u001b[2K')
  })

  it('prints every entry on one line with its time, whatever it carries', () => {
    const lines: string[] = []
    const original = console.log
    console.log = (line: string) => void lines.push(line)
    try {
      consoleLog('refused (500): Error: boom\n    at handle (intake/service.ts:1:1)\u001b[0m')
    } finally {
      console.log = original
    }
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+Z refused \(500\): Error: boom\\n    at handle \(intake\/service\.ts:1:1\)\\u001b\[0m$/)
  })
})

describe('bodies', () => {
  /** Sends a request over a raw socket, `write` deciding what follows the headers; resolves with all the service answered. */
  /** A form post to the intake, written by hand on a socket. */
  const rawPost = (intake: Intake, headers: string, write: (socket: Socket) => Promise<void>) =>
    rawRequest(intake.url, `POST /api/de-xuat/lien-ket HTTP/1.1\r\nHost: intake\r\nContent-Type: application/x-www-form-urlencoded\r\n${headers}`, write)

  it('a chunked body over the limit gets a 413 page, not a reset connection', async () => {
    const intake = await start()
    const answer = await rawPost(intake, 'Transfer-Encoding: chunked\r\n', async (socket) => {
      const chunk = `ghi-chu=${'a'.repeat(2040)}`
      // 64 KB in 2 KB pieces, as a client that does not stop to read the answer would send it.
      for (let index = 0; index < 32 && !socket.destroyed; index++) {
        socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`)
        await sleep(5)
      }
      if (!socket.destroyed) socket.end('0\r\n\r\n')
    })
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    expect(answer).toMatch(/\r\nconnection: close\r\n/i)
    expect(Buffer.from(answer, 'latin1').toString('utf8')).toContain('Nội dung quá dài')
  })

  it('a client that leaves in the middle of its body is logged as gone, not as an error', async () => {
    const entries: string[] = []
    const intake = await start({}, (message) => void entries.push(message))
    await rawPost(intake, 'Content-Length: 1000\r\n', async (socket) => {
      socket.write(new URLSearchParams(shopLinks).toString().slice(0, 200))
      await sleep(100)
      socket.destroy()
    })
    await sleep(200)
    expect(entries.some((entry) => /aborted/.test(entry))).toBe(true)
    expect(entries.filter((entry) => /500|\bat \S+ \(/.test(entry))).toEqual([])
  })
})

describe('the rules', () => {
  it.each([
    ['shopee', 'https://shopee.vn/gom-bat-trang', 'https://shopee.vn/gom-bat-trang'],
    ['shopee', 'www.shopee.vn/gom', 'https://www.shopee.vn/gom'],
    ['lazada', 'https://www.lazada.vn/shop/gom', 'https://www.lazada.vn/shop/gom'],
    ['zalo', 'https://zalo.me/0912345678', 'https://zalo.me/0912345678'],
    ['tiki', 'https://tiki.vn/cua-hang/gom-bat-trang', 'https://tiki.vn/cua-hang/gom-bat-trang'],
    ['facebook', 'https://www.facebook.com/banhchungtranhkhuc.htx', 'https://www.facebook.com/banhchungtranhkhuc.htx'],
    ['facebook', 'https://www.facebook.com/profile.php?id=100064', 'https://www.facebook.com/profile.php?id=100064'],
    ['tiktok', 'https://www.tiktok.com/@gombattrang', 'https://www.tiktok.com/@gombattrang'],
    ['website', 'https://m.me/gombattrang', 'https://m.me/gombattrang'],
    ['website', 'https://gombattrang.vn', 'https://gombattrang.vn/'],
    ['phone', '024.3825.1234', 'tel:02438251234'],
  ])('accepts %s %s', (kind, raw, url) => {
    expect(checkLink(kind, raw)).toEqual({url})
  })

  it.each([
    ['website', 'javascript:alert(1)', 'Chỉ nhận địa chỉ trang web'],
    ['website', 'data:text/html,<script>', 'Chỉ nhận địa chỉ trang web'],
    ['website', 'https://user:pass@example.vn', 'tên đăng nhập'],
    ['website', 'https://localhost/', 'tên miền hợp lệ'],
    ['website', 'https://192.168.1.1/', 'tên miền hợp lệ'],
    ['shopee', 'https://www.lazada.vn/shop/gom', 'không phải địa chỉ Shopee'],
    ['shopee', 'https://shopee.vn.evil.example/x', 'không phải địa chỉ Shopee'],
    ['phone', '12345', 'Số điện thoại chưa đúng'],
    ['website', 'http://gombattrang.vn', 'Chỉ nhận địa chỉ trang web bắt đầu bằng https://'],
    ['shopee', 'http://shopee.vn/gom-bat-trang', 'Chỉ nhận địa chỉ trang web bắt đầu bằng https://'],
  ])('refuses %s %s', (kind, raw, message) => {
    const checked = checkLink(kind, raw)
    expect('error' in checked && checked.error).toContain(message)
  })

  it.each([
    ['facebook', 'https://l.facebook.com/l.php?u=https%3A%2F%2Fshopee.vn%2Fgom&h=AT0'],
    ['facebook', 'https://lm.facebook.com/l.php?u=https%3A%2F%2Fevil.example%2F'],
    ['facebook', 'https://www.facebook.com/l.php?u=https%3A%2F%2Fevil.example%2F'],
    ['website', 'https://l.messenger.com/l.php?u=https%3A%2F%2Fevil.example%2F'],
    ['facebook', 'https://fb.me/gombattrang'],
    ['shopee', 'https://shp.ee/abc123'],
    ['shopee', 'https://vn.shp.ee/abc123'],
    ['shopee', 'https://s.shopee.vn/8KgJ3'],
    ['tiktok', 'https://vt.tiktok.com/ZSabc/'],
    ['tiktok', 'https://vm.tiktok.com/ZMabc/'],
    ['lazada', 'https://lzd.co/abc'],
    ['tiki', 'https://ti.ki/abc'],
    ...['bit.ly', 'tinyurl.com', 'goo.gl', 't.co', 'is.gd', 'cutt.ly', 'rebrand.ly', 'tiny.cc', 'ow.ly', 'lnkd.in'].map((host) => ['website', `https://${host}/abc`]),
    ['website', 'https://www.google.com/url?q=https://evil.example/&url=https%3A%2F%2Fevil.example%2F'],
  ])('refuses the redirector %s %s, asking for the shop\'s own address', (kind, raw) => {
    expect(checkLink(kind, raw)).toEqual({error: 'Hãy dán địa chỉ trực tiếp của cửa hàng (bắt đầu bằng https://), không dùng liên kết rút gọn hoặc chuyển hướng như shp.ee, fb.me.'})
  })

  it('asks for a phone number or an e-mail address, and at least one link', () => {
    const {errors} = checkShopLinksForm({'doi-tuong': PRODUCT, 'ho-ten': 'Hoa'})
    expect(errors).toEqual({
      'lien-ket-0': 'Hãy nhập ít nhất một liên kết cửa hàng.',
      'dien-thoai': 'Hãy để lại số điện thoại hoặc thư điện tử để cán bộ liên hệ xác minh.',
    })
    expect(checkPointOfSaleForm({...pointOfSale, 'ten-diem-ban': 'x'.repeat(121)}).errors).toEqual({'ten-diem-ban': 'Tên điểm bán dài quá 120 ký tự (đang có 121).'})
  })

  it('signs tickets: a changed value, a forged signature or an old ticket are refused; a good one names one submission', () => {
    const tickets = new Tickets('a-secret-of-sixteen-or-more', 2000, 60_000)
    const values = {'ho-ten': 'Hoa'}
    const ticket = tickets.issue(values, 1_000_000)
    expect(tickets.check(ticket, values, 1_001_000)).toEqual({ok: false, reason: 'too-fast'})
    expect(tickets.check(ticket, {'ho-ten': 'Lan'}, 1_003_000)).toEqual({ok: false, reason: 'changed'})
    expect(tickets.check(`${ticket.split('.')[0]}.forged`, values, 1_003_000)).toEqual({ok: false, reason: 'invalid'})
    expect(new Tickets('another-secret-of-sixteen', 2000, 60_000).check(ticket, values, 1_003_000)).toEqual({ok: false, reason: 'invalid'})
    expect(tickets.check(ticket, values, 1_061_001)).toEqual({ok: false, reason: 'expired'})
    const checked = tickets.check(ticket, values, 1_003_000)
    expect(checked).toEqual({ok: true, id: expect.stringMatching(/^[0-9a-f]{32}$/)})
    // The same ticket always names the same submission; another ticket for the same values, another.
    expect(tickets.check(ticket, values, 1_004_000)).toEqual(checked)
    expect(tickets.check(tickets.issue(values, 1_000_000), values, 1_003_000)).not.toEqual(checked)
  })

  it('takes the client from X-Forwarded-For only when a trusted proxy passed it on', () => {
    const proxies = new Set(['127.0.0.1', '10.0.0.2'])
    expect(clientAddress('203.0.113.5', '198.51.100.1', proxies)).toBe('203.0.113.5')
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.66, 198.51.100.1', proxies)).toBe('198.51.100.1')
    expect(clientAddress('127.0.0.1', '198.51.100.1, 10.0.0.2', proxies)).toBe('198.51.100.1')
    expect(clientAddress('127.0.0.1', ['198.51.100.66', '::FFFF:198.51.100.1'], proxies)).toBe('198.51.100.1')
    expect(clientAddress('127.0.0.1', undefined, proxies)).toBe('127.0.0.1')
    expect(clientAddress('::ffff:203.0.113.5', '198.51.100.1', proxies)).toBe('203.0.113.5')
    expect(normaliseAddress('0:0:0:0:0:0:0:1')).toBe('::1')
    expect(normaliseAddress('proxy.local')).toBeUndefined()
    expect(normaliseAddress('fe80::1%eth0')).toBe('fe80::1%eth0')
  })

  it('limits each client separately, in a sliding window', () => {
    const limit = new RateLimit(2, 60_000)
    expect([limit.take('a', 0), limit.take('a', 1000), limit.take('b', 1000)]).toEqual([0, 0, 0])
    expect(limit.take('a', 2000)).toBe(58)
    expect(limit.take('a', 61_000)).toBe(0)
  })
})

describe('settings', () => {
  const env = {SITE_URL: SITE, SANITY_API_WRITE_TOKEN: WRITE_TOKEN, SANITY_PROJECT_ID: 'abc123xy', SANITY_DATASET: 'production', SANITY_API_VERSION: '2026-11-01'}

  it.each([
    [{SANITY_API_WRITE_TOKEN: ''}, /SANITY_API_WRITE_TOKEN is not set/],
    [{SANITY_API_WRITE_TOKEN: 'short'}, /SANITY_API_WRITE_TOKEN is malformed/],
    [{SITE_URL: 'ocop.hanoi.gov.vn'}, /SITE_URL must be the public address/],
    [{SANITY_PROJECT_ID: ''}, /Missing environment variable SANITY_PROJECT_ID/],
    [{INTAKE_URL: 'javascript:alert(1)'}, /INTAKE_URL must be a path/],
    [{INTAKE_RATE_LIMIT: 'many'}, /INTAKE_RATE_LIMIT must be a whole number/],
    [{INTAKE_SECRET: 'short'}, /INTAKE_SECRET must be at least 16/],
    [{INTAKE_TRUSTED_PROXIES: '127.0.0.1, proxy.local'}, /INTAKE_TRUSTED_PROXIES must be IP addresses .*"proxy\.local"/],
    [{INTAKE_TRUST_PROXY: 'true'}, /INTAKE_TRUST_PROXY is replaced by INTAKE_TRUSTED_PROXIES/],
  ])('refuses %o', (override, message) => {
    expect(() => readIntakeConfig({...env, ...override})).toThrow(ConfigError)
    expect(() => readIntakeConfig({...env, ...override})).toThrow(message)
  })

  it('reads the proxies to trust, IPv4-mapped addresses as IPv4', () => {
    expect(readIntakeConfig({...env, INTAKE_TRUSTED_PROXIES: '127.0.0.1, ::ffff:10.0.0.2,::1'}).trustedProxies).toEqual(['127.0.0.1', '10.0.0.2', '::1'])
    expect(readIntakeConfig(env).trustedProxies).toEqual([])
    expect(readIntakeConfig({...env, INTAKE_TRUST_PROXY: 'false'}).trustedProxies).toEqual([])
  })

  it('refuses to start without the site\'s page frame, naming the file', async () => {
    const config = readIntakeConfig({...env, INTAKE_SITE_ROOT: path.join(siteRoot, 'nowhere'), INTAKE_PORT: '0'})
    await expect(startIntake(config, () => undefined)).rejects.toThrow(/Cannot read the page frame .*nowhere\/dang-ky-diem-ban\/index\.html/)
  })

  it('answers on the path of an absolute INTAKE_URL and sends GET requests to the form on the site', async () => {
    const {basePath, actionBase} = readIntakeConfig({...env, INTAKE_URL: 'https://de-xuat.example.vn/gui/'})
    expect({basePath, actionBase}).toEqual({basePath: '/gui', actionBase: 'https://de-xuat.example.vn/gui'})
    const intake = await start({basePath, actionBase})
    const response = await fetch(`${intake.url}/gui/diem-ban`, {redirect: 'manual'})
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE}/dang-ky-diem-ban/`)
  })
})
