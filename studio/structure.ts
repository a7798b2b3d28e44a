import {CalendarIcon} from '@sanity/icons/Calendar'
import {CheckmarkCircleIcon} from '@sanity/icons/CheckmarkCircle'
import {InboxIcon} from '@sanity/icons/Inbox'
import {SplitVerticalIcon} from '@sanity/icons/SplitVertical'
import {StarIcon} from '@sanity/icons/Star'
import {WarningOutlineIcon} from '@sanity/icons/WarningOutline'
import type {DefaultDocumentNodeResolver, StructureBuilder, StructureResolver} from 'sanity/structure'
import {ARTICLE_KINDS, PRODUCT_GROUPS, SITE_SETTINGS_ID} from '../schemas/constants'
import {addMonths, todayInHanoi} from '../schemas/lib/dates'
import {studioEnv} from './env'
import {SubmissionComparison} from './inbox/submission-comparison'

/** Days before expiry from which a certificate counts as "expiring soon". */
const EXPIRY_WARNING_MONTHS = 3

const filtered = (S: StructureBuilder, id: string, title: string, type: string, filter: string, params = {}) =>
  S.listItem()
    .id(id)
    .title(title)
    .schemaType(type)
    .child(S.documentList().id(id).title(title).schemaType(type).filter(`_type == $type && ${filter}`).params({type, ...params}))

function products(S: StructureBuilder) {
  const today = todayInHanoi()
  const soon = addMonths(today, EXPIRY_WARNING_MONTHS)
  return S.listItem()
    .id('products')
    .title('Sản phẩm OCOP')
    .schemaType('product')
    .child(
      S.list()
        .id('products')
        .title('Sản phẩm OCOP')
        .items([
          S.documentTypeListItem('product').id('all-products').title('Tất cả sản phẩm'),
          S.listItem()
            .id('by-group')
            .title('Theo nhóm sản phẩm')
            .child(
              S.list()
                .id('by-group')
                .title('Theo nhóm sản phẩm')
                .items(PRODUCT_GROUPS.map((group) => filtered(S, `group-${group.value}`, group.title, 'product', 'group == $group', {group: group.value}))),
            ),
          S.listItem()
            .id('by-stars')
            .title('Theo số sao')
            .icon(StarIcon)
            .child(
              S.list()
                .id('by-stars')
                .title('Theo số sao')
                .items([5, 4, 3].map((stars) => filtered(S, `stars-${stars}`, `${stars} sao`, 'product', 'ocop.stars == $stars', {stars}))),
            ),
          filtered(S, 'potential-five-stars', 'Tiềm năng 5 sao', 'product', 'ocop.potentialFiveStars == true'),
          S.divider(),
          filtered(
            S,
            'expiring',
            `Chứng nhận sắp hết hạn (trong ${EXPIRY_WARNING_MONTHS} tháng)`,
            'product',
            'ocop.expiresOn >= $today && ocop.expiresOn <= $soon',
            {today, soon},
          ).icon(WarningOutlineIcon),
          filtered(S, 'expired', 'Chứng nhận đã hết hạn', 'product', 'ocop.expiresOn < $today', {today}).icon(WarningOutlineIcon),
        ]),
    )
}

function timed(S: StructureBuilder, type: 'event' | 'training', title: string) {
  const open =
    type === 'event'
      ? {id: 'upcoming-events', title: 'Sắp và đang diễn ra', filter: 'dateTime(endsAt) >= now()'}
      : {id: 'open-trainings', title: 'Đang nhận đăng ký', filter: 'dateTime(registrationDeadline) >= now()'}
  const closed =
    type === 'event'
      ? {id: 'past-events', title: 'Đã diễn ra', filter: 'dateTime(endsAt) < now()'}
      : {id: 'closed-trainings', title: 'Đã hết hạn đăng ký', filter: 'dateTime(registrationDeadline) < now()'}
  return S.listItem()
    .id(type)
    .title(title)
    .schemaType(type)
    .child(
      S.list()
        .id(type)
        .title(title)
        .items([
          filtered(S, open.id, open.title, type, open.filter).icon(CalendarIcon),
          filtered(S, closed.id, closed.title, type, closed.filter).icon(CalendarIcon),
          S.documentTypeListItem(type).id(`all-${type}`).title('Tất cả'),
        ]),
    )
}

function articles(S: StructureBuilder) {
  return S.listItem()
    .id('articles')
    .title('Tin tức, thông báo, văn bản')
    .schemaType('article')
    .child(
      S.list()
        .id('articles')
        .title('Tin tức, thông báo, văn bản')
        .items([
          S.documentTypeListItem('article').id('all-articles').title('Tất cả bài'),
          ...ARTICLE_KINDS.map((kind) => filtered(S, `article-${kind.value}`, kind.title, 'article', 'kind == $kind', {kind: kind.value})),
        ]),
    )
}

/** Submissions from the site's forms, newest first. They are drafts only, which document lists show. */
function inbox(S: StructureBuilder) {
  const submissions = (id: string, title: string, filter: string) =>
    S.listItem()
      .id(id)
      .title(title)
      .schemaType('submission')
      .child(
        S.documentList()
          .id(id)
          .title(title)
          .schemaType('submission')
          .apiVersion(studioEnv.apiVersion)
          .filter(`_type == "submission" && ${filter}`)
          .defaultOrdering([{field: 'receivedAt', direction: 'desc'}])
          // Submissions come from the website only.
          .initialValueTemplates([]),
      )
  return S.listItem()
    .id('inbox')
    .title('Hộp thư đề xuất')
    .icon(InboxIcon)
    .child(
      S.list()
        .id('inbox')
        .title('Hộp thư đề xuất')
        .items([
          submissions('inbox-open', 'Chưa xử lý', 'status == "open"').icon(InboxIcon),
          submissions('inbox-handled', 'Đã xử lý', 'status in ["applied", "rejected"]').icon(CheckmarkCircleIcon),
          submissions('inbox-all', 'Tất cả', 'true'),
        ]),
    )
}

/** A submission opens on what it would change; its fields, all read-only, are the second view. */
export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, {schemaType}) =>
  schemaType === 'submission'
    ? S.document().views([
        S.view.component(SubmissionComparison).id('so-sanh').title('So sánh thay đổi').icon(SplitVerticalIcon),
        S.view.form().id('bieu-mau').title('Nội dung gửi'),
      ])
    : S.document()

/** The Studio's sidebar, grouped the way the department's editors think about their work. */
export const structure: StructureResolver = (S) =>
  S.list()
    .id('root')
    .title('Nội dung')
    .items([
      inbox(S),
      S.divider(),
      products(S),
      S.documentTypeListItem('producer').title('Chủ thể OCOP'),
      S.documentTypeListItem('craftVillage').title('Làng nghề'),
      S.documentTypeListItem('pointOfSale').title('Điểm giới thiệu và bán sản phẩm'),
      S.divider(),
      timed(S, 'event', 'Sự kiện xúc tiến thương mại'),
      timed(S, 'training', 'Đào tạo, tập huấn'),
      articles(S),
      S.divider(),
      S.documentTypeListItem('area').title('Xã / phường'),
      S.listItem()
        .id(SITE_SETTINGS_ID)
        .title('Cài đặt website')
        .schemaType('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Cài đặt website')),
    ])
