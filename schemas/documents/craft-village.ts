import {HomeIcon} from '@sanity/icons/Home'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {GeopointMapInput} from '../components/geopoint-map-input'
import {MarketDaysInput} from '../components/market-days-input'
import {legacyOpeningHours} from '../lib/opening-hours'
import {placeLocationRules} from '../lib/places'
import {slugOptions, slugRule} from '../lib/validation'

/** A time of day, 24-hour: 05:00, 12:00. */
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

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
        defineField({
          name: 'marketDays',
          title: 'Chợ phiên theo lịch âm',
          type: 'object',
          description: 'Chỉ điền khi làng có phiên chợ họp vào những ngày âm lịch nhất định (ví dụ chợ Chuông họp ngày 4, 10, 14, 20, 24, 30). Chợ họp hằng ngày thì để trống.',
          components: {input: MarketDaysInput},
          fields: [
            defineField({name: 'name', title: 'Tên chợ', type: 'string', description: 'Ví dụ: Chợ Chuông.'}),
            defineField({
              name: 'lunarDays',
              title: 'Ngày họp (âm lịch)',
              type: 'array',
              of: [defineArrayMember({type: 'number'})],
              options: {layout: 'tags'},
              description: 'Các ngày âm lịch trong tháng, từ 1 đến 30. Tháng thiếu (29 ngày) không có phiên ngày 30.',
              validation: (rule) => [
                rule.required().min(1).error('Hãy nhập ít nhất một ngày họp chợ.'),
                // One message on the list, rather than rule.unique()'s one on each repeated day.
                rule.custom((days: number[] | undefined) => {
                  const list = days ?? []
                  if (!list.every((day) => Number.isInteger(day) && day >= 1 && day <= 30)) return 'Ngày âm lịch phải là số nguyên từ 1 đến 30.'
                  return new Set(list).size === list.length ? true : 'Mỗi ngày chỉ nhập một lần.'
                }),
              ],
            }),
            defineField({
              name: 'opens',
              title: 'Giờ họp',
              type: 'string',
              description: 'Dạng GG:PP, ví dụ 05:00.',
              validation: (rule) => rule.required().regex(HH_MM, {name: 'giờ'}).error('Hãy nhập giờ dạng GG:PP, ví dụ 05:00.'),
            }),
            defineField({
              name: 'closes',
              title: 'Giờ tan',
              type: 'string',
              description: 'Dạng GG:PP, ví dụ 12:00.',
              validation: (rule) => [
                rule.required().regex(HH_MM, {name: 'giờ'}).error('Hãy nhập giờ dạng GG:PP, ví dụ 12:00.'),
                rule.custom((closes: string | undefined, context) => {
                  const opens = (context.parent as {opens?: string} | undefined)?.opens
                  return !closes || !opens || !HH_MM.test(opens) || !HH_MM.test(closes) || closes > opens ? true : 'Giờ tan phải sau giờ họp.'
                }),
              ],
            }),
            defineField({name: 'note', title: 'Ghi chú', type: 'string', description: 'Ví dụ: Đông nhất vào sáng sớm; phiên gần Tết họp đến chiều.'}),
          ],
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
