import {PackageIcon} from '@sanity/icons/Package'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {PRODUCT_GROUPS} from '../constants'
import {certificateState, todayInHanoi} from '../lib/dates'
import {previousSlugsField} from '../lib/previous-slugs'
import {slugOptions, slugRule} from '../lib/validation'

const SUMMARY_SOFT_LIMIT = 200

export const product = defineType({
  name: 'product',
  title: 'Sản phẩm OCOP',
  type: 'document',
  icon: PackageIcon,
  groups: [
    {name: 'main', title: 'Thông tin chính', default: true},
    {name: 'rating', title: 'Chứng nhận OCOP'},
    {name: 'story', title: 'Ảnh và câu chuyện'},
    {name: 'buy', title: 'Nơi mua'},
  ],
  fields: [
    defineField({
      name: 'name',
      title: 'Tên sản phẩm',
      type: 'string',
      group: 'main',
      description: 'Tên như trong quyết định công nhận, ví dụ: Bánh chưng Tranh Khúc.',
      validation: (rule) => rule.required().error('Hãy nhập tên sản phẩm.'),
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
      name: 'group',
      title: 'Nhóm sản phẩm',
      type: 'string',
      group: 'main',
      description: 'Một trong sáu nhóm theo Quyết định 148/QĐ-TTg.',
      options: {list: PRODUCT_GROUPS.map(({title, value}) => ({title, value}))},
      validation: (rule) => rule.required().error('Hãy chọn một trong sáu nhóm sản phẩm OCOP.'),
    }),
    defineField({
      name: 'subgroup',
      title: 'Phân nhóm',
      type: 'string',
      group: 'main',
      description: 'Không bắt buộc, ví dụ: Gốm sứ, Chè và sản phẩm từ chè, Bánh kẹo.',
    }),
    defineField({
      name: 'producer',
      title: 'Chủ thể',
      type: 'reference',
      group: 'main',
      to: [{type: 'producer'}],
      validation: (rule) => rule.required().error('Hãy chọn chủ thể làm ra sản phẩm.'),
    }),
    defineField({
      name: 'area',
      title: 'Nơi sản xuất (xã / phường)',
      type: 'reference',
      group: 'main',
      to: [{type: 'area'}],
      validation: (rule) => rule.required().error('Hãy chọn xã hoặc phường nơi sản xuất.'),
    }),
    defineField({
      name: 'ocop',
      title: 'Chứng nhận OCOP',
      type: 'ocopRating',
      group: 'rating',
      validation: (rule) => rule.required().error('Hãy nhập thông tin chứng nhận OCOP.'),
    }),
    defineField({
      name: 'summary',
      title: 'Tóm tắt',
      type: 'text',
      rows: 3,
      group: 'main',
      description: `Một hai câu giới thiệu, hiện trên thẻ sản phẩm và khi chia sẻ. Nên dưới ${SUMMARY_SOFT_LIMIT} ký tự.`,
      validation: (rule) => [
        rule.required().error('Hãy viết một hai câu giới thiệu sản phẩm.'),
        rule.max(SUMMARY_SOFT_LIMIT).warning(`Tóm tắt nên dưới ${SUMMARY_SOFT_LIMIT} ký tự để hiện trọn trên điện thoại.`),
      ],
    }),
    defineField({
      name: 'images',
      title: 'Ảnh sản phẩm',
      type: 'array',
      group: 'story',
      description: 'Ảnh đầu tiên là ảnh đại diện. Kéo để đổi thứ tự.',
      of: [defineArrayMember({type: 'accessibleImage'})],
      options: {layout: 'grid'},
    }),
    defineField({name: 'story', title: 'Câu chuyện sản phẩm', type: 'richText', group: 'story'}),
    defineField({
      name: 'pointsOfSale',
      title: 'Điểm bán',
      type: 'array',
      group: 'buy',
      description: 'Các điểm giới thiệu và bán sản phẩm OCOP có bày bán sản phẩm này.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'pointOfSale'}]})],
      validation: (rule) => rule.unique().error('Điểm bán này đã có trong danh sách.'),
    }),
    defineField({
      name: 'shopLinks',
      title: 'Mua trực tuyến',
      type: 'array',
      group: 'buy',
      description: 'Gian hàng Shopee, Lazada, Tiki, TikTok Shop, trang Facebook, Zalo, website hoặc số điện thoại đặt hàng.',
      of: [defineArrayMember({type: 'shopLink'})],
    }),
    defineField({
      name: 'priceRange',
      title: 'Khoảng giá (đồng)',
      type: 'object',
      group: 'buy',
      description: 'Không bắt buộc. Ví dụ: 60.000 đến 120.000 đồng một chiếc.',
      options: {columns: 3},
      fields: [
        defineField({name: 'min', title: 'Từ', type: 'number', validation: (rule) => rule.min(0).integer()}),
        defineField({
          name: 'max',
          title: 'Đến',
          type: 'number',
          validation: (rule) =>
            rule
              .integer()
              .custom((max, context) => {
                const min = (context.parent as {min?: number} | undefined)?.min
                return max !== undefined && min !== undefined && max < min ? 'Giá "đến" phải lớn hơn giá "từ".' : true
              })
              .error(),
        }),
        defineField({name: 'unit', title: 'Đơn vị', type: 'string', description: 'Ví dụ: chiếc, hộp 500 g.'}),
      ],
    }),
  ],
  orderings: [
    {title: 'Tên', name: 'name', by: [{field: 'name', direction: 'asc'}]},
    {title: 'Số sao', name: 'stars', by: [{field: 'ocop.stars', direction: 'desc'}]},
    {title: 'Ngày hết hiệu lực', name: 'expiry', by: [{field: 'ocop.expiresOn', direction: 'asc'}]},
  ],
  preview: {
    select: {title: 'name', producer: 'producer.name', stars: 'ocop.stars', expiresOn: 'ocop.expiresOn', media: 'images.0'},
    // In every list: the stars, the certificate's state when it needs attention, and the producer.
    prepare: ({title, producer, stars, expiresOn, media}) => ({
      title,
      subtitle: [stars ? `${'★'.repeat(stars)} ${stars} sao` : undefined, certificateState(expiresOn, todayInHanoi(new Date())), producer]
        .filter(Boolean)
        .join(' · '),
      media,
    }),
  },
})
