import type {ContentImage} from './content-schemas'
import {bundledImage, sanityImageUrl} from './images'
import {optimisedImage} from './optimised-image'

const fromSanity = () => (process.env.CONTENT_SOURCE?.trim() || 'local') === 'sanity'

/** Where the editor put the image's hotspot, as a CSS position for cropping; the centre without one. */
export function hotspotPosition(image: ContentImage): string {
  return image.hotspot ? `${Math.round(image.hotspot.x * 100)}% ${Math.round(image.hotspot.y * 100)}%` : 'center'
}

/** One URL for an image at a fixed size (sharing cards, feeds), from either content source. */
export async function shareImageUrl(image: ContentImage, width: number, height: number): Promise<string> {
  if (fromSanity()) return sanityImageUrl(image, width, height)
  const result = await optimisedImage({src: bundledImage(image.ref), width, height, format: 'jpeg', quality: 80, fit: 'cover', position: hotspotPosition(image)})
  return result.src
}

/** A small WebP of an image (search results, square; catalogue cards, 3:2), from either content source. */
export async function thumbnailUrl(image: ContentImage, size: number, height: number = size): Promise<string> {
  if (fromSanity()) return sanityImageUrl(image, size, height)
  const result = await optimisedImage({src: bundledImage(image.ref), width: size, height, format: 'webp', quality: 60, fit: 'cover', position: hotspotPosition(image)})
  return result.src
}
