import {PinIcon} from '@sanity/icons/Pin'
import {defineField, defineType} from 'sanity'
import {GeopointMapInput} from '../components/geopoint-map-input'
import {AREA_KINDS, titleOf} from '../constants'
import {inHanoi, OUTSIDE_HANOI} from '../lib/places'

export const area = defineType({
  name: 'area',
  title: 'Xã / phường',
  type: 'document',
  icon: PinIcon,
  description: 'Đơn vị hành chính cấp xã của Hà Nội sau sắp xếp ngày 1/7/2025.',
  fields: [
    defineField({
      name: 'name',
      title: 'Tên',
      type: 'string',
      description: 'Tên không kèm chữ "xã" hay "phường", ví dụ: Bát Tràng.',
      validation: (rule) => rule.required().error('Hãy nhập tên xã hoặc phường.'),
    }),
    defineField({
      name: 'kind',
      title: 'Loại',
      type: 'string',
      options: {list: [...AREA_KINDS], layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required().error('Hãy chọn xã hay phường.'),
    }),
    defineField({
      name: 'formerDistrict',
      title: 'Quận / huyện cũ',
      type: 'string',
      description: 'Tên quận hoặc huyện trước ngày 1/7/2025, ví dụ: Gia Lâm. Người dân vẫn tìm theo tên này.',
    }),
    defineField({
      name: 'centre',
      title: 'Vị trí trung tâm',
      type: 'geopoint',
      components: {input: GeopointMapInput},
      description:
        'Trụ sở UBND hoặc giữa khu dân cư. Khách không chia sẻ vị trí thì chọn xã, phường và website xếp điểm bán theo khoảng cách từ đây; Studio cũng dựa vào đây để nhắc khi tọa độ một điểm bán nằm quá xa xã của nó.',
      validation: (rule) => rule.custom((point) => (!point || inHanoi(point) ? true : OUTSIDE_HANOI)).error(),
    }),
  ],
  orderings: [{title: 'Tên', name: 'name', by: [{field: 'name', direction: 'asc'}]}],
  preview: {
    select: {name: 'name', kind: 'kind', formerDistrict: 'formerDistrict'},
    prepare: ({name, kind, formerDistrict}) => ({
      title: [titleOf(AREA_KINDS, kind), name].filter(Boolean).join(' '),
      subtitle: formerDistrict ? `Trước đây thuộc ${formerDistrict}` : undefined,
    }),
  },
})
