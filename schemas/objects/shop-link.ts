import {LinkIcon} from '@sanity/icons/Link'
import {defineField, defineType} from 'sanity'
import {SHOP_LINK_KINDS, titleOf} from '../constants'
import {LINK_SCHEMES} from '../lib/validation'
import {checkWebAddress} from '../../site/lib/submissions'

/** Where a product can be bought or ordered: a shop, a marketplace, a social page or a phone line. */
export const shopLink = defineType({
  name: 'shopLink',
  title: 'Liên kết mua hàng',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'kind',
      title: 'Kênh',
      type: 'string',
      options: {list: [...SHOP_LINK_KINDS]},
      validation: (rule) => rule.required().error('Hãy chọn kênh bán hàng.'),
    }),
    defineField({
      name: 'url',
      title: 'Địa chỉ',
      type: 'url',
      description: 'Địa chỉ trực tiếp của trang bán hàng (https://…, không dùng liên kết rút gọn như shp.ee, fb.me), hoặc tel:0912345678 cho số điện thoại.',
      validation: (rule) => [
        rule.required().error('Hãy nhập địa chỉ liên kết.'),
        rule.uri({scheme: LINK_SCHEMES}).error('Liên kết chỉ được bắt đầu bằng http://, https://, mailto: hoặc tel:.'),
        rule
          .custom((url, context) => {
            const kind = (context.parent as {kind?: string} | undefined)?.kind
            if (!url) return true
            if (kind === 'phone' && !url.startsWith('tel:')) return 'Số điện thoại ghi dạng tel:0912345678.'
            if (kind !== 'phone' && url.startsWith('tel:')) return 'Liên kết tel: chỉ dùng cho kênh "Điện thoại".'
            // The same rule as the site's forms: https, and the shop's own address, not a shortener or redirector.
            if (/^https?:/i.test(url)) {
              const checked = checkWebAddress(url)
              if ('error' in checked) return checked.error
            }
            return true
          })
          .error(),
      ],
    }),
    defineField({
      name: 'label',
      title: 'Tên hiển thị',
      type: 'string',
      description: 'Không bắt buộc, ví dụ: "Gian hàng chính hãng trên Shopee".',
    }),
  ],
  preview: {
    select: {kind: 'kind', url: 'url', label: 'label'},
    prepare: ({kind, url, label}) => ({title: label || titleOf(SHOP_LINK_KINDS, kind) || 'Liên kết', subtitle: url}),
  },
})
