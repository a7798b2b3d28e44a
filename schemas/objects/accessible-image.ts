import {ImageIcon} from '@sanity/icons/Image'
import {defineField, defineType} from 'sanity'

/** An image that can always be described to people who cannot see it. */
export const accessibleImage = defineType({
  name: 'accessibleImage',
  title: 'Ảnh',
  type: 'image',
  icon: ImageIcon,
  // The shapes the website cuts photos to, named as editors know them (Sanity's own are in English).
  options: {
    hotspot: {
      previews: [
        {title: 'Thẻ và trang (3:2)', aspectRatio: 3 / 2},
        {title: 'Chia sẻ Facebook, Zalo', aspectRatio: 1200 / 630},
        {title: 'Vuông', aspectRatio: 1},
      ],
    },
  },
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
  // Named by its description (the dialog said "Không tiêu đề", untitled, for every photo).
  preview: {
    select: {alt: 'alt', media: 'asset'},
    prepare: ({alt, media}) => ({title: (alt as string | undefined)?.trim() || 'Ảnh chưa có mô tả', media}),
  },
})
