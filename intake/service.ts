import {randomUUID} from 'node:crypto'
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import {createClient, type SanityClient} from '@sanity/client'
import type {ReactElement} from 'react'
import type {SubmissionKind} from '../schemas/constants'
import {
  FIELDS,
  LIMITS,
  MAX_LINKS,
  EMPTY_LINK_ROWS,
  STEPS,
  checkForm,
  linkKindField,
  linkUrlField,
  submissionDocument,
  type FormErrors,
  type FormValues,
  type Proposal,
} from '../site/lib/submissions'
import {ClientGone, HttpError, lingerOnClose, readBody} from '../publisher/http'
import {clientAddress} from './client-address'
import type {IntakeConfig} from './config'
import {consoleLog, oneLineLog, quote, type Log} from './log'
import {Frame, framePage, messagePage, pointOfSaleFormPage, reviewPage, shopLinksFormPage, type TargetInfo} from './pages'
import {RateLimit} from './rate-limit'
import {Tickets} from './tickets'

/**
 * The intake service: receives the site's two forms and stores each proposal as a draft
 * `submission` in Sanity for an editor to apply or reject in the Studio ("Hộp thư đề xuất").
 *
 *   POST <base>/lien-ket   "Cập nhật liên kết cửa hàng" (from product and producer pages)
 *   POST <base>/diem-ban   "Đăng ký điểm bán sản phẩm OCOP"
 *   GET  <base>/health     whether it can read the page frame and reach Sanity, as JSON
 *
 * A form goes through two steps: checked (problems → the form again, 422, input kept) and shown
 * for review with a signed ticket; sent back with the ticket, not sooner than a person could read
 * it, it is stored (once: under an id derived from the ticket) and the sender is redirected (303)
 * to the thank-you page. Bots meet a honeypot, the minimum time, a rate limit per client and a
 * body limit; nothing they send is stored. The write token stays in this process: it is sent to
 * Sanity only, never to a browser.
 */

export interface Intake {
  server: Server
  url: string
  close(): Promise<void>
}

const CONTACT_FIELDS = [FIELDS.contactName, FIELDS.contactPhone, FIELDS.contactEmail, FIELDS.message]
const LINK_FIELDS = Array.from({length: MAX_LINKS + EMPTY_LINK_ROWS}, (_, row) => [linkKindField(row), linkUrlField(row)]).flat()

/** Which fields each form may send: anything else is dropped before checking or storing. */
const ALLOWED_FIELDS: Record<SubmissionKind, Set<string>> = {
  shopLinks: new Set([...CONTACT_FIELDS, FIELDS.target, ...LINK_FIELDS]),
  pointOfSale: new Set([
    ...CONTACT_FIELDS,
    FIELDS.placeName,
    FIELDS.placeKind,
    FIELDS.placeAddress,
    FIELDS.placeArea,
    FIELDS.placeHours,
    FIELDS.placePhone,
    FIELDS.placeWebsite,
    FIELDS.placeProducts,
  ]),
}

/** The form's values (first of each name, cut to a sane length), and its control fields. */
function readForm(body: string, kind: SubmissionKind) {
  const params = new URLSearchParams(body)
  const allowed = ALLOWED_FIELDS[kind]
  const values: FormValues = {}
  for (const [name, value] of params) {
    if (allowed.has(name) && !(name in values)) values[name] = value.slice(0, (LIMITS[name] ?? LIMITS.link) * 2)
  }
  return {
    values,
    step: params.get(FIELDS.step) ?? STEPS.check,
    ticket: params.get(FIELDS.ticket) ?? undefined,
    honeypot: (params.get(FIELDS.honeypot) ?? '').trim(),
  }
}

const TARGET_QUERY = `*[_id == $id && _type in ["product", "producer"]][0]{
  "id": _id,
  "type": _type,
  name,
  "slug": slug.current,
  "links": coalesce(select(_type == "product" => shopLinks, links), [])[]{kind, url}
}`

export async function startIntake(config: IntakeConfig, write: Log = consoleLog): Promise<Intake> {
  const log = oneLineLog(write)
  const client: SanityClient = createClient({
    projectId: config.sanity.projectId,
    dataset: config.sanity.dataset,
    apiVersion: config.sanity.apiVersion,
    token: config.sanity.token,
    useCdn: false,
    perspective: 'published',
    timeout: config.sanity.timeoutMs,
    maxRetries: config.sanity.maxRetries,
    ...(config.sanity.apiHost ? {apiHost: config.sanity.apiHost, useProjectHostname: false} : {}),
  })
  const frame = new Frame(config)
  // A wrong INTAKE_SITE_ROOT is found now, not by the first person who makes a mistake in a form.
  await frame.html()
  const tickets = new Tickets(config.ticketSecret, config.minFillMs, config.ticketTtlMs)
  const rateLimit = new RateLimit(config.rateLimit, config.rateWindowMs)
  const allowedOrigins = new Set([new URL(config.siteUrl).origin, ...(config.actionBase.startsWith('/') ? [] : [new URL(config.actionBase).origin])])

  async function send(response: ServerResponse, status: number, page: {title: string; content: ReactElement}, headers: Record<string, string> = {}) {
    let html: string
    try {
      html = framePage(await frame.html(), page.title, page.content, config.siteUrl)
    } catch (error) {
      log(`error: ${(error as Error).message}`)
      html = framePage(FALLBACK_FRAME, page.title, page.content)
    }
    response.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      ...headers,
    })
    response.end(html)
  }

  const trustedProxies = new Set(config.trustedProxies)
  const clientOf = (request: IncomingMessage): string => clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trustedProxies)

  async function lookUpTarget(id: string | undefined): Promise<TargetInfo | null> {
    if (!id || !/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/.test(id)) return null
    return client.fetch<TargetInfo | null>(TARGET_QUERY, {id})
  }

  async function handleForm(request: IncomingMessage, response: ServerResponse, kind: SubmissionKind) {
    const origin = request.headers.origin
    if (origin && !allowedOrigins.has(origin)) throw new HttpError(403, `a form sent from another site (${quote(origin)})`)
    const type = String(request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
    if (type !== 'application/x-www-form-urlencoded') throw new HttpError(415, `content type ${quote(type)}`)
    const body = await readBody(request, config.maxBodyBytes)
    const {values, step, ticket, honeypot} = readForm(body, kind)

    let target: TargetInfo | null = null
    if (kind === 'shopLinks') {
      try {
        target = await lookUpTarget(values[FIELDS.target])
      } catch (error) {
        log(`error: Sanity did not answer the look-up of ${quote(values[FIELDS.target])}: ${(error as Error).message}`)
        return send(response, 503, messagePage('Chưa gửi được', 'Hệ thống tạm thời gián đoạn. Hãy quay lại trang trước và thử lại sau ít phút; thông tin bạn nhập vẫn còn ở trang đó.', config.siteUrl), {'retry-after': '120'})
      }
      if (!target) {
        log(`refused (422): unknown product or producer ${quote(values[FIELDS.target] ?? '')}`)
        return send(response, 422, messagePage('Không tìm thấy sản phẩm', 'Không tìm thấy sản phẩm hoặc chủ thể cần cập nhật liên kết. Hãy mở trang sản phẩm trên website và dùng mẫu ở cuối trang.', config.siteUrl))
      }
    }
    const formPage = (errors?: FormErrors, notice?: string) =>
      kind === 'shopLinks' && target ? shopLinksFormPage({config, values, errors, notice, target}) : pointOfSaleFormPage({config, values, errors, notice})

    if (honeypot) {
      log(`refused (400): honeypot filled (${kind})`)
      return send(response, 400, formPage(undefined, 'Chưa gửi được. Hãy kiểm tra lại thông tin rồi bấm “Xem lại trước khi gửi”.'))
    }
    if (step === STEPS.edit) return send(response, 200, formPage())

    const {errors, proposal} = checkForm(kind, values)
    if (!proposal) {
      log(`refused (422): ${Object.keys(errors).length} field(s) to fix (${kind}: ${Object.keys(errors).join(', ')})`)
      return send(response, 422, formPage(errors))
    }
    const review = (status: number, notice?: string, sameTicket?: string) =>
      send(response, status, reviewPage({config, proposal, values, ticket: sameTicket ?? tickets.issue(values), target: target ?? undefined, notice}))

    if (step !== STEPS.send) return review(200)

    const checked = tickets.check(ticket, values)
    if (!checked.ok) {
      log(`refused: ticket ${checked.reason} (${kind})`)
      switch (checked.reason) {
        case 'too-fast':
          return review(400, 'Bạn bấm gửi nhanh quá. Hãy đọc lại thông tin rồi bấm “Gửi đề xuất”.')
        case 'expired':
          return review(200, 'Trang xem lại đã mở quá lâu. Hãy kiểm tra lại thông tin rồi bấm “Gửi đề xuất”.')
        default:
          return review(400, 'Chưa gửi được. Hãy kiểm tra lại thông tin rồi bấm “Gửi đề xuất”.')
      }
    }
    try {
      const {id, created} = await store(proposal, checked.id)
      log(`${created ? 'stored' : 'already stored'} ${id} (${kind}${kind === 'shopLinks' ? ` for ${target?.id}` : ''})`)
    } catch (error) {
      log(`error: Sanity did not store the ${kind} proposal: ${(error as Error).message}`)
      // The same ticket, so the same id: if Sanity stored it after all (a lost answer), sending again adds nothing.
      return review(503, 'Chưa gửi được vì hệ thống đang gián đoạn. Thông tin của bạn vẫn còn dưới đây; hãy bấm “Gửi đề xuất” lại sau ít phút.', ticket)
    }
    return redirect(response, thanksUrl(kind))
  }

  /**
   * Stores the proposal under its ticket's id, only if that id is free: the same page sent twice,
   * at once or after a restart, is one submission (and the sender is thanked both times).
   */
  async function store(proposal: Proposal, id: string): Promise<{id: string; created: boolean}> {
    const doc = submissionDocument(proposal, {id, receivedAt: new Date().toISOString(), key: () => randomUUID().slice(0, 12)})
    const {results} = await client.mutate([{createIfNotExists: doc}], {returnDocuments: false})
    return {id: doc._id, created: results[0]?.operation === 'create'}
  }

  const thanksUrl = (kind: SubmissionKind) => `${config.siteUrl}/da-gui/${kind === 'shopLinks' ? 'lien-ket' : 'diem-ban'}/`

  function redirect(response: ServerResponse, location: string) {
    response.writeHead(303, {location, 'cache-control': 'no-store'})
    response.end()
  }

  async function health(response: ServerResponse) {
    const checks = await Promise.all([
      frame.html().then(
        () => ({frame: 'ok'}),
        (error: Error) => ({frame: error.message}),
      ),
      client.fetch('count(*[_type == "area"][0...1])').then(
        () => ({sanity: 'ok'}),
        (error: Error) => ({sanity: `unreachable: ${error.message.replaceAll(config.sanity.token, '[token]')}`}),
      ),
    ])
    const report = Object.assign({}, ...checks) as Record<string, string>
    const ok = Object.values(report).every((value) => value === 'ok')
    response.writeHead(ok ? 200 : 500, {'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store'})
    response.end(`${JSON.stringify({ok, ...report})}\n`)
  }

  const routes: Record<string, SubmissionKind> = {[`${config.basePath}/lien-ket`]: 'shopLinks', [`${config.basePath}/diem-ban`]: 'pointOfSale'}

  const server = createServer((request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://intake')
    const handle = async () => {
      if (pathname === `${config.basePath}/health` && request.method === 'GET') return health(response)
      const kind = routes[pathname]
      if (!kind) throw new HttpError(404, `not found: ${quote(pathname)}`)
      // Someone who opens the form's address, or reloads after it: the form itself is on the site.
      if (request.method === 'GET' || request.method === 'HEAD') return redirect(response, `${config.siteUrl}${kind === 'pointOfSale' ? '/dang-ky-diem-ban/' : '/san-pham/'}`)
      if (request.method !== 'POST') throw new HttpError(405, 'use POST')
      const wait = rateLimit.take(clientOf(request))
      if (wait > 0) throw Object.assign(new HttpError(429, `more than ${config.rateLimit} requests in ${config.rateWindowMs / 1000} s`), {retryAfter: wait})
      return handleForm(request, response, kind)
    }
    handle().catch((error: unknown) => {
      if (error instanceof ClientGone) return log(`aborted: ${error.message} (${pathname})`)
      const status = error instanceof HttpError ? error.status : 500
      log(`refused (${status}): ${status === 500 ? (error as Error)?.stack ?? error : (error as Error).message}`)
      if (response.headersSent) return void response.end()
      const retryAfter = (error as {retryAfter?: number}).retryAfter
      const pages: Record<number, [string, string]> = {
        403: ['Không gửi được', 'Mẫu này chỉ nhận thông tin gửi từ website OCOP Hà Nội.'],
        404: ['Không tìm thấy trang', 'Địa chỉ này không có trên website.'],
        405: ['Không gửi được', 'Hãy gửi thông tin bằng mẫu trên website.'],
        413: ['Nội dung quá dài', 'Thông tin gửi lên dài hơn mức cho phép. Hãy quay lại, rút gọn phần ghi chú rồi gửi lại.'],
        415: ['Không gửi được', 'Hãy gửi thông tin bằng mẫu trên website.'],
        429: ['Bạn đã gửi nhiều lần liên tiếp', `Để chống thư rác, mỗi máy chỉ được gửi ${config.rateLimit} lần trong ${Math.round(config.rateWindowMs / 60_000)} phút. Hãy thử lại sau ${Math.ceil((retryAfter ?? 60) / 60)} phút.`],
        500: ['Có lỗi xảy ra', 'Hệ thống gặp lỗi. Hãy thử lại sau ít phút.'],
      }
      // The rest of a body too large is still coming: answer it, then close without a reset.
      if (status === 413) lingerOnClose(request.socket)
      const [title, text] = pages[status] ?? pages[500]
      const headers: Record<string, string> = {
        ...(retryAfter ? {'retry-after': String(retryAfter)} : {}),
        ...(status === 405 ? {allow: 'GET, POST'} : {}),
        ...(status === 413 ? {connection: 'close'} : {}),
      }
      void send(response, status, messagePage(title, text, config.siteUrl), headers)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, resolve)
  })
  const address = server.address()
  const url = `http://${config.host}:${typeof address === 'object' && address ? address.port : config.port}`
  log(`intake listening on ${url}${config.basePath}/ (forms → Sanity project ${config.sanity.projectId}, dataset ${config.sanity.dataset}; frame ${frame.source})`)
  return {
    server,
    url,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Used only when the site's page cannot be read: the answer stays usable, if plain. */
const FALLBACK_FRAME = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>OCOP Hà Nội</title><link rel="canonical" href="/"><style>body{font:16px/1.6 system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:44rem;color:#1d1b18}.field{margin:0 0 1rem;border:0;padding:0}label{display:block;font-weight:600}input,select,textarea{display:block;width:100%;min-height:44px;font:inherit}.field__error,.error-summary a{color:#a3281f;font-weight:600}.form-hp{display:none}button{min-height:48px;font:inherit}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style></head><body><main id="noi-dung"><!--intake:start--><!--intake:end--></main></body></html>`
