import {z} from 'astro/zod'
import {AREA_KINDS, CERTIFICATE_ISSUERS, PRODUCER_KINDS, PRODUCT_GROUPS} from '../../schemas/constants'
import {SLUG_PATTERN} from '../../schemas/lib/slug'
import type {ProducersQueryResult, ProductsQueryResult, RichText} from './sanity.types'

const values = <T extends readonly {value: string}[]>(list: T) =>
  list.map((item) => item.value) as [T[number]['value'], ...T[number]['value'][]]

const slug = z.string({error: 'a slug is required'}).regex(SLUG_PATTERN, 'a slug uses only a-z, 0-9 and single hyphens')

const isoDate = z.iso.date({error: 'a date is required, as YYYY-MM-DD'})

const area = z.object({
  name: z.string().min(1),
  kind: z.enum(values(AREA_KINDS)),
  formerDistrict: z.string().nullable(),
})

/** An image as `imageProjection` (images.ts) selects it. */
export const imageSchema = z.object({
  alt: z.string({error: 'an image needs alt text'}).min(1, 'an image needs alt text'),
  caption: z.string().nullable(),
  ref: z.string().regex(/^image-[0-9a-f]+-\d+x\d+-[a-z]+$/, 'an image must reference an image asset'),
  crop: z
    .object({_type: z.literal('sanity.imageCrop'), top: z.number(), bottom: z.number(), left: z.number(), right: z.number()})
    .nullable(),
  hotspot: z
    .object({_type: z.literal('sanity.imageHotspot'), x: z.number(), y: z.number(), width: z.number(), height: z.number()})
    .nullable(),
})


/** Portable Text: checked for shape here, rendered by type in RichText.tsx. */
const richText = z
  .array(z.looseObject({_type: z.string(), _key: z.string()}))
  .transform((blocks) => blocks as RichText)

export const productSchema = z.object({
  _id: z.string(),
  name: z.string({error: 'a name is required'}).min(1, 'a name is required'),
  slug,
  group: z.enum(values(PRODUCT_GROUPS), {error: 'must be one of the six OCOP product groups'}),
  subgroup: z.string().nullable(),
  producer: z.object(
    {_id: z.string(), name: z.string().min(1), slug, kind: z.enum(values(PRODUCER_KINDS))},
    {error: 'must reference a published producer'},
  ),
  area,
  ocop: z.object(
    {
      stars: z.union([z.literal(3), z.literal(4), z.literal(5)], {error: 'OCOP stars must be 3, 4 or 5'}),
      decisionNumber: z.string().min(1),
      decisionDate: isoDate,
      issuer: z.enum(values(CERTIFICATE_ISSUERS)),
      expiresOn: isoDate,
      potentialFiveStars: z.boolean().nullable(),
    },
    {error: 'the OCOP rating is required'},
  ),
  summary: z.string().min(1),
  images: z.array(imageSchema).nullable(),
  story: richText.nullable(),
})

export const producerSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  slug,
  kind: z.enum(values(PRODUCER_KINDS)),
  address: z.string().nullable(),
  area,
  phone: z.string().nullable(),
  description: z.string().nullable(),
  logo: imageSchema.nullable(),
})

export type ContentImage = z.infer<typeof imageSchema>
export type Product = z.infer<typeof productSchema>
export type Producer = z.infer<typeof producerSchema>

/**
 * Compile-time proof that each schema only narrows what its query can return, as Sanity TypeGen
 * typed it from the Studio schema: a query or schema change that breaks the contract fails `npm run typecheck`.
 */
type Narrows<Narrow extends Wide, Wide> = [Narrow, Wide]
export type ContentContracts = [
  Narrows<Product, ProductsQueryResult[number]>,
  Narrows<Producer, ProducersQueryResult[number]>,
]
