import {BlockContentIcon} from '@sanity/icons/BlockContent'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {LINK_SCHEMES} from '../lib/validation'

/** Formatted text: headings, lists, links and images with a description. */
export const richText = defineType({
  name: 'richText',
  title: 'Nội dung',
  type: 'array',
  icon: BlockContentIcon,
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        {title: 'Đoạn văn', value: 'normal'},
        {title: 'Tiêu đề mục', value: 'h2'},
        {title: 'Tiêu đề nhỏ', value: 'h3'},
        {title: 'Trích dẫn', value: 'blockquote'},
      ],
      lists: [
        {title: 'Danh sách chấm', value: 'bullet'},
        {title: 'Danh sách số', value: 'number'},
      ],
      marks: {
        decorators: [
          {title: 'Đậm', value: 'strong'},
          {title: 'Nghiêng', value: 'em'},
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Liên kết',
            type: 'object',
            fields: [
              defineField({
                name: 'href',
                title: 'Địa chỉ',
                type: 'url',
                description: 'Bắt đầu bằng https://, mailto: hoặc tel:',
                validation: (rule) => [
                  rule.required().error('Hãy nhập địa chỉ liên kết.'),
                  rule.uri({scheme: LINK_SCHEMES}).error('Liên kết chỉ được bắt đầu bằng http://, https://, mailto: hoặc tel:.'),
                ],
              }),
            ],
          }),
        ],
      },
    }),
    defineArrayMember({type: 'accessibleImage'}),
  ],
})
