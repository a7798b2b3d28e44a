/**
 * The site's two forms — "Cập nhật liên kết cửa hàng" (a producer's shop links for a product or
 * producer) and "Đăng ký điểm bán sản phẩm OCOP" (a shop registering as a point of sale) — as
 * data: their field names, limits, and the rules that turn what a person typed into a proposal
 * or into Vietnamese error messages next to each field. The pages render the forms from this
 * module and the intake service (intake/) checks what they send with it, so both always agree.
 */
import {POINT_OF_SALE_KINDS, SHOP_LINK_KINDS, SUBMISSION_ID_PREFIX, type SubmissionKind} from '../../schemas/constants'
import {isVietnamesePhone} from '../../schemas/lib/validation'

export type ShopLinkKind = (typeof SHOP_LINK_KINDS)[number]['value']
export type PointOfSaleKind = (typeof POINT_OF_SALE_KINDS)[number]['value']

/** Field names as sent by the forms (form-encoded, so plain ASCII). */
export const FIELDS = {
  target: 'doi-tuong',
  step: 'buoc',
  ticket: 'phieu',
  /** The honeypot: hidden from people, filled in by bots. */
  honeypot: 'homepage',
  contactName: 'ho-ten',
  contactPhone: 'dien-thoai',
  contactEmail: 'email',
  message: 'ghi-chu',
  placeName: 'ten-diem-ban',
  placeKind: 'loai-diem-ban',
  placeAddress: 'dia-chi',
  placeArea: 'xa-phuong',
  placeHours: 'gio-mo-cua',
  placePhone: 'dien-thoai-diem-ban',
  placeWebsite: 'trang-web',
  placeProducts: 'san-pham',
} as const

export const linkKindField = (row: number) => `kenh-${row}`
export const linkUrlField = (row: number) => `lien-ket-${row}`

/** The steps of a form: check it and show what would be sent, send it, or go back to edit it. */
export const STEPS = {check: 'kiem-tra', send: 'gui', edit: 'sua'} as const
export type Step = (typeof STEPS)[keyof typeof STEPS]

/** Most links a proposal can hold, and the empty rows a form offers after the current links. */
export const MAX_LINKS = 10
export const EMPTY_LINK_ROWS = 2

/** Longest accepted value of each field, in characters. */
export const LIMITS: Record<string, number> = {
  [FIELDS.contactName]: 100,
  [FIELDS.contactPhone]: 20,
  [FIELDS.contactEmail]: 254,
  [FIELDS.message]: 1000,
  [FIELDS.placeName]: 120,
  [FIELDS.placeAddress]: 200,
  [FIELDS.placeArea]: 60,
  [FIELDS.placeHours]: 100,
  [FIELDS.placePhone]: 20,
  [FIELDS.placeWebsite]: 500,
  [FIELDS.placeProducts]: 1000,
  link: 500,
}

/** What a person typed, by field name, and the problems found, by field name. */
export type FormValues = Record<string, string>
export type FormErrors = Record<string, string>

export interface Contact {
  name: string
  phone?: string
  email?: string
}

export interface ProposedLink {
  kind: ShopLinkKind
  url: string
}

export interface ShopLinksProposal {
  kind: 'shopLinks'
  target: string
  links: ProposedLink[]
  contact: Contact
  message?: string
}

export interface PointOfSaleProposal {
  kind: 'pointOfSale'
  place: {
    name: string
    kind: PointOfSaleKind
    address: string
    areaName: string
    openingHours: string
    phone?: string
    website?: string
    products?: string
  }
  contact: Contact
  message?: string
}

export type Proposal = ShopLinksProposal | PointOfSaleProposal

export interface FormCheck<P> {
  errors: FormErrors
  /** Set only when there is no error. */
  proposal?: P
}

/** Hosts each marketplace or social network answers on, so that a Lazada link is not filed as Shopee. */
const KIND_HOSTS: Partial<Record<ShopLinkKind, string[]>> = {
  shopee: ['shopee.vn'],
  lazada: ['lazada.vn'],
  tiki: ['tiki.vn'],
  tiktok: ['tiktok.com'],
  facebook: ['facebook.com', 'fb.com', 'fb.watch'],
  zalo: ['zalo.me', 'zalo.vn'],
}

/**
 * Link shorteners and redirectors: where they lead can change after an editor checked the link,
 * and the site would then send its visitors anywhere. m.me and zalo.me/<number> are not among them:
 * they open a chat with the shop itself.
 */
export const REDIRECTOR_HOSTS = [
  'l.facebook.com',
  'lm.facebook.com',
  'l.messenger.com',
  'l.instagram.com',
  'fb.me',
  'shp.ee',
  's.shopee.vn',
  'lzd.co',
  's.lazada.vn',
  'ti.ki',
  'vt.tiktok.com',
  'vm.tiktok.com',
  'bit.ly',
  'tinyurl.com',
  'goo.gl',
  't.co',
  'is.gd',
  'cutt.ly',
  'rebrand.ly',
  'tiny.cc',
  'ow.ly',
  'lnkd.in',
  'shorturl.at',
]

/** Query parameters through which a redirect page (facebook.com/l.php, google.com/url…) carries the address it leads to. */
const REDIRECT_PARAMETERS = ['u', 'url', 'q', 'link', 'redirect', 'redirect_url', 'target', 'dest']

export const REDIRECTOR_ERROR = 'Hãy dán địa chỉ trực tiếp của cửa hàng (bắt đầu bằng https://), không dùng liên kết rút gọn hoặc chuyển hướng như shp.ee, fb.me.'

const onHost = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`)

/** True for an address that only sends the visitor on: a shortener, or a redirect page carrying another address. */
export function isRedirector(url: URL): boolean {
  const host = url.hostname.toLowerCase()
  if (REDIRECTOR_HOSTS.some((domain) => onHost(host, domain))) return true
  return REDIRECT_PARAMETERS.some((name) => /^https?:\/\//i.test(url.searchParams.get(name) ?? ''))
}

const kindTitle = (kind: string) => SHOP_LINK_KINDS.find((item) => item.value === kind)?.title ?? kind

/** Text as typed, without surrounding spaces, runs of spaces or control characters, in NFC. */
export function clean(value: string | undefined): string {
  return (value ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

const EMAIL_PATTERN = /^[^\s@"<>()[\],;:]+@[^\s@"<>()[\],;:]+\.[a-z]{2,}$/i

/**
 * A web address a visitor may follow: https, a real host name, no user name or password in it,
 * the site's own address rather than a shortener or redirector. Returns the address or a
 * Vietnamese explanation of what is wrong.
 */
export function checkWebAddress(raw: string): {url: string} | {error: string} {
  const value = raw.startsWith('www.') ? `https://${raw}` : raw
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return {error: 'Địa chỉ chưa đúng. Hãy chép nguyên địa chỉ trang, bắt đầu bằng https://'}
  }
  if (url.protocol !== 'https:') return {error: 'Chỉ nhận địa chỉ trang web bắt đầu bằng https://'}
  if (url.username || url.password) return {error: 'Địa chỉ không được chứa tên đăng nhập hay mật khẩu.'}
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) || /^\d+(\.\d+)+$/.test(url.hostname)) {
    return {error: 'Địa chỉ chưa có tên miền hợp lệ, ví dụ: https://shopee.vn/ten-gian-hang'}
  }
  if (isRedirector(url)) return {error: REDIRECTOR_ERROR}
  return {url: url.href}
}

/** A link of a kind: phone numbers become tel: links, web addresses must belong to the kind's site. */
export function checkLink(kind: string, raw: string): {url: string} | {error: string} {
  if (kind === 'phone') {
    if (!isVietnamesePhone(raw)) return {error: 'Số điện thoại chưa đúng, ví dụ: 0912 345 678 hoặc 024 3825 1234.'}
    return {url: `tel:${raw.replace(/[\s.()-]/g, '')}`}
  }
  if (raw.length > LIMITS.link) return {error: `Địa chỉ dài quá ${LIMITS.link} ký tự.`}
  const checked = checkWebAddress(raw)
  if ('error' in checked) return checked
  const hosts = KIND_HOSTS[kind as ShopLinkKind]
  const host = new URL(checked.url).hostname.toLowerCase()
  if (hosts && !hosts.some((allowed) => onHost(host, allowed))) {
    return {error: `Đây không phải địa chỉ ${kindTitle(kind)} (${hosts[0]}). Hãy chọn đúng kênh hoặc sửa địa chỉ.`}
  }
  return checked
}

/** The link as the form shows it: a phone number without its tel: prefix. */
export function linkForForm(url: string): string {
  return url.startsWith('tel:') ? url.slice(4) : url
}

function checkLength(values: FormValues, errors: FormErrors, field: string, label: string): string {
  const value = clean(values[field])
  if (value.length > LIMITS[field]) errors[field] = `${label} dài quá ${LIMITS[field]} ký tự (đang có ${value.length}).`
  return value
}

function required(values: FormValues, errors: FormErrors, field: string, label: string, message: string): string {
  const value = checkLength(values, errors, field, label)
  if (!value && !errors[field]) errors[field] = message
  return value
}

/** Name, and a phone number or an e-mail address: all we ask of a person, to check the proposal with them. */
function checkContact(values: FormValues, errors: FormErrors): Contact {
  const name = required(values, errors, FIELDS.contactName, 'Họ và tên', 'Hãy nhập họ và tên người liên hệ.')
  const phone = checkLength(values, errors, FIELDS.contactPhone, 'Số điện thoại')
  const email = checkLength(values, errors, FIELDS.contactEmail, 'Thư điện tử')
  if (phone && !errors[FIELDS.contactPhone] && !isVietnamesePhone(phone)) {
    errors[FIELDS.contactPhone] = 'Số điện thoại chưa đúng, ví dụ: 0912 345 678 hoặc 024 3825 1234.'
  }
  if (email && !errors[FIELDS.contactEmail] && !EMAIL_PATTERN.test(email)) {
    errors[FIELDS.contactEmail] = 'Thư điện tử chưa đúng, ví dụ: ten@gmail.com'
  }
  if (!phone && !email) errors[FIELDS.contactPhone] = 'Hãy để lại số điện thoại hoặc thư điện tử để cán bộ liên hệ xác minh.'
  return {name, ...(phone ? {phone} : {}), ...(email ? {email} : {})}
}

/** Rows of links a form sent: every `kenh-N`/`lien-ket-N` pair, in order. */
export function linkRows(values: FormValues): {row: number; kind: string; url: string}[] {
  const rows: {row: number; kind: string; url: string}[] = []
  for (let row = 0; row < MAX_LINKS + EMPTY_LINK_ROWS; row++) {
    const kind = clean(values[linkKindField(row)])
    const url = clean(values[linkUrlField(row)])
    if (kind || url) rows.push({row, kind, url})
  }
  return rows
}

/** Checks the "Cập nhật liên kết cửa hàng" form. The target (product or producer) is checked by the caller. */
export function checkShopLinksForm(values: FormValues): FormCheck<ShopLinksProposal> {
  const errors: FormErrors = {}
  const target = clean(values[FIELDS.target])
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/.test(target)) errors[FIELDS.target] = 'Không rõ sản phẩm hoặc chủ thể cần cập nhật. Hãy mở lại mẫu từ trang sản phẩm.'
  const links: ProposedLink[] = []
  const seen = new Set<string>()
  for (const {row, kind, url} of linkRows(values)) {
    if (!url) continue
    const urlField = linkUrlField(row)
    if (!SHOP_LINK_KINDS.some((item) => item.value === kind)) {
      errors[linkKindField(row)] = 'Hãy chọn kênh bán hàng của liên kết này.'
      continue
    }
    const checked = checkLink(kind, url)
    if ('error' in checked) {
      errors[urlField] = checked.error
      continue
    }
    if (seen.has(checked.url)) {
      errors[urlField] = 'Liên kết này đã có ở dòng trên.'
      continue
    }
    seen.add(checked.url)
    links.push({kind: kind as ShopLinkKind, url: checked.url})
  }
  if (links.length === 0 && !Object.keys(errors).some((field) => field.startsWith('lien-ket-') || field.startsWith('kenh-'))) {
    errors[linkUrlField(0)] = 'Hãy nhập ít nhất một liên kết cửa hàng.'
  }
  if (links.length > MAX_LINKS) errors[linkUrlField(0)] = `Mỗi lần gửi tối đa ${MAX_LINKS} liên kết.`
  const contact = checkContact(values, errors)
  const message = checkLength(values, errors, FIELDS.message, 'Ghi chú')
  if (Object.keys(errors).length > 0) return {errors}
  return {errors, proposal: {kind: 'shopLinks', target, links, contact, ...(message ? {message} : {})}}
}

/** Checks the "Đăng ký điểm bán sản phẩm OCOP" form. */
export function checkPointOfSaleForm(values: FormValues): FormCheck<PointOfSaleProposal> {
  const errors: FormErrors = {}
  const name = required(values, errors, FIELDS.placeName, 'Tên điểm bán', 'Hãy nhập tên cửa hàng, siêu thị hoặc trung tâm.')
  const kind = clean(values[FIELDS.placeKind])
  if (!POINT_OF_SALE_KINDS.some((item) => item.value === kind)) errors[FIELDS.placeKind] = 'Hãy chọn loại điểm bán.'
  const address = required(values, errors, FIELDS.placeAddress, 'Địa chỉ', 'Hãy nhập số nhà, đường hoặc thôn để khách tìm đến.')
  const areaName = required(values, errors, FIELDS.placeArea, 'Xã, phường', 'Hãy nhập xã hoặc phường nơi có điểm bán.')
  const openingHours = required(values, errors, FIELDS.placeHours, 'Giờ mở cửa', 'Hãy nhập giờ mở cửa, ví dụ: 8:00–21:00 hằng ngày.')
  const phone = checkLength(values, errors, FIELDS.placePhone, 'Số điện thoại')
  if (phone && !errors[FIELDS.placePhone] && !isVietnamesePhone(phone)) {
    errors[FIELDS.placePhone] = 'Số điện thoại chưa đúng, ví dụ: 0912 345 678 hoặc 024 3825 1234.'
  }
  const websiteRaw = checkLength(values, errors, FIELDS.placeWebsite, 'Website')
  let website: string | undefined
  if (websiteRaw && !errors[FIELDS.placeWebsite]) {
    const checked = checkWebAddress(websiteRaw)
    if ('error' in checked) errors[FIELDS.placeWebsite] = checked.error
    else website = checked.url
  }
  const products = checkLength(values, errors, FIELDS.placeProducts, 'Sản phẩm')
  const contact = checkContact(values, errors)
  const message = checkLength(values, errors, FIELDS.message, 'Ghi chú')
  if (Object.keys(errors).length > 0) return {errors}
  const place = {
    name,
    kind: kind as PointOfSaleKind,
    address,
    areaName,
    openingHours,
    ...(phone ? {phone} : {}),
    ...(website ? {website} : {}),
    ...(products ? {products} : {}),
  }
  return {errors, proposal: {kind: 'pointOfSale', place, contact, ...(message ? {message} : {})}}
}

export function checkForm(kind: SubmissionKind, values: FormValues): FormCheck<Proposal> {
  return kind === 'shopLinks' ? checkShopLinksForm(values) : checkPointOfSaleForm(values)
}

export interface SubmissionDocument {
  _id: string
  _type: 'submission'
  kind: SubmissionKind
  status: 'open'
  receivedAt: string
  contact: Contact
  message?: string
  target?: {_type: 'reference'; _ref: string; _weak: true}
  shopLinks?: (ProposedLink & {_key: string; _type: 'shopLink'})[]
  pointOfSale?: PointOfSaleProposal['place']
}

/**
 * The draft `submission` document for a proposal (see schemas/documents/submission.ts): open,
 * under a `drafts.` id so that it is never public, links keyed as Sanity arrays need.
 */
export function submissionDocument(proposal: Proposal, {id, receivedAt, key}: {id: string; receivedAt: string; key: () => string}): SubmissionDocument {
  const common = {
    _id: `${SUBMISSION_ID_PREFIX}${id}`,
    _type: 'submission' as const,
    kind: proposal.kind,
    status: 'open' as const,
    receivedAt,
    contact: proposal.contact,
    ...(proposal.message ? {message: proposal.message} : {}),
  }
  if (proposal.kind === 'shopLinks') {
    return {
      ...common,
      target: {_type: 'reference' as const, _ref: proposal.target, _weak: true as const},
      shopLinks: proposal.links.map((link) => ({_key: key(), _type: 'shopLink' as const, ...link})),
    }
  }
  return {...common, pointOfSale: proposal.place}
}

/** The values a form starts from for a page's current links: one row each, then empty rows. */
export function valuesFromLinks(links: readonly {kind: string; url: string}[]): FormValues {
  const values: FormValues = {}
  links.slice(0, MAX_LINKS).forEach((link, row) => {
    values[linkKindField(row)] = link.kind
    values[linkUrlField(row)] = linkForForm(link.url)
  })
  return values
}

/** How many link rows a form shows: the rows filled in, then room for more. */
export function rowCount(values: FormValues): number {
  const filled = linkRows(values).filter((row) => row.url)
  const last = filled.length > 0 ? filled[filled.length - 1].row + 1 : 0
  return Math.min(MAX_LINKS + EMPTY_LINK_ROWS, last + EMPTY_LINK_ROWS)
}

/** Labels of every field, for the error summary. */
export function fieldLabels(values: FormValues): Record<string, string> {
  const labels: Record<string, string> = {
    [FIELDS.target]: 'Sản phẩm hoặc chủ thể',
    [FIELDS.contactName]: 'Họ và tên',
    [FIELDS.contactPhone]: 'Số điện thoại liên hệ',
    [FIELDS.contactEmail]: 'Thư điện tử liên hệ',
    [FIELDS.message]: 'Ghi chú',
    [FIELDS.placeName]: 'Tên điểm bán',
    [FIELDS.placeKind]: 'Loại điểm bán',
    [FIELDS.placeAddress]: 'Địa chỉ',
    [FIELDS.placeArea]: 'Xã, phường',
    [FIELDS.placeHours]: 'Giờ mở cửa',
    [FIELDS.placePhone]: 'Điện thoại của điểm bán',
    [FIELDS.placeWebsite]: 'Website',
    [FIELDS.placeProducts]: 'Sản phẩm bày bán',
  }
  for (let row = 0; row < rowCount(values); row++) {
    labels[linkKindField(row)] = `Kênh của liên kết ${row + 1}`
    labels[linkUrlField(row)] = `Liên kết ${row + 1}`
  }
  return labels
}
