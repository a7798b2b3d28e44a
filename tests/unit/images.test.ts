import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {dimensionsOf, sanityImageUrl} from '../../site/lib/images'

const ref = 'image-3b36fbc25aa42d456a483cb948f1c0f0c1bc090b-1200x800-webp'

describe('images from a Sanity project', () => {
  const saved = {...process.env}
  beforeEach(() => Object.assign(process.env, {SANITY_PROJECT_ID: 'abc123xy', SANITY_DATASET: 'production', SANITY_API_VERSION: '2026-11-01'}))
  afterEach(() => {
    process.env = {...saved}
  })

  it('come from Sanity’s CDN at the size the page asks for, in the best format the browser takes', () => {
    const url = new URL(sanityImageUrl({alt: 'Bánh chưng', caption: null, ref, crop: null, hotspot: null}, 720, 480))
    expect(url.origin + url.pathname).toBe('https://cdn.sanity.io/images/abc123xy/production/3b36fbc25aa42d456a483cb948f1c0f0c1bc090b-1200x800.webp')
    expect(Object.fromEntries(url.searchParams)).toMatchObject({w: '720', h: '480', fit: 'crop', auto: 'format'})
  })

  it('honour the editor’s crop and hotspot', () => {
    const url = new URL(
      sanityImageUrl(
        {
          alt: 'Bánh chưng',
          caption: null,
          ref,
          crop: {_type: 'sanity.imageCrop', top: 0.1, bottom: 0.1, left: 0.2, right: 0},
          hotspot: {_type: 'sanity.imageHotspot', x: 0.8, y: 0.3, width: 0.2, height: 0.2},
        },
        360,
        360,
      ),
    )
    // A square cut from the cropped area (960×640 from x=240, y=80), moved towards the hotspot on the right.
    expect(url.searchParams.get('rect')).toBe('560,80,640,640')
    expect(url.searchParams.get('w')).toBe('360')
  })
})

describe('image asset ids', () => {
  it('carry the original size', () => {
    expect(dimensionsOf(ref)).toEqual({width: 1200, height: 800})
    expect(() => dimensionsOf('file-abc-pdf')).toThrow(/Not a Sanity image asset id/)
  })
})
