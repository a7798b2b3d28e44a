/** The site settings singleton and the drafts (which must never reach the site). */
import {articleDoc} from './articles.ts'
import {EVENTS, eventDoc} from './events.ts'
import {refs, type Doc} from './lib.ts'

export const siteSettings: Doc = {
  _id: 'siteSettings',
  _type: 'siteSettings',
  title: 'OCOP Hà Nội',
  tagline: 'Sản phẩm OCOP của các xã, phường Hà Nội và nơi mua',
  description: 'Danh mục sản phẩm OCOP 3, 4 và 5 sao của Hà Nội: chủ thể, làng nghề, điểm bán, hội chợ và lớp tập huấn, do Sở Công Thương Hà Nội cập nhật.',
  contact: {
    organisation: 'Sở Công Thương Hà Nội',
    address: 'Số 331 đường Cầu Giấy, phường Cầu Giấy, Hà Nội',
    phone: '024 3833 6452',
    email: 'ocop.socongthuong@hanoi.gov.vn',
  },
  hotline: '024 3833 6455',
  ownerAgency: 'Sở Công Thương thành phố Hà Nội',
  contentResponsibility: 'Giám đốc Sở Công Thương Hà Nội',
  reuseLicence:
    'Nội dung và dữ liệu mở của website được phép sử dụng lại theo giấy phép Creative Commons Ghi công 4.0 (CC BY 4.0), với điều kiện ghi rõ nguồn “OCOP Hà Nội, Sở Công Thương Hà Nội”.',
  socialLinks: [
    {_type: 'shopLink', kind: 'facebook', url: 'https://www.facebook.com/ocophanoi.sct', label: 'Trang Facebook OCOP Hà Nội'},
    {_type: 'shopLink', kind: 'zalo', url: 'https://zalo.me/02438336452', label: 'Zalo Sở Công Thương'},
  ],
  featuredProducts: refs([
    'product-binh-gom-men-lam',
    'product-banh-chung-tranh-khuc',
    'product-khan-lua-van-phuc',
    'product-tranh-kham-trai-chuyen-my',
    'product-tra-sen-tay-ho',
    'product-non-la-chuong',
    'product-che-bup-ba-vi',
    'product-den-may-tre-phu-vinh',
  ]),
  featuredVillages: refs(['village-bat-trang', 'village-van-phuc', 'village-chuong', 'village-phu-vinh']),
}

const draftOf = (doc: Doc, changes: Record<string, unknown>): Doc => ({...doc, ...changes, _id: `drafts.${doc._id}`})

const tetFair = EVENTS.find((e) => e.id === 'event-hoi-cho-tet-dinh-mui-2027')
if (!tetFair) throw new Error('The Tết fair event is missing')

/**
 * Drafts: two kept from the original sample (a draft edit of a published product, and a draft
 * product that was never published), a draft edit of an event and a draft-only article.
 * Every title says "(nháp)" or "bản nháp" so that tests can assert that none reaches the site.
 */
export const drafts: Doc[] = [
  {
    _id: 'drafts.product-banh-chung-tranh-khuc',
    _type: 'product',
    name: 'Bánh chưng Tranh Khúc (bản nháp chưa duyệt)',
    slug: {_type: 'slug', current: 'banh-chung-tranh-khuc'},
    group: 'thuc-pham',
    producer: {_type: 'reference', _ref: 'producer-htx-banh-chung-tranh-khuc'},
    ocop: {stars: 4, decisionNumber: '5162/QĐ-UBND', decisionDate: '2024-11-15', _type: 'ocopRating', issuer: 'ubnd-ha-noi', expiresOn: '2027-11-15', potentialFiveStars: false},
  },
  {
    _id: 'drafts.product-mat-ong-ba-vi',
    _type: 'product',
    name: 'Mật ong hoa nhãn Ba Vì (nháp)',
    slug: {_type: 'slug', current: 'mat-ong-hoa-nhan-ba-vi'},
    group: 'thuc-pham',
    producer: {_type: 'reference', _ref: 'producer-htx-bo-sua-tan-vien'},
    ocop: {stars: 3, decisionNumber: 'chưa có', decisionDate: '2026-12-01', _type: 'ocopRating', issuer: 'ubnd-ha-noi', expiresOn: '2029-12-01', potentialFiveStars: false},
  },
  draftOf(eventDoc(tetFair), {
    title: 'Hội chợ Tết Đinh Mùi 2027 (bản nháp: dời sang Trung tâm Triển lãm Giảng Võ)',
    summary: 'Bản nháp: ban tổ chức đang cân nhắc dời hội chợ sang Trung tâm Triển lãm Giảng Võ, chưa chốt.',
  }),
  articleDoc({
    id: 'drafts.article-tong-ket-chuong-trinh-ocop-2026',
    title: 'Tổng kết chương trình OCOP Hà Nội năm 2026 (nháp)',
    kind: 'tin-tuc',
    published: ['2026-12-28', '9:00'],
    excerpt: 'Bản nháp bài tổng kết năm, chờ số liệu chính thức.',
    body: ['Bản nháp: chờ số liệu của các xã, phường trước khi đăng.'],
  }),
]
