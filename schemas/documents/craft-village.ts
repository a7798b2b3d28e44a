import {HomeIcon} from '@sanity/icons/Home'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {GeopointMapInput} from '../components/geopoint-map-input'
import {legacyOpeningHours} from '../lib/opening-hours'
import {placeLocationRules} from '../lib/places'
import {slugOptions, slugRule} from '../lib/validation'

export const craftVillage = defineType({
  name: 'craftVillage',
  title: 'Làng nghề',
  type: 'document',
  icon: HomeIcon,
  description: 'Làng nghề gắn với sản phẩm OCOP và du lịch: câu chuyện, cách đến thăm, sản phẩm và nơi bán.',
  groups: [
    {name: 'main', title: 'Giới thiệu', default: true},
    {name: 'visit', title: 'Thông tin tham quan'},
    {name: 'links', title: 'Sản phẩm và điểm bán'},
  ],
  fields: [
    defineField({
      name: 'name',
      title: 'Tên làng nghề',
      type: 'string',
      group: 'main',
      description: 'Ví dụ: Làng gốm Bát Tràng.',
      validation: (rule) => rule.required().error('Hãy nhập tên làng nghề.'),
    }),
    defineField({name: 'slug', title: 'Đường dẫn', type: 'slug', group: 'main', options: slugOptions, validation: slugRule}),
    defineField({
      name: 'area',
      title: 'Xã / phường',
      type: 'reference',
      group: 'main',
      to: [{type: 'area'}],
      validation: (rule) => rule.required().error('Hãy chọn xã hoặc phường của làng nghề.'),
    }),
    defineField({
      name: 'crafts',
      title: 'Nghề và sản phẩm',
      type: 'string',
      group: 'main',
      description: 'Làng làm gì, ví dụ: Gốm sứ men lam, men rạn, gốm mỹ nghệ.',
      validation: (rule) => rule.required().error('Hãy ghi làng làm nghề gì.'),
    }),
    defineField({
      name: 'summary',
      title: 'Tóm tắt',
      type: 'text',
      rows: 3,
      group: 'main',
      validation: (rule) => [rule.required().error('Hãy viết một hai câu giới thiệu làng.'), rule.max(200).warning('Tóm tắt nên dưới 200 ký tự.')],
    }),
    defineField({name: 'story', title: 'Câu chuyện và lịch sử', type: 'richText', group: 'main'}),
    defineField({
      name: 'images',
      title: 'Ảnh',
      type: 'array',
      group: 'main',
      of: [defineArrayMember({type: 'accessibleImage'})],
      options: {layout: 'grid'},
    }),
    defineField({
      name: 'visit',
      title: 'Tham quan',
      type: 'object',
      group: 'visit',
      fields: [
        defineField({
          name: 'gettingThere',
          title: 'Cách đến',
          type: 'text',
          rows: 3,
          description: 'Từ trung tâm Hà Nội: xe buýt số mấy, đi xe máy bao lâu, gửi xe ở đâu.',
        }),
        defineField({
          name: 'hours',
          title: 'Giờ đón khách',
          type: 'weeklyHours',
          description: 'Giờ các xưởng, nhà trưng bày đón khách; website báo khách lúc nào làng đang đón khách.',
        }),
        defineField(legacyOpeningHours),
        defineField({
          name: 'experiences',
          title: 'Trải nghiệm cho du khách',
          type: 'array',
          description: 'Ví dụ: Tự nặn gốm trên bàn xoay (khoảng 60 phút).',
          of: [defineArrayMember({type: 'string'})],
        }),
        defineField({
          name: 'location',
          title: 'Tọa độ bản đồ',
          type: 'geopoint',
          components: {input: GeopointMapInput},
          description: 'Điểm đón khách hoặc cổng làng, để nút "Chỉ đường" dẫn đúng chỗ.',
          validation: (rule) => placeLocationRules(rule),
        }),
      ],
    }),
    defineField({
      name: 'products',
      title: 'Sản phẩm OCOP của làng',
      type: 'array',
      group: 'links',
      of: [defineArrayMember({type: 'reference', to: [{type: 'product'}]})],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'producers',
      title: 'Chủ thể trong làng',
      type: 'array',
      group: 'links',
      of: [defineArrayMember({type: 'reference', to: [{type: 'producer'}]})],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'showrooms',
      title: 'Showroom và điểm bán',
      type: 'array',
      group: 'links',
      of: [defineArrayMember({type: 'reference', to: [{type: 'pointOfSale'}]})],
      validation: (rule) => rule.unique(),
    }),
  ],
  orderings: [{title: 'Tên', name: 'name', by: [{field: 'name', direction: 'asc'}]}],
  preview: {select: {title: 'name', subtitle: 'crafts', media: 'images.0'}},
})
