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

/**
 * The local dataset's images, by their file name in its images/ folder (the export's naming):
 * `@dataset` is the folder of CONTENT_DATASET, else content/ (astro.config.mjs).
 */
const bundled = new Map(
  Object.entries(import.meta.glob<ImageMetadata>('@dataset/images/*.{jpg,jpeg,png,webp}', {eager: true, import: 'default'})).map(
    ([file, image]) => [file.slice(file.lastIndexOf('/') + 1), image],
  ),
)

/** The dataset's file behind an image asset id, for Astro's image pipeline. */
export function bundledImage(ref: string): ImageMetadata {
  const match = /^image-([0-9a-f]+-\d+x\d+)-([a-z]+)$/.exec(ref)
  const image = match && bundled.get(`${match[1]}.${match[2]}`)
  if (!image) throw new Error(`The image ${ref} is not in the dataset's images/ folder`)
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

