import {CalendarIcon} from '@sanity/icons/Calendar'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {EVENT_KINDS, titleOf} from '../constants'
import {deadlineBeforeStart, endsAfterStart, slugOptions, slugRule} from '../lib/validation'
import {HANOI_DATETIME_OPTIONS} from '../lib/dates'

export const event = defineType({
  name: 'event',
  title: 'Sự kiện xúc tiến thương mại',
  type: 'document',
  icon: CalendarIcon,
  description: 'Hội chợ, triển lãm, tuần hàng, kết nối giao thương có sản phẩm OCOP tham gia.',
  groups: [
    {name: 'main', title: 'Thông tin chính', default: true},
    {name: 'registration', title: 'Đăng ký tham gia'},
    {name: 'participants', title: 'Đơn vị tham gia'},
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Tên sự kiện',
      type: 'string',
      group: 'main',
      validation: (rule) => rule.required().error('Hãy nhập tên sự kiện.'),
    }),
    defineField({
      name: 'slug',
      title: 'Đường dẫn',
      type: 'slug',
      group: 'main',
      options: {...slugOptions, source: 'title'},
      validation: slugRule,
    }),
    defineField({
      name: 'kind',
      title: 'Loại sự kiện',
      type: 'string',
      group: 'main',
      options: {list: [...EVENT_KINDS], layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required().error('Hãy chọn loại sự kiện.'),
    }),
    defineField({
      name: 'startsAt',
      title: 'Bắt đầu',
      type: 'datetime',
      group: 'main',
      description: 'Giờ Hà Nội.',
      options: HANOI_DATETIME_OPTIONS,
      validation: (rule) => rule.required().error('Hãy nhập thời điểm bắt đầu.'),
    }),
    defineField({
      name: 'endsAt',
      title: 'Kết thúc',
      type: 'datetime',
      group: 'main',
      description: 'Giờ Hà Nội. Sau thời điểm này, sự kiện chuyển sang mục "Đã diễn ra".',
      options: HANOI_DATETIME_OPTIONS,
      validation: endsAfterStart,
    }),
    defineField({
      name: 'venue',
      title: 'Địa điểm',
      type: 'venue',
      group: 'main',
      validation: (rule) => rule.required().error('Hãy nhập địa điểm tổ chức.'),
    }),
    defineField({
      name: 'organiser',
      title: 'Đơn vị tổ chức',
      type: 'string',
      group: 'main',
      initialValue: 'Sở Công Thương Hà Nội',
      validation: (rule) => rule.required().error('Hãy nhập đơn vị tổ chức.'),
    }),
    defineField({
      name: 'summary',
      title: 'Tóm tắt',
      type: 'text',
      rows: 3,
      group: 'main',
      validation: (rule) => [
        rule.required().error('Hãy viết một hai câu giới thiệu sự kiện.'),
        rule.max(200).warning('Tóm tắt nên dưới 200 ký tự.'),
      ],
    }),
    defineField({name: 'description', title: 'Nội dung', type: 'richText', group: 'main'}),
    defineField({
      name: 'images',
      title: 'Ảnh',
      type: 'array',
      group: 'main',
      of: [defineArrayMember({type: 'accessibleImage'})],
      options: {layout: 'grid'},
    }),
    defineField({
      name: 'registrationDeadline',
      title: 'Hạn đăng ký gian hàng',
      type: 'datetime',
      group: 'registration',
      options: HANOI_DATETIME_OPTIONS,
      validation: deadlineBeforeStart,
    }),
    defineField({
      name: 'registrationUrl',
      title: 'Liên kết đăng ký',
      type: 'url',
      group: 'registration',
      validation: (rule) =>
        rule.uri({scheme: ['http', 'https', 'mailto', 'tel']}).error('Liên kết chỉ được bắt đầu bằng http://, https://, mailto: hoặc tel:.'),
    }),
    defineField({
      name: 'producers',
      title: 'Chủ thể tham gia',
      type: 'array',
      group: 'participants',
      of: [defineArrayMember({type: 'reference', to: [{type: 'producer'}]})],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'products',
      title: 'Sản phẩm trưng bày',
      type: 'array',
      group: 'participants',
      of: [defineArrayMember({type: 'reference', to: [{type: 'product'}]})],
      validation: (rule) => rule.unique(),
    }),
  ],
  orderings: [
    {title: 'Sắp diễn ra trước', name: 'startsAsc', by: [{field: 'startsAt', direction: 'asc'}]},
    {title: 'Mới nhất trước', name: 'startsDesc', by: [{field: 'startsAt', direction: 'desc'}]},
  ],
  preview: {
    select: {title: 'title', kind: 'kind', startsAt: 'startsAt', media: 'images.0'},
    prepare: ({title, kind, startsAt, media}) => ({
      title,
      subtitle: [
        titleOf(EVENT_KINDS, kind),
        startsAt ? new Date(startsAt).toLocaleDateString('vi-VN', {timeZone: 'Asia/Ho_Chi_Minh'}) : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
      media,
    }),
  },
})
