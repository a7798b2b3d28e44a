import {z} from 'astro/zod'
import {
  ARTICLE_KINDS,
  AREA_KINDS,
  CERTIFICATE_ISSUERS,
  EVENT_KINDS,
  POINT_OF_SALE_KINDS,
  PRODUCER_KINDS,
  PRODUCT_GROUPS,
  SHOP_LINK_KINDS,
} from '../../schemas/constants'
import {SLUG_PATTERN} from '../../schemas/lib/slug'
import type {
  AddressesQueryResult,
  AreasQueryResult,
  ArticlesQueryResult,
  EventsQueryResult,
  PointsOfSaleQueryResult,
  ProducersQueryResult,
  ProductsQueryResult,
  RichText,
  SettingsQueryResult,
  TrainingsQueryResult,
  VillagesQueryResult,
} from './sanity.types'
import {parseTime, WEEKDAYS, type WeeklyHours} from './opening-hours'
import {safeHref} from './url'

const values = <T extends readonly {value: string}[]>(list: T) =>
  list.map((item) => item.value) as [T[number]['value'], ...T[number]['value'][]]

const slug = z.string({error: 'a slug is required'}).regex(SLUG_PATTERN, 'a slug uses only a-z, 0-9 and single hyphens')

/** Slugs a page had before; each redirects to the page (site/lib/redirects.ts). */
const previousSlugs = z.array(slug).nullable()

const isoDate = z.iso.date({error: 'a date is required, as YYYY-MM-DD'})

export const areaSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  kind: z.enum(values(AREA_KINDS)),
  formerDistrict: z.string().nullable(),
})
const area = areaSchema

/** The list of areas (areasQuery) also has their centres: "Gần tôi" for a visitor who keeps their location. */
export const areaWithCentreSchema = areaSchema.extend({centre: z.object({lat: z.number(), lng: z.number()}).nullable()})

/** A link from content: one whose scheme is not http(s), mailto or tel becomes null and never reaches a page. */
const safeUrl = z
  .string()
  .nullable()
  .transform((href) => safeHref(href) ?? null)

/** Shop and social links, keeping only those with a safe scheme. */
const links = z
  .array(z.object({kind: z.enum(values(SHOP_LINK_KINDS)), url: z.string(), label: z.string().nullable()}))
  .nullable()
  .transform((list) => list?.filter((link) => safeHref(link.url) !== undefined) ?? null)

const location = z.object({lat: z.number(), lng: z.number()})

const time = z.string().refine((value) => parseTime(value) !== null, {error: 'a time as H:MM is required, such as 7:30'})
const isoDay = z.iso.date({error: 'a date as YYYY-MM-DD is required'})
/** Structured opening hours (schema type weeklyHours), as site/lib/opening-hours.ts reads them. */
const weeklyHours = z.object({
  weekly: z
    .array(z.object({days: z.array(z.enum(WEEKDAYS)).min(1, {error: 'at least one weekday is required'}), opens: time, closes: time}))
    .min(1, {error: 'at least one row of days and hours is required'}),
  exceptions: z
    .array(
      z.object({
        from: isoDay,
        to: isoDay.nullable(),
        closed: z.boolean().nullable().transform((closed) => closed !== false),
        opens: time.nullable(),
        closes: time.nullable(),
        reason: z.string().nullable(),
      }),
    )
    .nullable(),
  note: z.string().nullable(),
}) satisfies z.ZodType<WeeklyHours>
const ids = z.array(z.string()).nullable()
const isoDateTime = z.iso.datetime({offset: true, error: 'a date and time is required, as ISO 8601'})

const venue = z.object({
  name: z.string().min(1),
  address: z.string().nullable(),
  area: area.nullable(),
  location: location.nullable(),
})

/** A village's market on lunar days (craftVillage.visit.marketDays). */
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {error: 'a time HH:MM is required'})
const marketDays = z.object({
  name: z.string().nullable(),
  lunarDays: z.array(z.number().int().min(1).max(30)).min(1),
  opens: hhmm,
  closes: hhmm,
  note: z.string().nullable(),
})

const attachments = z
  .array(
    z.object({
      title: z.string().min(1),
      // The file on this site (/files/…, the bundled dataset) or on Sanity's CDN; at any other address
      // it becomes null, and the page lists the title as text, without a link. (Null again when Astro
      // validates the stored entry a second time.)
      file: z
        .object({url: z.string(), size: z.number(), extension: z.string(), originalFilename: z.string().nullable()})
        .nullable()
        .transform((file) => {
          const url = file && safeHref(file.url, {relative: true})
          return file && url ? {...file, url} : null
        }),
    }),
  )
  .nullable()

/** An image as `imageProjection` (images.ts) selects it. */
export const imageSchema = z.object({
  alt: z.string({error: 'an image needs alt text'}).trim().min(1, 'an image needs alt text'),
  caption: z.string().nullable(),
  ref: z.string().regex(/^image-[0-9a-f]+-\d+x\d+-[a-z]+$/, 'an image must reference an image asset'),
  crop: z
    .object({_type: z.literal('sanity.imageCrop'), top: z.number(), bottom: z.number(), left: z.number(), right: z.number()})
    .nullable(),
  hotspot: z
    .object({_type: z.literal('sanity.imageHotspot'), x: z.number(), y: z.number(), width: z.number(), height: z.number()})
    .nullable(),
})


/** The decorators, styles and lists of rich text (schemas/objects/rich-text.ts), each of which RichText.astro renders. */
const RICH_TEXT_DECORATORS = new Set(['strong', 'em'])

const textBlock = z
  .object({
    _type: z.literal('block'),
    _key: z.string(),
    style: z.enum(['normal', 'h2', 'h3', 'blockquote'], {error: 'a text style the site does not render'}).optional(),
    listItem: z.enum(['bullet', 'number'], {error: 'a list style the site does not render'}).optional(),
    level: z.number().int().positive().optional(),
    // A link whose address is unsafe is kept here and rendered as plain text (PortableTextBlocks.tsx).
    markDefs: z
      .array(z.object({_type: z.literal('link', {error: 'an annotation the site does not render'}), _key: z.string(), href: z.string()}))
      .optional(),
    children: z.array(
      z.object({_type: z.literal('span', {error: 'an inline object the site does not render'}), _key: z.string(), text: z.string().optional(), marks: z.array(z.string()).optional()}),
    ),
  })
  .superRefine((block, context) => {
    const annotations = new Set((block.markDefs ?? []).map((mark) => mark._key))
    block.children.forEach((child, index) => {
      for (const mark of child.marks ?? []) {
        if (!RICH_TEXT_DECORATORS.has(mark) && !annotations.has(mark)) {
          context.addIssue({code: 'custom', path: ['children', index, 'marks'], message: `unknown mark "${mark}": neither bold, italic nor a link of this block`})
        }
      }
    })
  })

/** An image in rich text, as the Studio stores it (`asset._ref`, not projected): alt text is required, as in the Studio. */
const richTextImage = z.object({
  _type: z.literal('accessibleImage'),
  _key: z.string(),
  asset: z.object({_ref: imageSchema.shape.ref}, {error: 'an image must reference an image asset'}),
  alt: imageSchema.shape.alt,
  caption: z.string().optional(),
  crop: imageSchema.shape.crop.unwrap().optional(),
  hotspot: imageSchema.shape.hotspot.unwrap().optional(),
})

/**
 * Portable Text, block by block: text with the styles, lists and marks of the Studio's schema, and
 * images. Anything else would be rendered as nothing, or as a renderer's warning: it stops the build.
 */
const richText = z
  .array(
    z.discriminatedUnion('_type', [textBlock, richTextImage], {
      error: (issue) =>
        issue.code === 'invalid_union'
          ? `unknown block type "${String((issue.input as {_type?: unknown} | undefined)?._type)}": the site renders text and images only`
          : undefined,
    }),
  )
  .transform((blocks) => blocks as RichText)

/** An event or a training cannot end before it starts: a calendar app would refuse the entry, a page would say it is over. */
const endsAfterStart = (dates: {startsAt: string; endsAt: string}, context: z.RefinementCtx) => {
  if (Date.parse(dates.endsAt) < Date.parse(dates.startsAt)) context.addIssue({code: 'custom', path: ['endsAt'], message: 'the end is before the start'})
}

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
  pointOfSaleIds: ids,
  shopLinks: links,
  priceRange: z.object({min: z.number().nullable(), max: z.number().nullable(), unit: z.string().nullable()}).nullable(),
})

export const producerSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  slug,
  kind: z.enum(values(PRODUCER_KINDS)),
  address: z.string().nullable(),
  area,
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: safeUrl,
  links,
  description: z.string().nullable(),
  logo: imageSchema.nullable(),
})

export const addressSchema = z.object({
  _id: z.string(),
  _type: z.enum(['product', 'producer']),
  name: z.string().min(1),
  slug,
  previousSlugs,
})

export const villageSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  slug,
  area,
  crafts: z.string().min(1),
  summary: z.string().min(1),
  story: richText.nullable(),
  images: z.array(imageSchema).nullable(),
  visit: z
    .object({
      gettingThere: z.string().nullable(),
      hours: weeklyHours.nullable(),
      openingHours: z.string().nullable(),
      experiences: z.array(z.string()).nullable(),
      location: location.nullable(),
      marketDays: marketDays.nullable(),
    })
    .nullable(),
  productIds: ids,
  producerIds: ids,
  showroomIds: ids,
})

export const pointOfSaleSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  slug,
  kind: z.enum(values(POINT_OF_SALE_KINDS)),
  address: z.string().min(1),
  area,
  location,
  hours: weeklyHours.nullable(),
  /** Hours written as a line of text before `hours` existed; shown only where `hours` is empty. */
  openingHours: z.string().nullable(),
  phone: z.string().nullable(),
  description: z.string().nullable(),
  images: z.array(imageSchema).nullable(),
  productIds: ids,
  producerIds: ids,
}).superRefine((pos, context) => {
  if (!pos.hours && !pos.openingHours) {
    context.addIssue({code: 'custom', path: ['hours'], message: 'opening hours are required: a point of sale without them cannot say when to come'})
  }
})

export const eventSchema = z.object({
  _id: z.string(),
  title: z.string().min(1),
  slug,
  kind: z.enum(values(EVENT_KINDS)),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  venue,
  organiser: z.string().min(1),
  summary: z.string().min(1),
  description: richText.nullable(),
  images: z.array(imageSchema).nullable(),
  registrationDeadline: isoDateTime.nullable(),
  registrationUrl: safeUrl,
  producerIds: ids,
  productIds: ids,
}).superRefine(endsAfterStart)

export const trainingSchema = z.object({
  _id: z.string(),
  title: z.string().min(1),
  slug,
  topic: z.string().min(1),
  audience: z.string().min(1),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  venue: venue.nullable(),
  onlineUrl: safeUrl,
  seats: z.number().int().positive().nullable(),
  fee: z.number().min(0),
  registrationDeadline: isoDateTime,
  registrationUrl: safeUrl,
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  summary: z.string().min(1),
  description: richText.nullable(),
  attachments,
}).superRefine(endsAfterStart)

export const articleSchema = z.object({
  _id: z.string(),
  title: z.string().min(1),
  slug,
  kind: z.enum(values(ARTICLE_KINDS)),
  publishedAt: isoDateTime,
  excerpt: z.string().min(1),
  mainImage: imageSchema.nullable(),
  body: richText,
  attachments,
  relatedProductIds: ids,
  relatedEventIds: ids,
})

export const settingsSchema = z.object({
  _id: z.literal('siteSettings'),
  title: z.string().min(1),
  tagline: z.string().nullable(),
  description: z.string().min(1),
  contact: z
    .object({organisation: z.string().nullable(), address: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable()})
    .nullable(),
  hotline: z.string().nullable(),
  ownerAgency: z.string().nullable(),
  contentResponsibility: z.string().nullable(),
  reuseLicence: z.string().nullable(),
  socialLinks: links,
  featuredProductIds: ids,
  featuredVillageIds: ids,
})

export type ContentImage = z.infer<typeof imageSchema>
export type Area = z.infer<typeof areaSchema>
export type AreaWithCentre = z.infer<typeof areaWithCentreSchema>
export type Product = z.infer<typeof productSchema>
export type Producer = z.infer<typeof producerSchema>
export type Address = z.infer<typeof addressSchema>
export type Village = z.infer<typeof villageSchema>
export type PointOfSale = z.infer<typeof pointOfSaleSchema>
export type Event = z.infer<typeof eventSchema>
export type Training = z.infer<typeof trainingSchema>
export type Article = z.infer<typeof articleSchema>
export type Settings = z.infer<typeof settingsSchema>

/**
 * Compile-time proof that each schema only narrows what its query can return, as Sanity TypeGen
 * typed it from the Studio schema: a query or schema change that breaks the contract fails `npm run typecheck`.
 */
type Narrows<Narrow extends Wide, Wide> = [Narrow, Wide]
export type ContentContracts = [
  Narrows<Product, ProductsQueryResult[number]>,
  Narrows<Producer, ProducersQueryResult[number]>,
  Narrows<AreaWithCentre, AreasQueryResult[number]>,
  Narrows<Address, AddressesQueryResult[number]>,
  Narrows<Village, VillagesQueryResult[number]>,
  Narrows<PointOfSale, PointsOfSaleQueryResult[number]>,
  Narrows<Event, EventsQueryResult[number]>,
  Narrows<Training, TrainingsQueryResult[number]>,
  Narrows<Article, ArticlesQueryResult[number]>,
  Narrows<Settings, SettingsQueryResult[number]>,
]
