import {defineArrayMember, defineField, type ArrayRule, type CurrentUser} from 'sanity'
import {SLUG_PATTERN} from './slug'
import {slugOwner} from './validation'

/**
 * The list of previous slugs after publishing `next` over `published`: the slug that was live is
 * kept, so links printed on packaging keep working; a slug that becomes current again is dropped,
 * as it is no longer a redirect. Undefined when the list does not change.
 */
export function previousSlugsAfterPublish(
  previous: readonly string[] | undefined,
  published: string | undefined,
  next: string | undefined,
): string[] | undefined {
  const list = previous ?? []
  const updated = list.filter((slug) => slug !== next)
  if (published && next && published !== next && !updated.includes(published)) updated.push(published)
  const unchanged = updated.length === list.length && updated.every((slug, index) => slug === list[index])
  return unchanged ? undefined : updated
}

/** Only administrators correct the list by hand; everyone else sees it filled in on publish. */
const onlyAdministrators = ({currentUser}: {currentUser: Omit<CurrentUser, 'role'> | null}) =>
  !currentUser?.roles.some((role) => role.name === 'administrator')

const previousSlugsRule = (rule: ArrayRule<string[]>) =>
  rule
    .custom(async (slugs, context) => {
      const document = context.document
      if (!slugs || !document) return true
      const current = (document.slug as {current?: string} | undefined)?.current
      for (const slug of slugs) {
        if (!SLUG_PATTERN.test(slug)) return `"${slug}" không phải một đường dẫn: chỉ gồm chữ thường không dấu, số và dấu gạch ngang.`
        if (slug === current) return `"${slug}" đang là đường dẫn hiện tại, không phải địa chỉ cũ.`
        if (slugs.indexOf(slug) !== slugs.lastIndexOf(slug)) return `Địa chỉ cũ "${slug}" có hai lần.`
        const owner = await slugOwner(context, slug)
        if (owner) {
          return owner.current
            ? `Địa chỉ cũ "${slug}" đang là đường dẫn của "${owner.title}": một địa chỉ không thể dẫn tới hai trang.`
            : `Địa chỉ cũ "${slug}" cũng là địa chỉ cũ của "${owner.title}": một địa chỉ không thể dẫn tới hai trang.`
        }
      }
      return true
    })
    .error()

/** The previous slugs of a document whose page is linked from packaging: each one redirects to the page. */
export const previousSlugsField = (group: string) =>
  defineField({
    name: 'previousSlugs',
    title: 'Địa chỉ cũ (đường dẫn trước đây)',
    type: 'array',
    group,
    description:
      'Tự động thêm khi bạn đổi đường dẫn rồi xuất bản. Địa chỉ cũ vẫn dẫn tới trang này, nên mã QR, bao bì và bài đăng đã in không bị hỏng. Chỉ quản trị viên sửa được danh sách này.',
    of: [defineArrayMember({type: 'string'})],
    readOnly: onlyAdministrators,
    validation: previousSlugsRule,
  })
