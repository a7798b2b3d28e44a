import {describe, expect, it} from 'vitest'
import {croppedAspect, richTextParts} from '../../site/lib/rich-text'
import type {RichText} from '../../site/lib/sanity.types'

const item = (key: string) => ({_key: key, _type: 'block' as const, style: 'normal' as const, listItem: 'bullet' as const, level: 1, markDefs: [], children: [{_key: `${key}s`, _type: 'span' as const, text: key, marks: []}]})
const photo = {
  _key: 'img',
  _type: 'accessibleImage' as const,
  asset: {_type: 'reference' as const, _ref: 'image-69b25fb3e7175dd0d0d2bb67eef5a030a38a60ea-1200x800-webp'},
  alt: 'Bình gốm men lam vẽ hoa sen',
  caption: 'Bình gốm của xưởng',
}

describe('rich text with images', () => {
  it('is cut where images stand, keeping a list’s items together, and gives each image as pages render one', () => {
    const parts = richTextParts([item('a'), item('b'), photo, item('c')] as RichText)
    expect(parts.map((part) => part.kind)).toEqual(['text', 'image', 'text'])
    expect(parts[0]).toMatchObject({kind: 'text', blocks: [{_key: 'a'}, {_key: 'b'}]})
    expect(parts[1]).toEqual({
      kind: 'image',
      key: 'img',
      image: {ref: photo.asset._ref, alt: 'Bình gốm men lam vẽ hoa sen', caption: 'Bình gốm của xưởng', crop: null, hotspot: null},
    })
  })

  it('is shown whole, as the editor cropped it', () => {
    const image = {ref: photo.asset._ref, alt: 'x', caption: null, hotspot: null}
    expect(croppedAspect({...image, crop: null}, {width: 1200, height: 800})).toBeCloseTo(1.5)
    expect(croppedAspect({...image, crop: {_type: 'sanity.imageCrop', top: 0, bottom: 0, left: 0.25, right: 0.25}}, {width: 1200, height: 800})).toBeCloseTo(0.75)
  })
})
