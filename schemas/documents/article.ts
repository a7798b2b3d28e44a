import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {ARTICLE_KINDS, titleOf} from '../constants'
import {slugOptions, slugRule} from '../lib/validation'
import {HANOI_DATETIME_OPTIONS} from '../lib/dates'

export const article = defineType({
  name: 'article',
  title: 'Tin tức, thông báo, văn bản',
  type: 'document',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Tiêu đề',
      type: 'string',
      validation: (rule) => rule.required().error('Hãy nhập tiêu đề.'),
    }),
    defineField({name: 'slug', title: 'Đường dẫn', type: 'slug', options: {...slugOptions, source: 'title'}, validation: slugRule}),
    defineField({
      name: 'kind',
      title: 'Loại bài',
      type: 'string',
      options: {list: [...ARTICLE_KINDS], layout: 'radio', direction: 'horizontal'},
      initialValue: 'tin-tuc',
      validation: (rule) => rule.required().error('Hãy chọn loại bài.'),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Ngày đăng',
      type: 'datetime',
      options: HANOI_DATETIME_OPTIONS,
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required().error('Hãy nhập ngày đăng.'),
    }),
    defineField({
      name: 'excerpt',
      title: 'Sa pô',
      type: 'text',
      rows: 3,
      description: 'Đoạn mở đầu ngắn, hiện trong danh sách tin và khi chia sẻ.',
      validation: (rule) => [rule.required().error('Hãy viết sa pô cho bài.'), rule.max(250).warning('Sa pô nên dưới 250 ký tự.')],
    }),
    defineField({name: 'mainImage', title: 'Ảnh đại diện', type: 'accessibleImage'}),
    defineField({
      name: 'body',
      title: 'Nội dung',
      type: 'richText',
      validation: (rule) => rule.required().error('Hãy nhập nội dung bài.'),
    }),
    defineField({
      name: 'attachments',
      title: 'Tệp đính kèm',
      type: 'array',
      description: 'Văn bản, kế hoạch, biểu mẫu (PDF, Word, Excel).',
      of: [defineArrayMember({type: 'attachment'})],
      validation: (rule) =>
        rule
          .custom((files, context) =>
            (context.document as {kind?: string} | undefined)?.kind === 'van-ban' && !files?.length
              ? 'Bài loại "Văn bản" nên có tệp văn bản đính kèm.'
              : true,
          )
          .warning(),
    }),
    defineField({
      name: 'relatedProducts',
      title: 'Sản phẩm liên quan',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'product'}]})],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'relatedEvents',
      title: 'Sự kiện liên quan',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'event'}]})],
      validation: (rule) => rule.unique(),
    }),
  ],
  orderings: [{title: 'Mới nhất trước', name: 'publishedDesc', by: [{field: 'publishedAt', direction: 'desc'}]}],
  preview: {
    select: {title: 'title', kind: 'kind', publishedAt: 'publishedAt', media: 'mainImage'},
    prepare: ({title, kind, publishedAt, media}) => ({
      title,
      subtitle: [
        titleOf(ARTICLE_KINDS, kind),
        publishedAt ? new Date(publishedAt).toLocaleDateString('vi-VN', {timeZone: 'Asia/Ho_Chi_Minh'}) : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
      media,
    }),
  },
})
