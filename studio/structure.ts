import {CalendarIcon} from '@sanity/icons/Calendar'
import {CheckmarkCircleIcon} from '@sanity/icons/CheckmarkCircle'
import {InboxIcon} from '@sanity/icons/Inbox'
import {SplitVerticalIcon} from '@sanity/icons/SplitVertical'
import {StarIcon} from '@sanity/icons/Star'
import {WarningOutlineIcon} from '@sanity/icons/WarningOutline'
import {catchError, map, of, startWith} from 'rxjs'
import type {DefaultDocumentNodeResolver, StructureBuilder, StructureResolver} from 'sanity/structure'
import {SITE_SETTINGS_ID} from '../schemas/constants'
import {todayInHanoi} from '../schemas/lib/dates'
import {studioEnv} from './env'
import {SubmissionComparison} from './inbox/submission-comparison'
import {articleLists, productLists, scheduleLists, type FilteredList} from './lists'

/** A list from lists.ts: its filter, order, and the template "Tạo mới" uses there. */
function filtered(S: StructureBuilder, list: FilteredList) {
  let documents = S.documentList()
    .id(list.id)
    .title(list.title)
    .schemaType(list.type)
    .apiVersion(studioEnv.apiVersion)
    .filter(`_type == $type && (${list.filter})`)
    .params({type: list.type, ...list.params})
  if (list.ordering) documents = documents.defaultOrdering(list.ordering)
  if (list.template !== undefined) {
    const template = list.template
    // A document created here opens beside this list, not under "Tất cả …", which would otherwise claim it.
    if (template) documents = documents.canHandleIntent((intent, params) => intent === 'create' && params.type === list.type && params.template === template.id)
    documents = documents.initialValueTemplates(template ? [S.initialValueTemplateItem(template.id, template.parameters)] : [])
  }
  return S.listItem().id(list.id).title(list.title).schemaType(list.type).child(documents)
}

function products(S: StructureBuilder) {
  const lists = productLists(todayInHanoi(new Date()))
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
            .child(S.list().id('by-group').title('Theo nhóm sản phẩm').items(lists.groups.map((list) => filtered(S, list)))),
          S.listItem()
            .id('by-stars')
            .title('Theo số sao')
            .icon(StarIcon)
            .child(S.list().id('by-stars').title('Theo số sao').items(lists.stars.map((list) => filtered(S, list)))),
          filtered(S, lists.potential),
          S.divider(),
          filtered(S, lists.expiring).icon(WarningOutlineIcon),
          filtered(S, lists.expired).icon(WarningOutlineIcon),
        ]),
    )
}

function timed(S: StructureBuilder, type: 'event' | 'training', title: string) {
  const {current, past} = scheduleLists(type)
  return S.listItem()
    .id(type)
    .title(title)
    .schemaType(type)
    .child(
      S.list()
        .id(type)
        .title(title)
        .items([filtered(S, current).icon(CalendarIcon), filtered(S, past).icon(CalendarIcon), S.documentTypeListItem(type).id(`all-${type}`).title('Tất cả')]),
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
          ...articleLists().map((list) => filtered(S, list)),
        ]),
    )
}

/** Submissions from the site's forms, newest first. They are drafts only, which document lists show. */
/** Proposals nobody has applied or rejected yet (submissions are drafts only; the drafts perspective counts each once). */
export const OPEN_SUBMISSIONS = {fetch: 'count(*[_type == "submission" && status == "open"])', listen: '*[_type == "submission"]'}

/** "Hộp thư đề xuất (3)": how many proposals wait, when any do. */
const withCount = (title: string, open: number | null) => (open ? `${title} (${open})` : title)

function inbox(S: StructureBuilder, open: number | null) {
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
    .title(withCount('Hộp thư đề xuất', open))
    .icon(InboxIcon)
    .child(
      S.list()
        .id('inbox')
        .title('Hộp thư đề xuất')
        .items([
          submissions('inbox-open', withCount('Chưa xử lý', open), 'status == "open"').icon(InboxIcon),
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

/**
 * The Studio's sidebar, grouped the way the department's editors think about their work. It is
 * drawn again whenever the number of open proposals changes, so the inbox shows it live.
 */
export const structure: StructureResolver = (S, {documentStore}) =>
  documentStore.listenQuery(OPEN_SUBMISSIONS, {}, {apiVersion: studioEnv.apiVersion, perspective: 'drafts', tag: 'inbox.count', throttleTime: 1000}).pipe(
    // The sidebar does not wait for the count, nor disappear if it cannot be read.
    startWith(null),
    catchError(() => of(null)),
    map((open: number | null) => sidebar(S, typeof open === 'number' ? open : null)),
  )

const sidebar = (S: StructureBuilder, open: number | null) =>
  S.list()
    .id('root')
    .title('Nội dung')
    .items([
      inbox(S, open),
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
