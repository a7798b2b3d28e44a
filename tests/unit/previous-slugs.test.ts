import {describe, expect, it} from 'vitest'
import {previousSlugsAfterPublish} from '../../schemas/lib/previous-slugs'

describe('publishing a product or producer keeps the address it had', () => {
  it('adds the live slug when the editor publishes a new one', () => {
    expect(previousSlugsAfterPublish(undefined, 'tra-nu-hong-me-linh', 'tra-nu-hong-say-me-linh')).toEqual(['tra-nu-hong-me-linh'])
  })

  it('keeps every earlier slug, oldest first, after a second rename', () => {
    expect(previousSlugsAfterPublish(['a'], 'b', 'c')).toEqual(['a', 'b'])
  })

  it('changes nothing when the slug stays the same or the document was never published', () => {
    expect(previousSlugsAfterPublish(['a'], 'b', 'b')).toBeUndefined()
    expect(previousSlugsAfterPublish(undefined, undefined, 'b')).toBeUndefined()
    expect(previousSlugsAfterPublish(undefined, 'b', undefined)).toBeUndefined()
  })

  it('drops a slug that becomes current again, so it is the page and not a redirect', () => {
    expect(previousSlugsAfterPublish(['a'], 'b', 'a')).toEqual(['b'])
    expect(previousSlugsAfterPublish(['a', 'b'], 'b', 'b')).toEqual(['a'])
  })

  it('never lists the same slug twice', () => {
    expect(previousSlugsAfterPublish(['a', 'b'], 'b', 'c')).toBeUndefined()
  })
})
