import {createClient, type SanityClient} from '@sanity/client'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {applySubmission, InboxError, rejectSubmission} from '../../studio/inbox/apply'
import {compareLinks, matchArea, similarPlaces} from '../../studio/inbox/compare'
import {startSanityApiDouble, type SanityApiDouble, type SanityDocument} from '../support/sanity-api-double'

/** Applying and rejecting submissions from the site's forms, with the real client against the API double. */

const WRITE_TOKEN = 'test-write-token-for-the-inbox'
const NOW = new Date('2026-11-25T03:04:05.000Z')
const EDITOR = {id: 'p-editor', name: 'Nguyễn Thị Biên Tập'}

const doc = (id: string, type: string, fields: Record<string, unknown> = {}): SanityDocument => ({
  _id: id,
  _type: type,
  _createdAt: '2026-10-01T02:00:00Z',
  _updatedAt: '2026-11-20T02:00:00Z',
  _rev: `rev-${id}`,
  ...fields,
})

const link = (key: string, kind: string, url: string, label?: string) => ({_key: key, _type: 'shopLink', kind, url, ...(label ? {label} : {})})
const SHOPEE = link('shopee1', 'shopee', 'https://shopee.vn/banh-chung-tranh-khuc')
const FACEBOOK = link('fb1', 'facebook', 'https://facebook.com/banhchungtranhkhuc')
const ZALO = link('zalo1', 'zalo', 'https://zalo.me/0912345678', 'Đặt bánh qua Zalo')

const PRODUCT = doc('product-banh-chung', 'product', {
  name: 'Bánh chưng Tranh Khúc',
  slug: {_type: 'slug', current: 'banh-chung-tranh-khuc'},
  group: 'thuc-pham',
  producer: {_type: 'reference', _ref: 'producer-htx-tranh-khuc'},
  area: {_type: 'reference', _ref: 'area-ngoc-hoi'},
  summary: 'Bánh chưng gói lá dong, luộc mười tiếng.',
  shopLinks: [SHOPEE, FACEBOOK],
})

const submission = (id: string, fields: Record<string, unknown>) =>
  doc(`drafts.submission-${id}`, 'submission', {status: 'open', receivedAt: '2026-11-24T08:00:00Z', contact: {name: 'Chị Lan', phone: '0912345678'}, ...fields})

const linksSubmission = (id: string, target: string, shopLinks = [SHOPEE, ZALO]) =>
  submission(id, {kind: 'shopLinks', target: {_type: 'reference', _ref: target, _weak: true}, shopLinks})

const placeSubmission = (id: string, pointOfSale: Record<string, unknown>) => submission(id, {kind: 'pointOfSale', pointOfSale})

const DOCUMENTS: SanityDocument[] = [
  PRODUCT,
  doc('product-gio-cha', 'product', {name: 'Giò chả Ước Lễ', group: 'thuc-pham', shopLinks: [SHOPEE]}),
  doc('drafts.product-gio-cha', 'product', {name: 'Giò chả Ước Lễ (đang sửa)', group: 'thuc-pham', summary: 'Bản nháp chưa duyệt.', shopLinks: [SHOPEE]}),
  doc('producer-htx-tranh-khuc', 'producer', {name: 'HTX Bánh chưng Tranh Khúc', kind: 'hop-tac-xa', links: [FACEBOOK]}),
  doc('area-bat-trang', 'area', {name: 'Bát Tràng', kind: 'xa'}),
  doc('area-son-dong-xa', 'area', {name: 'Sơn Đồng', kind: 'xa'}),
  doc('area-son-dong-phuong', 'area', {name: 'Sơn Đồng', kind: 'phuong'}),
  doc('pos-cho-gom', 'pointOfSale', {name: 'Cửa hàng gốm Bát Tràng', slug: {_type: 'slug', current: 'cua-hang-gom-bat-trang'}}),
  linksSubmission('published-only', 'product-banh-chung'),
  linksSubmission('with-draft', 'product-gio-cha', [ZALO]),
  linksSubmission('producer', 'producer-htx-tranh-khuc', [FACEBOOK, ZALO]),
  linksSubmission('deleted-target', 'product-da-xoa'),
  placeSubmission('place', {
    name: 'Cửa hàng gốm Bát Tràng',
    kind: 'cua-hang',
    address: 'Số 5, thôn Giang Cao',
    areaName: 'xã  BAT TRANG',
    openingHours: '8:00–18:00, tất cả các ngày',
    phone: '0243 874 1111',
    website: 'https://gombattrang.example.vn',
    products: 'Bình gốm men lam, ấm chén men rạn',
  }),
  placeSubmission('place-ambiguous', {name: 'Tượng gỗ Sơn Đồng', kind: 'lang-nghe', address: 'Thôn Sơn Đồng', areaName: 'Sơn Đồng', openingHours: '8:00–17:00'}),
  placeSubmission('place-phuong', {name: 'Tượng gỗ Sơn Đồng', kind: 'lang-nghe', address: 'Phố Sơn Đồng', areaName: 'Phường Sơn Đồng', openingHours: '8:00–17:00'}),
  placeSubmission('place-unknown', {name: 'Gian hàng Hà Nội xưa', kind: 'cua-hang', address: 'Phố cổ', areaName: 'quận Hoàn Kiếm cũ', openingHours: '9:00–21:00'}),
]

let lake: SanityApiDouble
let client: SanityClient

beforeEach(async () => {
  lake = await startSanityApiDouble({documents: DOCUMENTS, writeToken: WRITE_TOKEN})
  client = createClient({projectId: 'ocophanoi', dataset: 'production', apiVersion: '2026-11-01', useCdn: false, useProjectHostname: false, apiHost: lake.url, token: WRITE_TOKEN, maxRetries: 0})
})
afterEach(() => lake.close())

const stored = (id: string) => lake.documents().find((document) => document._id === id)
/** Every document without the system fields a write refreshes, to compare datasets before and after. */
const snapshot = () => lake.documents()
const apply = (id: string) => applySubmission(client, `drafts.submission-${id}`, {user: EDITOR, now: NOW})

describe('applying new shop links', () => {
  it('puts the proposed links into a new draft of a published product, with all its other fields, and marks the submission applied', async () => {
    const applied = await apply('published-only')

    expect(applied).toEqual({type: 'product', id: 'product-banh-chung', draftId: 'drafts.product-banh-chung', title: 'Bánh chưng Tranh Khúc'})
    const {_rev, _createdAt, _updatedAt, shopLinks, ...publishedFields} = PRODUCT
    expect(stored('drafts.product-banh-chung')).toMatchObject({...publishedFields, _id: 'drafts.product-banh-chung', shopLinks: [SHOPEE, ZALO]})
    // The live page does not change until an editor publishes the draft.
    expect(stored('product-banh-chung')).toEqual(expect.objectContaining({shopLinks: [SHOPEE, FACEBOOK], _rev: PRODUCT._rev}))
    expect(stored('drafts.submission-published-only')).toMatchObject({status: 'applied', handledAt: NOW.toISOString(), handledBy: 'Nguyễn Thị Biên Tập'})
  })

  it('keeps the edits of a product draft that already exists and replaces only its links', async () => {
    await apply('with-draft')

    expect(stored('drafts.product-gio-cha')).toMatchObject({name: 'Giò chả Ước Lễ (đang sửa)', summary: 'Bản nháp chưa duyệt.', shopLinks: [ZALO]})
    expect(stored('product-gio-cha')).toMatchObject({name: 'Giò chả Ước Lễ', shopLinks: [SHOPEE]})
  })

  it('keeps the label and key of a link the product already has, as the forms send no labels', async () => {
    const unlabelled = {_key: 'from-the-form', _type: 'shopLink', kind: 'zalo', url: 'https://zalo.me/0912345678'}
    const labelled = doc('product-tra', 'product', {name: 'Trà sen', shopLinks: [ZALO]})
    const local = await startSanityApiDouble({documents: [labelled, linksSubmission('labels', 'product-tra', [unlabelled, SHOPEE])], writeToken: WRITE_TOKEN})
    try {
      const localClient = client.withConfig({apiHost: local.url})
      await applySubmission(localClient, 'drafts.submission-labels', {user: EDITOR, now: NOW})
      expect(local.documents().find((document) => document._id === 'drafts.product-tra')?.shopLinks).toEqual([ZALO, SHOPEE])
    } finally {
      await local.close()
    }
  })

  it('writes a producer’s links into its "links" field', async () => {
    const applied = await apply('producer')

    expect(applied).toMatchObject({type: 'producer', draftId: 'drafts.producer-htx-tranh-khuc', title: 'HTX Bánh chưng Tranh Khúc'})
    const draft = stored('drafts.producer-htx-tranh-khuc')
    expect(draft).toMatchObject({name: 'HTX Bánh chưng Tranh Khúc', kind: 'hop-tac-xa', links: [FACEBOOK, ZALO]})
    expect(draft).not.toHaveProperty('shopLinks')
  })

  it('refuses to apply a submission a second time and writes nothing', async () => {
    await apply('published-only')
    const before = snapshot()

    await expect(apply('published-only')).rejects.toThrow(new InboxError('Đề xuất này đã được áp dụng (Nguyễn Thị Biên Tập), không xử lý lại được.'))
    expect(snapshot()).toEqual(before)
  })

  it('lets only one of two editors applying at the same moment through', async () => {
    const results = await Promise.allSettled([apply('with-draft'), apply('with-draft')])

    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
    const failure = results.find((result) => result.status === 'rejected')
    expect(failure?.reason).toBeInstanceOf(InboxError)
    expect(stored('drafts.product-gio-cha')?.shopLinks).toEqual([ZALO])
  })

  it('explains that the product is gone, and writes nothing, when the target no longer exists', async () => {
    const before = snapshot()

    await expect(apply('deleted-target')).rejects.toThrow(/không còn trong hệ thống.*Chưa có gì được ghi/)
    expect(snapshot()).toEqual(before)
    expect(stored('drafts.submission-deleted-target')).toMatchObject({status: 'open'})
  })
})

describe('applying a point of sale', () => {
  it('creates a point of sale draft in the commune named by the sender and links the submission to it', async () => {
    const applied = await apply('place')

    expect(applied).toMatchObject({type: 'pointOfSale', id: expect.stringMatching(/^pointOfSale-[0-9a-f-]{36}$/), title: 'Cửa hàng gốm Bát Tràng', areaMatched: true})
    expect(applied.draftId).toBe(`drafts.${applied.id}`)
    const place = stored(applied.draftId)
    expect(place).toEqual(
      expect.objectContaining({
        _type: 'pointOfSale',
        name: 'Cửa hàng gốm Bát Tràng',
        // Another point of sale already has the plain slug.
        slug: {_type: 'slug', current: 'cua-hang-gom-bat-trang-2'},
        kind: 'cua-hang',
        address: 'Số 5, thôn Giang Cao',
        area: {_type: 'reference', _ref: 'area-bat-trang'},
        openingHours: '8:00–18:00, tất cả các ngày',
        phone: '0243 874 1111',
        description: 'Sản phẩm OCOP bày bán: Bình gốm men lam, ấm chén men rạn\n\nWebsite: https://gombattrang.example.vn',
      }),
    )
    expect(stored(applied.id)).toBeUndefined()
    expect(stored('drafts.submission-place')).toMatchObject({
      status: 'applied',
      handledAt: NOW.toISOString(),
      handledBy: 'Nguyễn Thị Biên Tập',
      createdPointOfSale: {_type: 'reference', _ref: applied.id, _weak: true},
    })
  })

  it('leaves the commune for the editor to choose when the name fits two communes or none', async () => {
    const ambiguous = await apply('place-ambiguous')
    const unknown = await apply('place-unknown')

    expect(ambiguous.areaMatched).toBe(false)
    expect(stored(ambiguous.draftId)).not.toHaveProperty('area')
    expect(unknown.areaMatched).toBe(false)
    expect(stored(unknown.draftId)).not.toHaveProperty('area')
    expect(stored(unknown.draftId)).toMatchObject({name: 'Gian hàng Hà Nội xưa', slug: {current: 'gian-hang-ha-noi-xua'}})
  })

  it('tells a phường from a xã of the same name when the sender wrote which', async () => {
    const applied = await apply('place-phuong')

    expect(stored(applied.draftId)).toMatchObject({area: {_ref: 'area-son-dong-phuong'}})
  })
})

describe('rejecting', () => {
  it('stores the reason, who rejected and when', async () => {
    await rejectSubmission(client, 'drafts.submission-producer', {reason: '  Trang Zalo không phải của hợp tác xã. ', user: EDITOR, now: NOW})

    expect(stored('drafts.submission-producer')).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Trang Zalo không phải của hợp tác xã.',
      handledAt: NOW.toISOString(),
      handledBy: 'Nguyễn Thị Biên Tập',
    })
    expect(stored('drafts.producer-htx-tranh-khuc')).toBeUndefined()
    await expect(apply('producer')).rejects.toThrow('Đề xuất này đã bị từ chối (Nguyễn Thị Biên Tập), không xử lý lại được.')
  })

  it('asks for a reason and writes nothing without one', async () => {
    const before = snapshot()

    await expect(rejectSubmission(client, 'drafts.submission-producer', {reason: '   ', user: EDITOR, now: NOW})).rejects.toThrow('Hãy ghi lý do từ chối.')
    expect(snapshot()).toEqual(before)
  })
})

describe('comparing', () => {
  it('marks links added, removed or unchanged by channel and address, whatever their labels', () => {
    const changes = compareLinks([SHOPEE, FACEBOOK], [{...SHOPEE, label: 'Gian hàng chính hãng'}, ZALO])

    expect(changes.current.map(({link, change}) => [link.kind, change])).toEqual([['shopee', 'unchanged'], ['facebook', 'removed']])
    expect(changes.proposed.map(({link, change}) => [link.kind, change])).toEqual([['shopee', 'unchanged'], ['zalo', 'added']])
  })

  it('finds a commune however the sender wrote it', () => {
    const areas = [
      {_id: 'area-bat-trang', name: 'Bát Tràng', kind: 'xa'},
      {_id: 'area-hoa-lac', name: 'Hòa Lạc', kind: 'xa'},
      {_id: 'area-dan-phuong', name: 'Đan Phượng', kind: 'xa'},
      {_id: 'area-phuong-liet', name: 'Phương Liệt', kind: 'phuong'},
    ]
    for (const written of ['Bát Tràng', 'xã Bát Tràng', 'XÃ BÁT TRÀNG', 'bat trang', ' Xa Bat-Trang ']) {
      expect(matchArea(areas, written), written).toEqual({status: 'matched', area: areas[0]})
    }
    // The older spelling puts the tone mark on the other vowel.
    expect(matchArea(areas, 'Hoà Lạc')).toMatchObject({status: 'matched', area: {_id: 'area-hoa-lac'}})
    expect(matchArea(areas, 'dan phuong')).toMatchObject({status: 'matched', area: {_id: 'area-dan-phuong'}})
    expect(matchArea(areas, 'phường Phương Liệt')).toMatchObject({status: 'matched', area: {_id: 'area-phuong-liet'}})
    expect(matchArea(areas, 'Phuong Liet')).toMatchObject({status: 'matched', area: {_id: 'area-phuong-liet'}})
    expect(matchArea(areas, 'Gia Lâm')).toEqual({status: 'none'})
    expect(matchArea(areas, '')).toEqual({status: 'none'})
  })

  it('flags an existing point of sale with a similar name or the same phone as a possible duplicate', () => {
    const places = [
      {_id: 'pos-lua', name: 'Cửa hàng lụa đầu làng Vạn Phúc', phone: '0243 382 5678'},
      {_id: 'pos-gom', name: 'Điểm bán sản phẩm OCOP chợ gốm Bát Tràng', phone: '0243 874 2215'},
      {_id: 'pos-sua', name: 'Cửa hàng sữa Ba Vì'},
    ]
    expect(similarPlaces({name: 'Cửa hàng Lụa Vạn Phúc'}, places).map((place) => place._id)).toEqual(['pos-lua'])
    expect(similarPlaces({name: 'Gốm Minh Lam', phone: '+84 243 874 2215'}, places).map((place) => place._id)).toEqual(['pos-gom'])
    expect(similarPlaces({name: 'Cửa hàng mật ong Ba Vì'}, places)).toEqual([])
  })
})
