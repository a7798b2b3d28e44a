import {PackageIcon} from '@sanity/icons/Package'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {PRODUCT_GROUPS} from '../constants'

export const product = defineType({
  name: 'product',
  title: 'Sản phẩm OCOP',
  type: 'document',
  icon: PackageIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Tên sản phẩm',
      type: 'string',
      validation: (rule) => rule.required().error('Hãy nhập tên sản phẩm.'),
    }),
    defineField({
      name: 'slug',
      title: 'Đường dẫn',
      type: 'slug',
      description: 'Phần cuối địa chỉ trang, tạo từ tên. Đã in lên bao bì thì đừng đổi.',
      options: {source: 'name', maxLength: 96},
      validation: (rule) => rule.required().error('Hãy tạo đường dẫn từ tên sản phẩm.'),
    }),
    defineField({
      name: 'group',
      title: 'Nhóm sản phẩm',
      type: 'string',
      options: {list: [...PRODUCT_GROUPS]},
      validation: (rule) => rule.required().error('Hãy chọn một trong sáu nhóm sản phẩm OCOP.'),
    }),
    defineField({
      name: 'producer',
      title: 'Chủ thể',
      type: 'reference',
      to: [{type: 'producer'}],
      validation: (rule) => rule.required().error('Hãy chọn chủ thể làm ra sản phẩm.'),
    }),
    defineField({
      name: 'area',
      title: 'Xã / phường',
      type: 'reference',
      to: [{type: 'area'}],
      description: 'Nơi sản xuất sản phẩm.',
    }),
    defineField({
      name: 'ocop',
      title: 'Chứng nhận OCOP',
      type: 'object',
      fields: [
        defineField({
          name: 'stars',
          title: 'Số sao',
          type: 'number',
          options: {list: [3, 4, 5], layout: 'radio', direction: 'horizontal'},
          validation: (rule) =>
            rule.required().min(3).max(5).integer().error('Số sao OCOP chỉ có thể là 3, 4 hoặc 5.'),
        }),
        defineField({
          name: 'decisionNumber',
          title: 'Số quyết định',
          type: 'string',
          description: 'Ví dụ: 1234/QĐ-UBND.',
          validation: (rule) => rule.required().error('Hãy nhập số quyết định công nhận.'),
        }),
        defineField({
          name: 'decisionDate',
          title: 'Ngày quyết định',
          type: 'date',
          validation: (rule) => rule.required().error('Hãy nhập ngày quyết định.'),
        }),
      ],
      validation: (rule) => rule.required().error('Hãy nhập thông tin chứng nhận OCOP.'),
    }),
    defineField({
      name: 'summary',
      title: 'Tóm tắt',
      type: 'text',
      rows: 3,
      description: 'Một hai câu giới thiệu, hiện trên thẻ sản phẩm và khi chia sẻ.',
    }),
    defineField({
      name: 'story',
      title: 'Câu chuyện sản phẩm',
      type: 'array',
      of: [defineArrayMember({type: 'block'})],
    }),
  ],
  preview: {
    select: {title: 'name', producer: 'producer.name', stars: 'ocop.stars'},
    prepare({title, producer, stars}) {
      return {title, subtitle: [stars ? `${stars} sao` : undefined, producer].filter(Boolean).join(' · ')}
    },
  },
})
