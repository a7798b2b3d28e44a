import {CogIcon} from '@sanity/icons/Cog'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {phoneRule} from '../lib/validation'

/** One document for the whole site: name, contacts and what the home page features. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Cài đặt website',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Tên website',
      type: 'string',
      initialValue: 'OCOP Hà Nội',
      validation: (rule) => rule.required().error('Hãy nhập tên website.'),
    }),
    defineField({
      name: 'tagline',
      title: 'Khẩu hiệu',
      type: 'string',
      description: 'Một dòng dưới tên website.',
    }),
    defineField({
      name: 'description',
      title: 'Mô tả website',
      type: 'text',
      rows: 3,
      description: 'Hiện trên trang chủ và trong kết quả tìm kiếm của Google.',
      validation: (rule) => [rule.required().error('Hãy viết mô tả website.'), rule.max(180).warning('Mô tả nên dưới 180 ký tự.')],
    }),
    defineField({
      name: 'contact',
      title: 'Liên hệ',
      type: 'object',
      fields: [
        defineField({name: 'organisation', title: 'Cơ quan', type: 'string', initialValue: 'Sở Công Thương Hà Nội'}),
        defineField({name: 'address', title: 'Địa chỉ', type: 'string'}),
        defineField({name: 'phone', title: 'Điện thoại', type: 'string', validation: phoneRule}),
        defineField({name: 'email', title: 'Thư điện tử', type: 'email'}),
      ],
    }),
    defineField({name: 'hotline', title: 'Đường dây nóng', type: 'string', validation: phoneRule}),
    defineField({
      name: 'ownerAgency',
      title: 'Cơ quan chủ quản',
      type: 'string',
      description: 'Hiện ở chân trang, như mọi cổng thông tin của cơ quan nhà nước. Ví dụ: Sở Công Thương thành phố Hà Nội.',
      initialValue: 'Sở Công Thương thành phố Hà Nội',
    }),
    defineField({
      name: 'contentResponsibility',
      title: 'Chịu trách nhiệm nội dung',
      type: 'string',
      description: 'Người hoặc đơn vị chịu trách nhiệm nội dung, ghi theo chức danh. Ví dụ: Giám đốc Sở Công Thương Hà Nội.',
    }),
    defineField({
      name: 'reuseLicence',
      title: 'Giấy phép sử dụng lại nội dung',
      type: 'text',
      rows: 2,
      description: 'Một câu ở chân trang nói ai được dùng lại nội dung và dữ liệu mở của website, với điều kiện gì.',
    }),
    defineField({
      name: 'socialLinks',
      title: 'Mạng xã hội',
      type: 'array',
      of: [defineArrayMember({type: 'shopLink'})],
    }),
    defineField({
      name: 'featuredProducts',
      title: 'Sản phẩm nổi bật trên trang chủ',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'product'}]})],
      validation: (rule) => rule.unique().max(8).warning('Trang chủ hiện tối đa 8 sản phẩm nổi bật.'),
    }),
    defineField({
      name: 'featuredVillages',
      title: 'Làng nghề giới thiệu trên trang chủ',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'craftVillage'}]})],
      validation: (rule) => rule.unique().max(4).warning('Trang chủ hiện tối đa 4 làng nghề.'),
    }),
  ],
  preview: {prepare: () => ({title: 'Cài đặt website'})},
})
