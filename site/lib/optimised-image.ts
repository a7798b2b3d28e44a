import {getImage} from 'astro:assets'
import type {ImageMetadata} from 'astro'

type Options = Parameters<typeof getImage>[0] & {src: ImageMetadata}

const results = new Map<string, ReturnType<typeof getImage>>()

/**
 * Astro's `getImage` for an image of the dataset, once per image and transform in a build: a
 * product's photo appears on its page, in listings and beside related products, and Astro hashes
 * every transform of every call (a tenth of a 10,000-product build before this).
 */
export function optimisedImage(options: Options): ReturnType<typeof getImage> {
  const key = JSON.stringify({...options, src: options.src.src})
  let result = results.get(key)
  if (!result) {
    result = getImage(options)
    results.set(key, result)
    result.catch(() => results.delete(key))
  }
  return result
}
