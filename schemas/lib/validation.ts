import type {DatetimeRule, SlugRule, StringRule, ValidationContext} from 'sanity'
import {SLUG_PATTERN, vietnameseSlug} from './slug'

/** Schemes a link from content may use; anything else could run script or leak data. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel']

/** Vietnamese phone numbers: mobiles (0912 345 678), landlines (024 3825 1234), +84 and 1800/1900 lines. */
const PHONE_PATTERN = /^(?:(?:\+84|0)(?:[35789]\d{8}|2\d{9})|1[89]00\d{4,6})$/

/** True for a phone number written the way Vietnamese numbers are, spaces and dots allowed. */
export function isVietnamesePhone(value: string): boolean {
  return PHONE_PATTERN.test(value.replace(/[\s.()-]/g, ''))
}

export const phoneRule = (rule: StringRule) =>
  rule
    .custom((value) =>
      value === undefined || isVietnamesePhone(value) ? true : 'Số điện thoại chưa đúng, ví dụ: 0912 345 678 hoặc 024 3825 1234.',
    )
    .error()

/**
 * A slug generated from the name in the form the site's URLs need. Uniqueness is checked by
 * `slugRule`, which names the document that already uses the slug, so the built-in check is off.
 */
export const slugOptions = {source: 'name', maxLength: 96, slugify: vietnameseSlug, isUnique: () => true}

// Another document of the same type at this slug, or redirecting from it (a previous slug of a product or producer).
const slugOwnerQuery = `*[_type == $type && (slug.current == $slug || $slug in previousSlugs) && !sanity::versionOf($published)][0]{
  "title": coalesce(name, title, _id),
  "current": slug.current == $slug
}`

/**
 * The other published or draft document of the same type that answers at `slug`: as its current
 * slug, or as a previous slug that still redirects to it. Null when the slug is free.
 */
export async function slugOwner(context: ValidationContext, slug: string): Promise<{title: string; current: boolean} | null> {
  const document = context.document
  if (!document) return null
  return context
    .getClient({apiVersion: '2025-02-19'})
    .withConfig({perspective: 'raw'})
    .fetch<{title: string; current: boolean} | null>(slugOwnerQuery, {
      type: document._type,
      slug,
      published: document._id.replace(/^drafts\./, ''),
    })
}

export const slugRule = (rule: SlugRule) => [
  rule.required().error('Hãy bấm "Tạo" để tạo đường dẫn từ tên.'),
  rule
    .custom(async (value, context) => {
      const slug = value?.current
      if (!slug) return true
      if (!SLUG_PATTERN.test(slug)) {
        return 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: banh-chung-tranh-khuc.'
      }
      const owner = await slugOwner(context, slug)
      if (!owner) return true
      return owner.current
        ? `Đường dẫn "${slug}" đã được dùng cho "${owner.title}". Hãy sửa cho khác, ví dụ thêm tên làng hoặc xã.`
        : `Đường dẫn "${slug}" là địa chỉ cũ của "${owner.title}" và vẫn dẫn tới trang đó. Hãy chọn đường dẫn khác.`
    })
    .error(),
]

interface Schedule {
  startsAt?: string
  endsAt?: string
  registrationDeadline?: string
}

const scheduleOf = (document: unknown) => (document ?? {}) as Schedule

/** Rule for `endsAt`: an event or a training cannot end before it starts. */
export const endsAfterStart = (rule: DatetimeRule) => [
  rule.required().error('Hãy nhập thời điểm kết thúc.'),
  rule
    .custom((endsAt, context) => {
      const {startsAt} = scheduleOf(context.document)
      if (!endsAt || !startsAt) return true
      return Date.parse(endsAt) < Date.parse(startsAt) ? 'Thời điểm kết thúc không được trước thời điểm bắt đầu.' : true
    })
    .error(),
]

/** Rule for `registrationDeadline`: registration closes no later than the start. */
export const deadlineBeforeStart = (rule: DatetimeRule) =>
  rule
    .custom((deadline, context) => {
      const {startsAt} = scheduleOf(context.document)
      if (!deadline || !startsAt) return true
      return Date.parse(deadline) > Date.parse(startsAt) ? 'Hạn đăng ký không được sau thời điểm bắt đầu.' : true
    })
    .error()
