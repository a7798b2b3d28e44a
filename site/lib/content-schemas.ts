import {z} from 'astro/zod'
import {AREA_KINDS, PRODUCER_KINDS, PRODUCT_GROUPS} from '../../schemas/constants'

const values = <T extends readonly {value: string}[]>(list: T) =>
  list.map((item) => item.value) as [T[number]['value'], ...T[number]['value'][]]

const slug = z
  .string({error: 'a slug is required'})
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug uses only a-z, 0-9 and single hyphens')

const isoDate = z.iso.date({error: 'a date is required, as YYYY-MM-DD'})

const area = z.object({
  name: z.string().min(1),
  kind: z.enum(values(AREA_KINDS)),
  formerDistrict: z.string().nullish(),
})

/** A Portable Text block or object; rendering decides what each type looks like. */
const portableText = z.array(z.looseObject({_type: z.string(), _key: z.string()}))

export const productSchema = z.object({
  _id: z.string(),
  name: z.string({error: 'a name is required'}).min(1, 'a name is required'),
  slug,
  group: z.enum(values(PRODUCT_GROUPS), {error: 'must be one of the six OCOP product groups'}),
  producer: z.object(
    {_id: z.string(), name: z.string().min(1), slug, kind: z.enum(values(PRODUCER_KINDS))},
    {error: 'must reference a published producer'},
  ),
  area: area.nullish(),
  ocop: z.object(
    {
      stars: z.union([z.literal(3), z.literal(4), z.literal(5)], {error: 'OCOP stars must be 3, 4 or 5'}),
      decisionNumber: z.string().min(1),
      decisionDate: isoDate,
    },
    {error: 'the OCOP rating is required'},
  ),
  summary: z.string().nullish(),
  story: portableText.nullish(),
})

export const producerSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  slug,
  kind: z.enum(values(PRODUCER_KINDS)),
  address: z.string().nullish(),
  area: area.nullish(),
  phone: z.string().nullish(),
  description: z.string().nullish(),
})

export type Product = z.infer<typeof productSchema>
export type Producer = z.infer<typeof producerSchema>
