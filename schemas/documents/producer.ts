import {UsersIcon} from '@sanity/icons/Users'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {PRODUCER_KINDS, titleOf} from '../constants'
import {previousSlugsField} from '../lib/previous-slugs'
import {phoneRule, slugOptions, slugRule} from '../lib/validation'

export const producer = defineType({
  name: 'producer',
  title: 'Chủ thể OCOP',
  type: 'document',
  icon: UsersIcon,
  description: 'Hợp tác xã, doanh nghiệp, hộ kinh doanh hoặc cá nhân làm ra sản phẩm OCOP.',
  groups: [
    {name: 'main', title: 'Thông tin chính', default: true},
    {name: 'contact', title: 'Liên hệ'},
  ],
  fields: [
    defineField({
      name: 'name',
      title: 'Tên chủ thể',
      type: 'string',
      group: 'main',
      description: 'Tên đầy đủ như trong đăng ký kinh doanh, ví dụ: Hợp tác xã Lụa Vạn Phúc.',
      validation: (rule) => rule.required().error('Hãy nhập tên chủ thể.'),
    }),
    defineField({
      name: 'slug',
      title: 'Đường dẫn',
      type: 'slug',
      group: 'main',
      description: 'Phần cuối địa chỉ trang, tạo từ tên. Đổi được: sau khi xuất bản, địa chỉ cũ vẫn dẫn tới trang này.',
      options: slugOptions,
      validation: slugRule,
    }),
    previousSlugsField('main'),
    defineField({
      name: 'kind',
      title: 'Loại hình',
      type: 'string',
      group: 'main',
      options: {list: [...PRODUCER_KINDS], layout: 'radio'},
      validation: (rule) => rule.required().error('Hãy chọn loại hình chủ thể.'),
    }),
    defineField({name: 'logo', title: 'Logo hoặc ảnh đại diện', type: 'accessibleImage', group: 'main'}),
    defineField({
      name: 'description',
      title: 'Giới thiệu',
      type: 'text',
      rows: 4,
      group: 'main',
      description: 'Vài câu về chủ thể: làm nghề từ bao giờ, bao nhiêu hộ, điều gì đặc biệt.',
    }),
    defineField({
      name: 'address',
      title: 'Địa chỉ (số nhà, thôn, đường)',
      type: 'string',
      group: 'contact',
      description: 'Không ghi xã/phường ở đây: chọn ở ô bên dưới.',
    }),
    defineField({
      name: 'area',
      title: 'Xã / phường',
      type: 'reference',
      to: [{type: 'area'}],
      group: 'contact',
      validation: (rule) => rule.required().error('Hãy chọn xã hoặc phường của chủ thể.'),
    }),
    defineField({name: 'phone', title: 'Điện thoại', type: 'string', group: 'contact', validation: phoneRule}),
    defineField({
      name: 'email',
      title: 'Thư điện tử',
      type: 'email',
      group: 'contact',
    }),
    defineField({
      name: 'website',
      title: 'Website',
      type: 'url',
      group: 'contact',
      validation: (rule) => rule.uri({scheme: ['http', 'https']}).error('Website phải bắt đầu bằng http:// hoặc https://.'),
    }),
    defineField({
      name: 'links',
      title: 'Gian hàng và mạng xã hội',
      type: 'array',
      group: 'contact',
      description: 'Shopee, Lazada, Facebook, Zalo… của chủ thể.',
      of: [defineArrayMember({type: 'shopLink'})],
    }),
  ],
  orderings: [{title: 'Tên', name: 'name', by: [{field: 'name', direction: 'asc'}]}],
  preview: {
    select: {title: 'name', kind: 'kind', area: 'area.name', media: 'logo'},
    prepare: ({title, kind, area, media}) => ({
      title,
      subtitle: [titleOf(PRODUCER_KINDS, kind), area].filter(Boolean).join(' · '),
      media,
    }),
  },
})
