import type {ContentImage} from './content-schemas'
import type {RichText} from './sanity.types'

type Block = RichText[number]
type TextBlock = Extract<Block, {_type: 'block'}>

/** A rich-text field cut where images stand: runs of text blocks, and images as pages render them. */
export type RichTextPart = {kind: 'text'; blocks: TextBlock[]} | {kind: 'image'; key: string; image: ContentImage}

/** The parts of a rich-text field in order; consecutive text blocks stay together, so lists keep their items. */
export function richTextParts(blocks: RichText): RichTextPart[] {
  const parts: RichTextPart[] = []
  for (const block of blocks) {
    if (block._type === 'block') {
      const last = parts.at(-1)
      if (last?.kind === 'text') last.blocks.push(block)
      else parts.push({kind: 'text', blocks: [block]})
      continue
    }
    parts.push({
      kind: 'image',
      key: block._key,
      // content-schemas.ts has checked that the asset and the alt text are there.
      image: {ref: block.asset!._ref, alt: block.alt!, caption: block.caption ?? null, crop: block.crop ?? null, hotspot: block.hotspot ?? null} as ContentImage,
    })
  }
  return parts
}

/** Width over height of an image as cropped by the editor, so that an image in text is shown whole. */
export function croppedAspect(image: ContentImage, natural: {width: number; height: number}): number {
  const crop = image.crop ?? {top: 0, bottom: 0, left: 0, right: 0}
  return (natural.width * (1 - crop.left - crop.right)) / (natural.height * (1 - crop.top - crop.bottom))
}
