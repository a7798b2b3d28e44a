import {BookIcon} from '@sanity/icons/Book'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {deadlineBeforeStart, endsAfterStart, LINK_SCHEMES, phoneRule, slugOptions, slugRule} from '../lib/validation'
import {HANOI_DATETIME_OPTIONS} from '../lib/dates'

interface TrainingDoc {
  venue?: unknown
  onlineUrl?: string
  registrationUrl?: string
  contactPhone?: string
  contactEmail?: string
}

export const training = defineType({
  name: 'training',
  title: 'Đào tạo, tập huấn',
  type: 'document',
  icon: BookIcon,
  description: 'Lớp đào tạo, tập huấn cho chủ thể OCOP: thương mại điện tử, bao bì, truy xuất nguồn gốc…',
  groups: [
    {name: 'main', title: 'Thông tin chính', default: true},
    {name: 'registration', title: 'Đăng ký'},
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Tên lớp',
      type: 'string',
      group: 'main',
      validation: (rule) => rule.required().error('Hãy nhập tên lớp đào tạo.'),
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
      name: 'topic',
      title: 'Chủ đề',
      type: 'string',
      group: 'main',
      description: 'Ví dụ: Bán hàng trên sàn thương mại điện tử.',
      validation: (rule) => rule.required().error('Hãy nhập chủ đề.'),
    }),
    defineField({
      name: 'audience',
      title: 'Dành cho',
      type: 'string',
      group: 'main',
      description: 'Ví dụ: Hợp tác xã, hộ kinh doanh có sản phẩm OCOP 3 sao trở lên.',
      validation: (rule) => rule.required().error('Hãy ghi lớp dành cho ai.'),
    }),
    defineField({
      name: 'startsAt',
      title: 'Bắt đầu',
      type: 'datetime',
      group: 'main',
      options: HANOI_DATETIME_OPTIONS,
      validation: (rule) => rule.required().error('Hãy nhập thời điểm bắt đầu.'),
    }),
    defineField({
      name: 'endsAt',
      title: 'Kết thúc',
      type: 'datetime',
      group: 'main',
      options: HANOI_DATETIME_OPTIONS,
      validation: endsAfterStart,
    }),
    defineField({
      name: 'venue',
      title: 'Địa điểm',
      type: 'venue',
      group: 'main',
      description: 'Bỏ trống nếu lớp chỉ học trực tuyến.',
      validation: (rule) =>
        rule
          .custom((venue, context) =>
            venue || (context.document as TrainingDoc | undefined)?.onlineUrl ? true : 'Hãy nhập địa điểm hoặc liên kết học trực tuyến.',
          )
          .error(),
    }),
    defineField({
      name: 'onlineUrl',
      title: 'Liên kết học trực tuyến',
      type: 'url',
      group: 'main',
      validation: (rule) => rule.uri({scheme: ['https']}).error('Liên kết học trực tuyến phải bắt đầu bằng https://.'),
    }),
    defineField({
      name: 'seats',
      title: 'Số chỗ',
      type: 'number',
      group: 'registration',
      validation: (rule) => rule.integer().min(1).error('Số chỗ phải là số nguyên dương.'),
    }),
    defineField({
      name: 'fee',
      title: 'Học phí (đồng)',
      type: 'number',
      group: 'registration',
      description: '0 là miễn phí.',
      initialValue: 0,
      validation: (rule) => rule.required().min(0).integer().error('Học phí là số đồng, 0 nếu miễn phí.'),
    }),
    defineField({
      name: 'registrationDeadline',
      title: 'Hạn đăng ký',
      type: 'datetime',
      group: 'registration',
      description: 'Sau thời điểm này, website ghi "Đã hết hạn đăng ký".',
      options: HANOI_DATETIME_OPTIONS,
      validation: (rule) => [rule.required().error('Hãy nhập hạn đăng ký.'), deadlineBeforeStart(rule)],
    }),
    defineField({
      name: 'registrationUrl',
      title: 'Liên kết đăng ký',
      type: 'url',
      group: 'registration',
      validation: (rule) =>
        rule.uri({scheme: LINK_SCHEMES}).error('Liên kết chỉ được bắt đầu bằng http://, https://, mailto: hoặc tel:.'),
    }),
    defineField({
      name: 'contactPhone',
      title: 'Điện thoại đăng ký',
      type: 'string',
      group: 'registration',
      validation: (rule) => [
        phoneRule(rule),
        rule
          .custom((phone, context) => {
            const doc = context.document as TrainingDoc | undefined
            return phone || doc?.registrationUrl || doc?.contactEmail ? true : 'Hãy cho người học một cách đăng ký: liên kết, điện thoại hoặc thư điện tử.'
          })
          .error(),
      ],
    }),
    defineField({name: 'contactEmail', title: 'Thư điện tử đăng ký', type: 'email', group: 'registration'}),
    defineField({
      name: 'summary',
      title: 'Tóm tắt',
      type: 'text',
      rows: 3,
      group: 'main',
      validation: (rule) => [rule.required().error('Hãy viết một hai câu giới thiệu lớp.'), rule.max(200).warning('Tóm tắt nên dưới 200 ký tự.')],
    }),
    defineField({name: 'description', title: 'Nội dung', type: 'richText', group: 'main'}),
    defineField({
      name: 'attachments',
      title: 'Tệp đính kèm',
      type: 'array',
      group: 'main',
      of: [defineArrayMember({type: 'attachment'})],
    }),
  ],
  orderings: [{title: 'Sắp diễn ra trước', name: 'startsAsc', by: [{field: 'startsAt', direction: 'asc'}]}],
  preview: {
    select: {title: 'title', startsAt: 'startsAt', topic: 'topic'},
    prepare: ({title, startsAt, topic}) => ({
      title,
      subtitle: [startsAt ? new Date(startsAt).toLocaleDateString('vi-VN', {timeZone: 'Asia/Ho_Chi_Minh'}) : undefined, topic]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
