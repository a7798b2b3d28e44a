import {StarIcon} from '@sanity/icons/Star'
import {defineField, defineType} from 'sanity'
import {ExpiryInput} from '../components/expiry-input'
import {CERTIFICATE_ISSUERS} from '../constants'
import {certificateExpiry, DATE_OPTIONS, todayInHanoi, vietnameseDate} from '../lib/dates'

interface Rating {
  stars?: number
  decisionDate?: string
  expiresOn?: string
}

/** What an editor who has not chosen the stars (or an import with 2 or 6) is told. */
const STARS_MESSAGE = 'Hãy chọn số sao: 3, 4 hoặc 5, như trong quyết định công nhận.'

/** An OCOP certificate: stars, the decision that granted them, and how long it is valid. */
export const ocopRating = defineType({
  name: 'ocopRating',
  title: 'Chứng nhận OCOP',
  type: 'object',
  icon: StarIcon,
  fields: [
    defineField({
      name: 'stars',
      title: 'Số sao',
      type: 'number',
      description: '5 sao: 90–100 điểm, 4 sao: 70–89 điểm, 3 sao: 50–69 điểm.',
      options: {list: [3, 4, 5], layout: 'radio', direction: 'horizontal'},
      // The option list already limits the value to 3, 4 or 5 (its implied rule takes this rule's
      // message): one instruction fits both a missing value and a wrong one from an import.
      validation: (rule) => rule.required().error(STARS_MESSAGE),
    }),
    defineField({
      name: 'potentialFiveStars',
      title: 'Tiềm năng 5 sao',
      type: 'boolean',
      description: 'Sản phẩm đã được thành phố gửi lên Trung ương đánh giá 5 sao.',
      initialValue: false,
      validation: (rule) =>
        rule
          .custom((flag, context) =>
            flag && (context.parent as Rating | undefined)?.stars === 5 ? 'Sản phẩm đã đạt 5 sao, hãy bỏ đánh dấu này.' : true,
          )
          .error(),
    }),
    defineField({
      name: 'decisionNumber',
      title: 'Số quyết định',
      type: 'string',
      description: 'Ví dụ: 5162/QĐ-UBND.',
      validation: (rule) => [
        rule.required().error('Hãy nhập số quyết định công nhận.'),
        rule
          .custom((value) => (!value || /^\d+\/QĐ-[\p{L}\d-]+$/u.test(value.trim()) ? true : 'Số quyết định thường có dạng 5162/QĐ-UBND.'))
          .warning(),
      ],
    }),
    defineField({
      name: 'decisionDate',
      title: 'Ngày quyết định',
      type: 'date',
      options: DATE_OPTIONS,
      validation: (rule) => [
        rule.required().error('Hãy nhập ngày quyết định.'),
        rule.custom((date) => (date && date > todayInHanoi() ? 'Ngày quyết định không thể ở tương lai.' : true)).error(),
      ],
    }),
    defineField({
      name: 'issuer',
      title: 'Cơ quan công nhận',
      type: 'string',
      options: {list: [...CERTIFICATE_ISSUERS], layout: 'radio'},
      initialValue: 'ubnd-ha-noi',
      validation: (rule) => rule.required().error('Hãy chọn cơ quan ra quyết định.'),
    }),
    defineField({
      name: 'expiresOn',
      title: 'Hết hiệu lực ngày',
      type: 'date',
      description: 'Thường là 36 tháng sau ngày quyết định; được điền sẵn khi bạn nhập ngày quyết định.',
      options: DATE_OPTIONS,
      components: {input: ExpiryInput},
      validation: (rule) => [
        rule.required().error('Hãy nhập ngày hết hiệu lực (36 tháng sau ngày quyết định).'),
        rule
          .custom((expiry, context) => {
            const decisionDate = (context.parent as Rating | undefined)?.decisionDate
            return expiry && decisionDate && expiry <= decisionDate ? 'Ngày hết hiệu lực phải sau ngày quyết định.' : true
          })
          .error(),
        rule
          .custom((expiry) =>
            expiry && expiry < todayInHanoi()
              ? `Chứng nhận đã hết hiệu lực từ ${vietnameseDate(expiry)}: website sẽ ghi "hết hiệu lực".`
              : true,
          )
          .warning(),
        rule
          .custom((expiry, context) => {
            const decisionDate = (context.parent as Rating | undefined)?.decisionDate
            if (!expiry || !decisionDate || expiry === certificateExpiry(decisionDate)) return true
            return `Khác thời hạn 36 tháng thông thường (${vietnameseDate(certificateExpiry(decisionDate))}). Hãy kiểm tra lại quyết định.`
          })
          .warning(),
      ],
    }),
  ],
})
