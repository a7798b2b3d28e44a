import {EnvelopeIcon} from '@sanity/icons/Envelope'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {POINT_OF_SALE_KINDS, SUBMISSION_KINDS, SUBMISSION_STATUSES, titleOf} from '../constants'
import {vietnameseDateTime} from '../lib/dates'
import {phoneRule} from '../lib/validation'

/**
 * A proposal sent from the website's forms by a producer (new shop links for a product or
 * producer) or a shop (registering as a point of sale). The intake service stores it as a draft,
 * and it stays one: it holds a person's contact details, and published documents of a public
 * dataset can be read by anyone. Editors apply or reject it; nothing in it reaches the site
 * until an editor has copied it into a product, producer or point of sale and published that.
 */
export const submission = defineType({
  name: 'submission',
  title: 'Đề xuất từ website',
  type: 'document',
  icon: EnvelopeIcon,
  description: 'Do nhà sản xuất hoặc cửa hàng gửi qua mẫu trên website. Không xuất bản: chứa thông tin liên hệ cá nhân.',
  fields: [
    defineField({
      name: 'kind',
      title: 'Loại đề xuất',
      type: 'string',
      readOnly: true,
      options: {list: [...SUBMISSION_KINDS]},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'status',
      title: 'Tình trạng',
      type: 'string',
      readOnly: true,
      initialValue: 'open',
      options: {list: [...SUBMISSION_STATUSES], layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'receivedAt', title: 'Nhận lúc', type: 'datetime', readOnly: true}),
    defineField({
      name: 'target',
      title: 'Sản phẩm hoặc chủ thể',
      type: 'reference',
      to: [{type: 'product'}, {type: 'producer'}],
      // A product may be deleted while a proposal about it waits; the proposal must not block that.
      weak: true,
      readOnly: true,
      hidden: ({document}) => document?.kind !== 'shopLinks',
    }),
    defineField({
      name: 'shopLinks',
      title: 'Liên kết đề xuất',
      type: 'array',
      description: 'Danh sách liên kết mà người gửi muốn hiển thị, thay cho danh sách hiện tại.',
      readOnly: true,
      hidden: ({document}) => document?.kind !== 'shopLinks',
      of: [defineArrayMember({type: 'shopLink'})],
    }),
    defineField({
      name: 'pointOfSale',
      title: 'Điểm bán đề nghị đăng ký',
      type: 'object',
      readOnly: true,
      hidden: ({document}) => document?.kind !== 'pointOfSale',
      fields: [
        defineField({name: 'name', title: 'Tên điểm bán', type: 'string'}),
        defineField({name: 'kind', title: 'Loại điểm bán', type: 'string', options: {list: [...POINT_OF_SALE_KINDS]}}),
        defineField({name: 'address', title: 'Địa chỉ (số nhà, đường, thôn)', type: 'string'}),
        defineField({name: 'areaName', title: 'Xã / phường (như người gửi ghi)', type: 'string'}),
        defineField({name: 'openingHours', title: 'Giờ mở cửa', type: 'string'}),
        defineField({name: 'phone', title: 'Điện thoại của điểm bán', type: 'string', validation: phoneRule}),
        defineField({name: 'website', title: 'Website hoặc trang mạng xã hội', type: 'url'}),
        defineField({name: 'products', title: 'Sản phẩm OCOP đang hoặc sẽ bày bán', type: 'text', rows: 3}),
      ],
    }),
    defineField({
      name: 'contact',
      title: 'Người liên hệ',
      type: 'object',
      readOnly: true,
      description: 'Chỉ dùng để cán bộ liên hệ xác minh; không hiển thị trên website.',
      fields: [
        defineField({name: 'name', title: 'Họ và tên', type: 'string'}),
        defineField({name: 'phone', title: 'Điện thoại', type: 'string'}),
        defineField({name: 'email', title: 'Thư điện tử', type: 'string'}),
      ],
    }),
    defineField({name: 'message', title: 'Ghi chú của người gửi', type: 'text', rows: 3, readOnly: true}),
    defineField({
      name: 'rejectionReason',
      title: 'Lý do từ chối',
      type: 'text',
      rows: 2,
      readOnly: true,
      hidden: ({document}) => document?.status !== 'rejected',
    }),
    defineField({name: 'handledAt', title: 'Xử lý lúc', type: 'datetime', readOnly: true, hidden: ({document}) => !document?.handledAt}),
    defineField({name: 'handledBy', title: 'Người xử lý', type: 'string', readOnly: true, hidden: ({document}) => !document?.handledBy}),
    defineField({
      name: 'createdPointOfSale',
      title: 'Điểm bán đã tạo',
      type: 'reference',
      to: [{type: 'pointOfSale'}],
      weak: true,
      readOnly: true,
      hidden: ({document}) => !document?.createdPointOfSale,
    }),
  ],
  orderings: [{title: 'Mới nhất', name: 'receivedAtDesc', by: [{field: 'receivedAt', direction: 'desc'}]}],
  preview: {
    select: {kind: 'kind', status: 'status', target: 'target.name', place: 'pointOfSale.name', contact: 'contact.name', receivedAt: 'receivedAt'},
    prepare: ({kind, status, target, place, contact, receivedAt}) => ({
      title: `${titleOf(SUBMISSION_KINDS, kind) ?? 'Đề xuất'}: ${target ?? place ?? '—'}`,
      // When and from whom first: the lists of the inbox are by status already.
      subtitle: [receivedAt ? vietnameseDateTime(receivedAt) : undefined, contact, titleOf(SUBMISSION_STATUSES, status)].filter(Boolean).join(' · '),
    }),
  },
})
