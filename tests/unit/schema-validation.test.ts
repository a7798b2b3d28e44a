import {createClient, type SanityClient} from '@sanity/client'
import {validateDocumentWithWorkspace, type DocumentValidationMarker, type ValidationSource} from '@sanity/validation'
import {createSchema, type SanityDocument} from 'sanity'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {certificateExpiry, todayInHanoi, addMonths} from '../../schemas/lib/dates'
import {schemaTypes} from '../../schemas'
import {startSanityApiDouble, type SanityApiDouble} from '../support/sanity-api-double'

const schema = createSchema({name: 'default', types: schemaTypes})

const ref = (id: string) => ({_type: 'reference', _ref: id})
const key = (n: number) => `k${n}`
const slug = (current: string) => ({_type: 'slug', current})
const image = (alt?: string) => ({_key: key(1), _type: 'accessibleImage', asset: ref('image-abc123-800x600-png'), ...(alt === undefined ? {} : {alt})})
const block = (text: string, href?: string) => ({
  _key: key(2),
  _type: 'block',
  style: 'normal',
  markDefs: href ? [{_key: 'l1', _type: 'link', href}] : [],
  children: [{_key: key(3), _type: 'span', text, marks: href ? ['l1'] : []}],
})

const meta = {_createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: 'r1'}

/** Documents already in the dataset: references point at them and slugs collide with them. */
const existing: SanityDocument[] = [
  {_id: 'area-bat-trang', _type: 'area', name: 'Bát Tràng', kind: 'xa', formerDistrict: 'Gia Lâm'},
  {_id: 'producer-gom', _type: 'producer', name: 'Công ty TNHH Gốm sứ Minh Lam', slug: slug('gom-su-minh-lam'), kind: 'doanh-nghiep', area: ref('area-bat-trang')},
  {_id: 'product-binh-gom', _type: 'product', name: 'Bình gốm men lam vẽ tay', slug: slug('binh-gom-men-lam-ve-tay'), previousSlugs: ['binh-gom-men-lam']},
  {_id: 'image-abc123-800x600-png', _type: 'sanity.imageAsset', url: 'https://cdn.example/image.png'},
].map((doc) => ({...meta, ...doc}))

const decisionDate = addMonths(todayInHanoi(), -6)
const valid: Record<string, SanityDocument> = {
  product: {
    ...meta,
    _id: 'drafts.product-new',
    _type: 'product',
    name: 'Ấm chén men rạn',
    slug: slug('am-chen-men-ran'),
    group: 'thu-cong-my-nghe',
    producer: ref('producer-gom'),
    area: ref('area-bat-trang'),
    ocop: {stars: 4, decisionNumber: '5162/QĐ-UBND', decisionDate, issuer: 'ubnd-ha-noi', expiresOn: certificateExpiry(decisionDate)},
    summary: 'Bộ ấm chén men rạn nung củi, nước men mịn và vết rạn đều.',
    images: [image('Bộ ấm chén men rạn màu ngà trên khay gỗ')],
    story: [block('Men rạn được tạo khi nung, lúc lò nguội dần.', 'https://battrang.example/men-ran')],
    shopLinks: [{_key: key(4), _type: 'shopLink', kind: 'shopee', url: 'https://shopee.vn/gom-minh-lam'}],
  },
  event: {
    ...meta,
    _id: 'drafts.event-new',
    _type: 'event',
    title: 'Hội chợ sản phẩm OCOP Hà Nội',
    slug: slug('hoi-cho-ocop-ha-noi'),
    kind: 'hoi-cho',
    startsAt: '2027-03-10T01:00:00Z',
    endsAt: '2027-03-14T14:00:00Z',
    registrationDeadline: '2027-02-28T10:00:00Z',
    venue: {_type: 'venue', name: 'Cung Văn hóa Hữu nghị Việt Xô'},
    organiser: 'Sở Công Thương Hà Nội',
    summary: 'Năm ngày trưng bày và bán sản phẩm OCOP của các xã, phường Hà Nội.',
  },
  training: {
    ...meta,
    _id: 'drafts.training-new',
    _type: 'training',
    title: 'Bán hàng trên sàn thương mại điện tử',
    slug: slug('ban-hang-tren-san-thuong-mai-dien-tu'),
    topic: 'Thương mại điện tử',
    audience: 'Chủ thể OCOP 3 sao trở lên',
    startsAt: '2027-04-05T01:30:00Z',
    endsAt: '2027-04-05T09:30:00Z',
    onlineUrl: 'https://hop.example/lop-tmdt',
    fee: 0,
    registrationDeadline: '2027-04-01T10:00:00Z',
    contactPhone: '024 3825 1234',
    summary: 'Một ngày học cách mở gian hàng, chụp ảnh sản phẩm và trả lời khách.',
  },
  craftVillage: {
    ...meta,
    _id: 'drafts.village-new',
    _type: 'craftVillage',
    name: 'Làng nón Chuông',
    slug: slug('lang-non-chuong'),
    area: ref('area-bat-trang'),
    crafts: 'Nón lá',
    summary: 'Làng làm nón lá.',
    visit: {marketDays: {name: 'Chợ Chuông', lunarDays: [4, 10, 14, 20, 24, 30], opens: '05:00', closes: '12:00'}},
  },
}

let double: SanityApiDouble
let client: SanityClient

beforeAll(async () => {
  double = await startSanityApiDouble({documents: existing})
  client = createClient({
    projectId: double.projectId,
    dataset: double.dataset,
    apiVersion: '2026-11-01',
    apiHost: double.url,
    useProjectHostname: false,
    useCdn: false,
  })
})
afterAll(() => double?.close())

/**
 * Validates as the Studio does. `validateDocument` validates as the CLI does, which downgrades
 * every custom rule on an object-typed field (slug, venue…) to a warning in @sanity/validation 6.16.
 */
async function markersOf(document: SanityDocument): Promise<DocumentValidationMarker[]> {
  const ids = new Set(double.documents().map((doc) => doc._id))
  // i18n is left to the library's English fallback; every message under test is our own Vietnamese.
  const workspace = {schema, getClient: () => client} as unknown as ValidationSource
  return validateDocumentWithWorkspace({
    document,
    workspace,
    environment: 'studio',
    getDocumentExists: async ({id}) => ids.has(id),
  })
}

const pathOf = (marker: DocumentValidationMarker) =>
  marker.path.map((part) => (typeof part === 'object' && part !== null && '_key' in part ? `[${part._key}]` : String(part))).join('.')

/** Applies a change to a copy of a valid document. */
function variant(type: keyof typeof valid, change: (doc: Record<string, any>) => void): SanityDocument {
  const doc = structuredClone(valid[type]) as Record<string, any>
  change(doc)
  return doc as SanityDocument
}

describe('valid documents', () => {
  it.each(Object.keys(valid))('a complete %s has no errors and no warnings', async (type) => {
    expect(await markersOf(valid[type])).toEqual([])
  })
})

interface Case {
  rule: string
  document: () => SanityDocument
  path: string
  level: 'error' | 'warning'
  message: string | RegExp
}

const cases: Case[] = [
  {rule: 'a lunar day is 1 to 30', document: () => variant('craftVillage', (d) => (d.visit.marketDays.lunarDays = [4, 31])), path: 'visit.marketDays.lunarDays', level: 'error', message: 'Ngày âm lịch phải là số nguyên từ 1 đến 30.'},
  {rule: 'a lunar day is entered once', document: () => variant('craftVillage', (d) => (d.visit.marketDays.lunarDays = [4, 4])), path: 'visit.marketDays.lunarDays', level: 'error', message: 'Mỗi ngày chỉ nhập một lần.'},
  {rule: 'a market opens at HH:MM', document: () => variant('craftVillage', (d) => (d.visit.marketDays.opens = '5h')), path: 'visit.marketDays.opens', level: 'error', message: 'Hãy nhập giờ dạng GG:PP, ví dụ 05:00.'},
  {rule: 'a market closes after it opens', document: () => variant('craftVillage', (d) => (d.visit.marketDays.closes = '04:00')), path: 'visit.marketDays.closes', level: 'error', message: 'Giờ tan phải sau giờ họp.'},
  {rule: '2 stars are not an OCOP rating', document: () => variant('product', (d) => (d.ocop.stars = 2)), path: 'ocop.stars', level: 'error', message: 'Hãy chọn số sao: 3, 4 hoặc 5, như trong quyết định công nhận.'},
  {rule: 'the stars must be chosen', document: () => variant('product', (d) => delete d.ocop.stars), path: 'ocop.stars', level: 'error', message: 'Hãy chọn số sao: 3, 4 hoặc 5, như trong quyết định công nhận.'},
  {rule: '6 stars are not an OCOP rating', document: () => variant('product', (d) => (d.ocop.stars = 6)), path: 'ocop.stars', level: 'error', message: 'Hãy chọn số sao: 3, 4 hoặc 5, như trong quyết định công nhận.'},
  {
    rule: 'an event cannot end before it starts',
    document: () => variant('event', (d) => (d.endsAt = '2027-03-09T10:00:00Z')),
    path: 'endsAt',
    level: 'error',
    message: 'Thời điểm kết thúc không được trước thời điểm bắt đầu.',
  },
  {
    rule: 'a training cannot end before it starts',
    document: () => variant('training', (d) => (d.endsAt = '2027-04-04T09:30:00Z')),
    path: 'endsAt',
    level: 'error',
    message: 'Thời điểm kết thúc không được trước thời điểm bắt đầu.',
  },
  {
    rule: 'event registration cannot close after the start',
    document: () => variant('event', (d) => (d.registrationDeadline = '2027-03-11T10:00:00Z')),
    path: 'registrationDeadline',
    level: 'error',
    message: 'Hạn đăng ký không được sau thời điểm bắt đầu.',
  },
  {
    rule: 'training registration cannot close after the start',
    document: () => variant('training', (d) => (d.registrationDeadline = '2027-04-06T10:00:00Z')),
    path: 'registrationDeadline',
    level: 'error',
    message: 'Hạn đăng ký không được sau thời điểm bắt đầu.',
  },
  {
    rule: 'a javascript: shop link is refused',
    document: () => variant('product', (d) => (d.shopLinks[0].url = 'javascript:alert(1)')),
    path: 'shopLinks.[k4].url',
    level: 'error',
    message: 'Liên kết chỉ được bắt đầu bằng http://, https://, mailto: hoặc tel:.',
  },
  {
    rule: 'an http:// shop link is refused: shop links are https only, as in the site\'s forms',
    document: () => variant('product', (d) => (d.shopLinks[0].url = 'http://shopee.vn/gom-minh-lam')),
    path: 'shopLinks.[k4].url',
    level: 'error',
    message: 'Chỉ nhận địa chỉ trang web bắt đầu bằng https://',
  },
  {
    rule: 'a shortened shop link is refused, asking for the shop\'s own address',
    document: () => variant('product', (d) => (d.shopLinks[0].url = 'https://shp.ee/abc123')),
    path: 'shopLinks.[k4].url',
    level: 'error',
    message: 'Hãy dán địa chỉ trực tiếp của cửa hàng (bắt đầu bằng https://), không dùng liên kết rút gọn hoặc chuyển hướng như shp.ee, fb.me.',
  },
  {
    rule: 'a data: link in the story is refused',
    document: () => variant('product', (d) => (d.story[0].markDefs[0].href = 'data:text/html,<script>alert(1)</script>')),
    path: 'story.[k2].markDefs.[l1].href',
    level: 'error',
    message: 'Liên kết chỉ được bắt đầu bằng http://, https://, mailto: hoặc tel:.',
  },
  {
    rule: 'a phone shop link must use tel:',
    document: () => variant('product', (d) => (d.shopLinks[0] = {...d.shopLinks[0], kind: 'phone', url: 'https://0912345678.example'})),
    path: 'shopLinks.[k4].url',
    level: 'error',
    message: 'Số điện thoại ghi dạng tel:0912345678.',
  },
  {
    rule: 'an image needs alt text',
    document: () => variant('product', (d) => (d.images = [image()])),
    path: 'images.[k1].alt',
    level: 'error',
    message: 'Hãy nhập mô tả ảnh: người khiếm thị và công cụ tìm kiếm cần nó.',
  },
  {
    rule: 'a slug used by another product is refused, naming that product',
    document: () => variant('product', (d) => (d.slug = slug('binh-gom-men-lam-ve-tay'))),
    path: 'slug',
    level: 'error',
    message: 'Đường dẫn "binh-gom-men-lam-ve-tay" đã được dùng cho "Bình gốm men lam vẽ tay". Hãy sửa cho khác, ví dụ thêm tên làng hoặc xã.',
  },
  {
    rule: 'a slug that still redirects to another product is refused, naming that product',
    document: () => variant('product', (d) => (d.slug = slug('binh-gom-men-lam'))),
    path: 'slug',
    level: 'error',
    message: 'Đường dẫn "binh-gom-men-lam" là địa chỉ cũ của "Bình gốm men lam vẽ tay" và vẫn dẫn tới trang đó. Hãy chọn đường dẫn khác.',
  },
  {
    rule: 'a previous slug that is another product’s address is refused, naming that product',
    document: () => variant('product', (d) => (d.previousSlugs = ['am-chen-cu', 'binh-gom-men-lam-ve-tay'])),
    path: 'previousSlugs',
    level: 'error',
    message: 'Địa chỉ cũ "binh-gom-men-lam-ve-tay" đang là đường dẫn của "Bình gốm men lam vẽ tay": một địa chỉ không thể dẫn tới hai trang.',
  },
  {
    rule: 'a previous slug that already redirects to another product is refused',
    document: () => variant('product', (d) => (d.previousSlugs = ['binh-gom-men-lam'])),
    path: 'previousSlugs',
    level: 'error',
    message: 'Địa chỉ cũ "binh-gom-men-lam" cũng là địa chỉ cũ của "Bình gốm men lam vẽ tay": một địa chỉ không thể dẫn tới hai trang.',
  },
  {
    rule: 'the current slug is not also a previous one',
    document: () => variant('product', (d) => (d.previousSlugs = ['am-chen-men-ran'])),
    path: 'previousSlugs',
    level: 'error',
    message: '"am-chen-men-ran" đang là đường dẫn hiện tại, không phải địa chỉ cũ.',
  },
  {
    rule: 'a slug with diacritics or capitals is refused',
    document: () => variant('product', (d) => (d.slug = slug('Bánh-Chưng'))),
    path: 'slug',
    level: 'error',
    message: 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: banh-chung-tranh-khuc.',
  },
  {
    rule: 'an expired certificate is flagged',
    document: () =>
      variant('product', (d) => {
        d.ocop.decisionDate = '2022-06-10'
        d.ocop.expiresOn = '2025-06-10'
      }),
    path: 'ocop.expiresOn',
    level: 'warning',
    message: 'Chứng nhận đã hết hiệu lực từ 10/06/2025: website sẽ ghi "hết hiệu lực".',
  },
  {
    rule: 'an expiry other than 36 months is questioned',
    document: () => variant('product', (d) => (d.ocop.expiresOn = addMonths(d.ocop.decisionDate, 24))),
    path: 'ocop.expiresOn',
    level: 'warning',
    message: /^Khác thời hạn 36 tháng thông thường/,
  },
  {
    rule: 'a decision date in the future is refused',
    document: () => variant('product', (d) => (d.ocop.decisionDate = addMonths(todayInHanoi(), 1))),
    path: 'ocop.decisionDate',
    level: 'error',
    message: 'Ngày quyết định không thể ở tương lai.',
  },
  {
    rule: 'a product needs a producer',
    document: () => variant('product', (d) => delete d.producer),
    path: 'producer',
    level: 'error',
    message: 'Hãy chọn chủ thể làm ra sản phẩm.',
  },
  {
    rule: 'a long summary gets a warning, not an error',
    document: () => variant('product', (d) => (d.summary = 'Gốm men rạn. '.repeat(20))),
    path: 'summary',
    level: 'warning',
    message: 'Tóm tắt nên dưới 200 ký tự để hiện trọn trên điện thoại.',
  },
  {
    rule: 'a training needs a place or an online link',
    document: () => variant('training', (d) => delete d.onlineUrl),
    path: 'venue',
    level: 'error',
    message: 'Hãy nhập địa điểm hoặc liên kết học trực tuyến.',
  },
  {
    rule: 'a phone number must be Vietnamese',
    document: () => variant('training', (d) => (d.contactPhone = '12345')),
    path: 'contactPhone',
    level: 'error',
    message: 'Số điện thoại chưa đúng, ví dụ: 0912 345 678 hoặc 024 3825 1234.',
  },
]

describe('each rule, in Vietnamese', () => {
  it.each(cases)('$rule', async ({document, path, level, message}) => {
    const markers = await markersOf(document())
    const atPath = markers.filter((marker) => pathOf(marker) === path)
    expect(atPath, JSON.stringify(markers.map((m) => [pathOf(m), m.level, m.message]))).toContainEqual(
      expect.objectContaining({level, message: typeof message === 'string' ? message : expect.stringMatching(message)}),
    )
    // One message says it: no second one in English or repeating it (a list's implied rule).
    expect(atPath.filter((marker) => marker.level === level)).toHaveLength(1)
    // Nothing else is wrong with the document: each case breaks one rule.
    expect(markers.filter((marker) => marker.level === 'error' && pathOf(marker) !== path)).toEqual([])
  })
})
