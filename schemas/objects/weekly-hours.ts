import {ClockIcon} from '@sanity/icons/Clock'
import {defineArrayMember, defineField, defineType, type StringRule} from 'sanity'
import {hoursProblems, parseTime, weekLines, WEEKDAY_NAMES, WEEKDAYS, type WeeklyHours} from '../../site/lib/opening-hours'
import {WeeklyHoursInput} from '../components/weekly-hours-input'
import {vietnameseDate} from '../lib/dates'

const timeRule = (rule: StringRule, what: string, example: string) =>
  rule.custom((value) => (!value || parseTime(value) !== null ? true : `${what} phải có dạng giờ:phút, ví dụ ${example}.`)).error()

/** One row of the regular week: some days with the same hours. A lunch break is two rows. */
const hoursRow = defineArrayMember({
  name: 'hoursRow',
  title: 'Ngày và giờ',
  type: 'object',
  fields: [
    defineField({
      name: 'days',
      title: 'Các ngày',
      type: 'array',
      of: [defineArrayMember({type: 'string'})],
      options: {list: WEEKDAYS.map((value) => ({value, title: WEEKDAY_NAMES[value]})), layout: 'grid'},
      validation: (rule) => rule.required().min(1).error('Hãy chọn ít nhất một ngày.'),
    }),
    defineField({
      name: 'opens',
      title: 'Mở cửa lúc',
      type: 'string',
      placeholder: '7:30',
      validation: (rule) => [rule.required().error('Hãy nhập giờ mở cửa, ví dụ 7:30.'), timeRule(rule, 'Giờ mở cửa', '7:30')],
    }),
    defineField({
      name: 'closes',
      title: 'Đóng cửa lúc',
      type: 'string',
      placeholder: '18:00',
      description: 'Đóng sau nửa đêm thì ghi giờ của hôm sau, ví dụ 2:00. Mở cả ngày: 0:00 đến 24:00.',
      validation: (rule) => [rule.required().error('Hãy nhập giờ đóng cửa, ví dụ 18:00.'), timeRule(rule, 'Giờ đóng cửa', '18:00')],
    }),
  ],
  preview: {
    select: {days: 'days', opens: 'opens', closes: 'closes'},
    prepare: ({days, opens, closes}) => ({
      // Only this row's days: the others are not closed for it.
      title:
        days?.length && opens && closes
          ? weekLines({weekly: [{days, opens, closes}]})
              .filter((line) => !line.closed)
              .map((line) => `${line.days} ${line.hours}`)
              .join('; ')
          : 'Dòng chưa đủ ngày và giờ',
    }),
  },
})

/** A day or a run of days with other hours than the week's: Tết, a holiday, a festival season. */
const hoursException = defineArrayMember({
  name: 'hoursException',
  title: 'Ngày nghỉ hoặc giờ đặc biệt',
  type: 'object',
  fields: [
    defineField({name: 'reason', title: 'Dịp', type: 'string', placeholder: 'Nghỉ Tết Nguyên đán'}),
    defineField({
      name: 'from',
      title: 'Từ ngày',
      type: 'date',
      options: {dateFormat: 'DD/MM/YYYY'},
      validation: (rule) => rule.required().error('Hãy chọn ngày bắt đầu.'),
    }),
    defineField({
      name: 'to',
      title: 'Đến hết ngày',
      type: 'date',
      options: {dateFormat: 'DD/MM/YYYY'},
      description: 'Bỏ trống nếu chỉ một ngày.',
      validation: (rule) =>
        rule
          .custom((to, context) => {
            const from = (context.parent as {from?: string} | undefined)?.from
            return !to || !from || to >= from ? true : 'Ngày kết thúc đang trước ngày bắt đầu.'
          })
          .error(),
    }),
    defineField({name: 'closed', title: 'Đóng cửa cả ngày', type: 'boolean', initialValue: true}),
    defineField({
      name: 'opens',
      title: 'Mở cửa lúc',
      type: 'string',
      placeholder: '6:30',
      hidden: ({parent}) => parent?.closed !== false,
      validation: (rule) => timeRule(rule, 'Giờ mở cửa', '6:30'),
    }),
    defineField({
      name: 'closes',
      title: 'Đóng cửa lúc',
      type: 'string',
      placeholder: '20:00',
      hidden: ({parent}) => parent?.closed !== false,
      validation: (rule) => timeRule(rule, 'Giờ đóng cửa', '20:00'),
    }),
  ],
  preview: {
    select: {reason: 'reason', from: 'from', to: 'to', closed: 'closed', opens: 'opens', closes: 'closes'},
    prepare: ({reason, from, to, closed, opens, closes}) => ({
      title: reason || (closed === false ? 'Giờ đặc biệt' : 'Nghỉ'),
      subtitle: [
        from ? (to && to !== from ? `${vietnameseDate(from)} – ${vietnameseDate(to)}` : vietnameseDate(from)) : 'Chưa chọn ngày',
        closed === false ? `${opens ?? '?'}–${closes ?? '?'}` : 'đóng cửa',
      ].join(' · '),
    }),
  },
})

/**
 * Opening hours a website can reason about: "Đang mở cửa" in the browser, the week on the page,
 * `openingHoursSpecification` for search engines. The form shows the week as visitors will read it.
 */
export const weeklyHours = defineType({
  name: 'weeklyHours',
  title: 'Giờ mở cửa',
  type: 'object',
  icon: ClockIcon,
  components: {input: WeeklyHoursInput},
  fields: [
    defineField({
      name: 'weekly',
      title: 'Trong tuần',
      type: 'array',
      description: 'Mỗi dòng là các ngày có cùng giờ. Nghỉ trưa thì thêm dòng thứ hai cho buổi chiều.',
      of: [hoursRow],
    }),
    defineField({
      name: 'exceptions',
      title: 'Ngày nghỉ, ngày có giờ đặc biệt',
      type: 'array',
      description: 'Tết, ngày lễ, mùa lễ hội mở muộn hơn. Những ngày này thay cho giờ trong tuần.',
      of: [hoursException],
    }),
    defineField({
      name: 'note',
      title: 'Ghi chú cho khách',
      type: 'string',
      description: 'Ví dụ: Gọi trước khi đến vào ngày mưa bão.',
    }),
  ],
  // Named in the form's breadcrumbs when a row is open.
  preview: {prepare: () => ({title: 'Giờ mở cửa'})},
  validation: (rule) =>
    rule.custom((value) => {
      if (!value) return true
      const problems = hoursProblems(value as unknown as WeeklyHours)
      return problems.length ? problems[0]! : true
    }),
})
