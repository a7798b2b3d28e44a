import {UsersIcon} from '@sanity/icons/Users'
import {defineField, defineType} from 'sanity'
import {PRODUCER_KINDS} from '../constants'

export const producer = defineType({
  name: 'producer',
  title: 'Chủ thể OCOP',
  type: 'document',
  icon: UsersIcon,
  description: 'Hợp tác xã, doanh nghiệp, hộ kinh doanh hoặc cá nhân làm ra sản phẩm OCOP.',
  fields: [
    defineField({
      name: 'name',
      title: 'Tên chủ thể',
      type: 'string',
      validation: (rule) => rule.required().error('Hãy nhập tên chủ thể.'),
    }),
    defineField({
      name: 'slug',
      title: 'Đường dẫn',
      type: 'slug',
      description: 'Phần cuối địa chỉ trang, tạo từ tên. Đã in lên bao bì thì đừng đổi.',
      options: {source: 'name', maxLength: 96},
      validation: (rule) => rule.required().error('Hãy tạo đường dẫn từ tên.'),
    }),
    defineField({
      name: 'kind',
      title: 'Loại hình',
      type: 'string',
      options: {list: [...PRODUCER_KINDS], layout: 'radio'},
      validation: (rule) => rule.required().error('Hãy chọn loại hình chủ thể.'),
    }),
    defineField({
      name: 'address',
      title: 'Địa chỉ (số nhà, thôn, đường)',
      type: 'string',
      description: 'Không ghi xã/phường ở đây: chọn ở ô bên dưới.',
    }),
    defineField({
      name: 'area',
      title: 'Xã / phường',
      type: 'reference',
      to: [{type: 'area'}],
    }),
    defineField({name: 'phone', title: 'Điện thoại', type: 'string'}),
    defineField({
      name: 'description',
      title: 'Giới thiệu',
      type: 'text',
      rows: 4,
    }),
  ],
  preview: {
    select: {title: 'name', kind: 'kind', area: 'area.name'},
    prepare({title, kind, area}) {
      const kindTitle = PRODUCER_KINDS.find((k) => k.value === kind)?.title
      return {title, subtitle: [kindTitle, area].filter(Boolean).join(' · ')}
    },
  },
})
