import {BasketIcon} from '@sanity/icons/Basket'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {GeopointMapInput} from '../components/geopoint-map-input'
import {POINT_OF_SALE_KINDS, titleOf} from '../constants'
import {legacyOpeningHours} from '../lib/opening-hours'
import {placeLocationRules} from '../lib/places'
import {phoneRule, slugOptions, slugRule} from '../lib/validation'

export const pointOfSale = defineType({
  name: 'pointOfSale',
  title: 'Điểm giới thiệu và bán sản phẩm',
  type: 'document',
  icon: BasketIcon,
  description: 'Showroom, siêu thị, trung tâm thương mại, điểm bán tại làng nghề hoặc cửa hàng có bày bán sản phẩm OCOP.',
  fields: [
    defineField({
      name: 'name',
      title: 'Tên điểm bán',
      type: 'string',
      validation: (rule) => rule.required().error('Hãy nhập tên điểm bán.'),
    }),
    defineField({name: 'slug', title: 'Đường dẫn', type: 'slug', options: slugOptions, validation: slugRule}),
    defineField({
      name: 'kind',
      title: 'Loại điểm bán',
      type: 'string',
      options: {list: [...POINT_OF_SALE_KINDS], layout: 'radio'},
      validation: (rule) => rule.required().error('Hãy chọn loại điểm bán.'),
    }),
    defineField({
      name: 'address',
      title: 'Địa chỉ (số nhà, đường, thôn)',
      type: 'string',
      validation: (rule) => rule.required().error('Hãy nhập địa chỉ để khách tìm đến.'),
    }),
    defineField({
      name: 'area',
      title: 'Xã / phường',
      type: 'reference',
      to: [{type: 'area'}],
      validation: (rule) => rule.required().error('Hãy chọn xã hoặc phường.'),
    }),
    defineField({
      name: 'location',
      title: 'Tọa độ bản đồ',
      type: 'geopoint',
      components: {input: GeopointMapInput},
      description: 'Để nút "Chỉ đường" dẫn đúng chỗ. Bấm vào bản đồ tại cửa điểm bán, kéo dấu đỏ để chỉnh, hoặc nhập vĩ độ và kinh độ.',
      validation: (rule) => [
        rule.required().error('Hãy bấm vào bản đồ (hoặc nhập vĩ độ và kinh độ) để khách được chỉ đường.'),
        ...placeLocationRules(rule),
      ],
    }),
    defineField({
      name: 'hours',
      title: 'Giờ mở cửa',
      type: 'weeklyHours',
      description: 'Website dựa vào đây để báo khách "Đang mở cửa" hay "Đóng cửa, mở lại…" theo giờ Hà Nội.',
      validation: (rule) =>
        rule
          .custom((value, context) =>
            value || (context.document as {openingHours?: string} | undefined)?.openingHours ? true : 'Hãy nhập giờ mở cửa: các ngày trong tuần và giờ mở, giờ đóng.',
          )
          .error(),
    }),
    defineField(legacyOpeningHours),
    defineField({name: 'phone', title: 'Điện thoại', type: 'string', validation: phoneRule}),
    defineField({name: 'description', title: 'Giới thiệu', type: 'text', rows: 3}),
    defineField({
      name: 'images',
      title: 'Ảnh',
      type: 'array',
      of: [defineArrayMember({type: 'accessibleImage'})],
      options: {layout: 'grid'},
    }),
    defineField({
      name: 'producers',
      title: 'Chủ thể có hàng bày bán',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'producer'}]})],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'products',
      title: 'Sản phẩm bày bán',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'product'}]})],
      validation: (rule) => rule.unique(),
    }),
  ],
  orderings: [{title: 'Tên', name: 'name', by: [{field: 'name', direction: 'asc'}]}],
  preview: {
    select: {title: 'name', kind: 'kind', area: 'area.name', media: 'images.0'},
    prepare: ({title, kind, area, media}) => ({
      title,
      subtitle: [titleOf(POINT_OF_SALE_KINDS, kind), area].filter(Boolean).join(' · '),
      media,
    }),
  },
})
