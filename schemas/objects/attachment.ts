import {DocumentPdfIcon} from '@sanity/icons/DocumentPdf'
import {defineField, defineType} from 'sanity'

/** A downloadable file, such as an official document in PDF. */
export const attachment = defineType({
  name: 'attachment',
  title: 'Tệp đính kèm',
  type: 'object',
  icon: DocumentPdfIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Tên tệp',
      type: 'string',
      description: 'Tên người đọc thấy, ví dụ: "Kế hoạch số 12/KH-SCT".',
      validation: (rule) => rule.required().error('Hãy nhập tên tệp.'),
    }),
    defineField({
      name: 'file',
      title: 'Tệp',
      type: 'file',
      options: {accept: '.pdf,.doc,.docx,.xls,.xlsx'},
      validation: (rule) => rule.required().error('Hãy tải tệp lên.'),
    }),
  ],
  preview: {select: {title: 'title', subtitle: 'file.asset.originalFilename'}},
})
