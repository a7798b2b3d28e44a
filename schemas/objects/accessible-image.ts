import {ImageIcon} from '@sanity/icons/Image'
import {defineField, defineType} from 'sanity'

/** An image that can always be described to people who cannot see it. */
export const accessibleImage = defineType({
  name: 'accessibleImage',
  title: 'Ảnh',
  type: 'image',
  icon: ImageIcon,
  options: {hotspot: true},
  fields: [
    defineField({
      name: 'alt',
      title: 'Mô tả ảnh',
      type: 'string',
      description: 'Tả ngắn những gì trong ảnh cho người không xem được ảnh, ví dụ: "Bình gốm men lam vẽ hoa sen".',
      validation: (rule) =>
        rule.custom((alt, context) => {
          const image = context.parent as {asset?: unknown} | undefined
          if (!image?.asset) return true
          return alt?.trim() ? true : 'Hãy nhập mô tả ảnh: người khiếm thị và công cụ tìm kiếm cần nó.'
        }).error(),
    }),
    defineField({
      name: 'caption',
      title: 'Chú thích',
      type: 'string',
      description: 'Hiện dưới ảnh (không bắt buộc).',
    }),
  ],
})
