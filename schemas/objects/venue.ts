import {PinIcon} from '@sanity/icons/Pin'
import {defineField, defineType} from 'sanity'
import {GeopointMapInput} from '../components/geopoint-map-input'

/** Where an event or a training takes place. */
export const venue = defineType({
  name: 'venue',
  title: 'Địa điểm',
  type: 'object',
  icon: PinIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Tên địa điểm',
      type: 'string',
      description: 'Ví dụ: Cung Văn hóa Hữu nghị Việt Xô.',
      validation: (rule) => rule.required().error('Hãy nhập tên địa điểm.'),
    }),
    defineField({name: 'address', title: 'Địa chỉ', type: 'string', description: 'Số nhà, đường phố.'}),
    defineField({name: 'area', title: 'Xã / phường', type: 'reference', to: [{type: 'area'}]}),
    defineField({
      name: 'location',
      title: 'Tọa độ bản đồ',
      type: 'geopoint',
      components: {input: GeopointMapInput},
      description: 'Để nút "Chỉ đường" dẫn đúng chỗ.',
    }),
  ],
})
