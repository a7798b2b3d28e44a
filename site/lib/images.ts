import imageUrlBuilder from '@sanity/image-url'
import type {ImageMetadata} from 'astro'
import type {ContentImage} from './content-schemas'
import {readSanityConfig} from './env'

/** The fields of an image that pages use, as every image query projects them. */
export const imageProjection = /* groq */ `{alt, caption, crop, hotspot, "ref": asset._ref}`

export type {ContentImage}

/** Width and height encoded in a Sanity image asset id: image-<sha1>-<w>x<h>-<ext>. */
export function dimensionsOf(ref: string): {width: number; height: number} {
  const match = /^image-[0-9a-f]+-(\d+)x(\d+)-[a-z]+$/.exec(ref)
  if (!match) throw new Error(`Not a Sanity image asset id: "${ref}"`)
  return {width: Number(match[1]), height: Number(match[2])}
}

/** The bundled dataset's images, by their file name in content/images (the export's naming). */
const bundled = import.meta.glob<ImageMetadata>('../../content/images/*.{jpg,jpeg,png,webp}', {eager: true, import: 'default'})

/** The bundled file behind an image asset id, for Astro's image pipeline. */
export function bundledImage(ref: string): ImageMetadata {
  const match = /^image-([0-9a-f]+-\d+x\d+)-([a-z]+)$/.exec(ref)
  const image = match && bundled[`../../content/images/${match[1]}.${match[2]}`]
  if (!image) throw new Error(`The image ${ref} is not in content/images`)
  return image
}

/** Image URLs on Sanity's CDN for the project the site is built from, honouring crop and hotspot. */
export function sanityImageUrl(image: ContentImage, width: number, height: number): string {
  const {projectId, dataset} = readSanityConfig()
  return imageUrlBuilder({projectId, dataset})
    .image({asset: {_ref: image.ref}, crop: image.crop ?? undefined, hotspot: image.hotspot ?? undefined})
    .width(width)
    .height(height)
    .fit('crop')
    .auto('format')
    .quality(75)
    .url()
}

