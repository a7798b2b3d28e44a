import {getImage} from 'astro:assets'
import type {ContentImage} from './content-schemas'
import {bundledImage, sanityImageUrl} from './images'

/** One URL for an image at a fixed size (sharing cards, feeds), from either content source. */
export async function shareImageUrl(image: ContentImage, width: number, height: number): Promise<string> {
  if ((process.env.CONTENT_SOURCE?.trim() || 'local') === 'sanity') return sanityImageUrl(image, width, height)
  const result = await getImage({src: bundledImage(image.ref), width, height, format: 'jpeg', quality: 80, fit: 'cover'})
  return result.src
}
