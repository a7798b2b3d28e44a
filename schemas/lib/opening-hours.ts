import {defineField} from 'sanity'

/**
 * Opening hours as they were entered before the structured hours (`hours`, type weeklyHours): a
 * line of text such as "7:30–18:00, tất cả các ngày", which no browser can read as "open now".
 * Documents that still have it keep showing it on the website; the form shows it only while it
 * has a value, and asks the editor to move it into the structured hours.
 */
export const legacyOpeningHours = defineField({
  name: 'openingHours',
  title: 'Giờ mở cửa (cách ghi cũ)',
  type: 'string',
  description: 'Website vẫn hiện dòng này cho tới khi mục "Giờ mở cửa" ở trên được nhập. Nhập xong thì xoá dòng này.',
  hidden: ({value}) => !value,
  validation: (rule) =>
    rule
      .custom((value, context) => {
        if (!value) return true
        const parent = context.parent as {hours?: unknown} | undefined
        return parent?.hours
          ? 'Đã có giờ mở cửa theo tuần: hãy xoá dòng ghi cũ này.'
          : 'Hãy nhập lại giờ này vào mục "Giờ mở cửa" theo từng ngày để website báo được "Đang mở cửa".'
      })
      .warning(),
})
