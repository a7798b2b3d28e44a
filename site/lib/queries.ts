import {defineQuery} from 'groq'
import {imageProjection} from './images'

// Shared projections. References to other page-backed documents are kept as ids (`…Ids`) and
// resolved from their own collections, so that each document is validated and stored once.
const areaProjection = /* groq */ `{_id, name, kind, formerDistrict}`
const linkProjection = /* groq */ `{kind, url, label}`
const hoursProjection = /* groq */ `{weekly[]{days, opens, closes}, exceptions[]{from, to, closed, opens, closes, reason}, note}`
const venueProjection = /* groq */ `{name, address, "area": area->${areaProjection}, location{lat, lng}}`
const fileProjection = /* groq */ `{title, "file": file.asset->{url, size, extension, originalFilename}}`
const published = /* groq */ `!(_id in path("drafts.**")) && !(_id in path("versions.**"))`

/** Every published product with its producer, place, rating and where to buy it. */
export const productsQuery = defineQuery(`*[_type == "product" && ${published}] | order(name asc) {
  _id,
  name,
  "slug": slug.current,
  group,
  subgroup,
  "producer": producer->{_id, name, "slug": slug.current, kind},
  "area": area->${areaProjection},
  ocop{stars, decisionNumber, decisionDate, issuer, expiresOn, potentialFiveStars},
  summary,
  "images": images[]${imageProjection},
  story,
  "pointOfSaleIds": pointsOfSale[]._ref,
  "shopLinks": shopLinks[]${linkProjection},
  priceRange{min, max, unit}
}`)

/** Every published producer with its place and contacts. */
export const producersQuery = defineQuery(`*[_type == "producer" && ${published}] | order(name asc) {
  _id,
  name,
  "slug": slug.current,
  kind,
  address,
  "area": area->${areaProjection},
  phone,
  email,
  website,
  "links": links[]${linkProjection},
  description,
  "logo": logo${imageProjection}
}`)

/** Where products and producers can be reached: their slugs now and before, for short links and redirects. */
export const addressesQuery = defineQuery(`*[_type in ["product", "producer"] && ${published}] | order(_type desc, name asc) {
  _id,
  _type,
  name,
  "slug": slug.current,
  previousSlugs
}`)

/** Communes and wards, for addresses and browsing by place. */
export const areasQuery = defineQuery(`*[_type == "area" && ${published}] | order(name asc) {_id, name, kind, formerDistrict, centre{lat, lng}}`)

/** Craft villages with their story, visitor information and what they link to. */
export const villagesQuery = defineQuery(`*[_type == "craftVillage" && ${published}] | order(name asc) {
  _id,
  name,
  "slug": slug.current,
  "area": area->${areaProjection},
  crafts,
  summary,
  story,
  "images": images[]${imageProjection},
  visit{gettingThere, hours${hoursProjection}, openingHours, experiences, location{lat, lng}, marketDays{name, lunarDays, opens, closes, note}},
  "productIds": products[]._ref,
  "producerIds": producers[]._ref,
  "showroomIds": showrooms[]._ref
}`)

/** Places that introduce and sell OCOP products. */
export const pointsOfSaleQuery = defineQuery(`*[_type == "pointOfSale" && ${published}] | order(name asc) {
  _id,
  name,
  "slug": slug.current,
  kind,
  address,
  "area": area->${areaProjection},
  location{lat, lng},
  hours${hoursProjection},
  openingHours,
  phone,
  description,
  "images": images[]${imageProjection},
  "productIds": products[]._ref,
  "producerIds": producers[]._ref
}`)

/** Fairs, exhibitions, product weeks and trade meetings, newest first. */
export const eventsQuery = defineQuery(`*[_type == "event" && ${published}] | order(startsAt desc) {
  _id,
  title,
  "slug": slug.current,
  kind,
  startsAt,
  endsAt,
  "venue": venue${venueProjection},
  organiser,
  summary,
  description,
  "images": images[]${imageProjection},
  registrationDeadline,
  registrationUrl,
  "producerIds": producers[]._ref,
  "productIds": products[]._ref
}`)

/** Trainings for producers, soonest first. */
export const trainingsQuery = defineQuery(`*[_type == "training" && ${published}] | order(startsAt desc) {
  _id,
  title,
  "slug": slug.current,
  topic,
  audience,
  startsAt,
  endsAt,
  "venue": venue${venueProjection},
  onlineUrl,
  seats,
  fee,
  registrationDeadline,
  registrationUrl,
  contactPhone,
  contactEmail,
  summary,
  description,
  "attachments": attachments[]${fileProjection}
}`)

/** News, announcements and official documents, newest first. */
export const articlesQuery = defineQuery(`*[_type == "article" && ${published}] | order(publishedAt desc) {
  _id,
  title,
  "slug": slug.current,
  kind,
  publishedAt,
  excerpt,
  "mainImage": mainImage${imageProjection},
  body,
  "attachments": attachments[]${fileProjection},
  "relatedProductIds": relatedProducts[]._ref,
  "relatedEventIds": relatedEvents[]._ref
}`)

/** The site settings singleton, as a list of one for the content layer. */
export const settingsQuery = defineQuery(`*[_id == "siteSettings"] {
  _id,
  title,
  tagline,
  description,
  contact{organisation, address, phone, email},
  hotline,
  ownerAgency,
  contentResponsibility,
  reuseLicence,
  "socialLinks": socialLinks[]${linkProjection},
  "featuredProductIds": featuredProducts[]._ref,
  "featuredVillageIds": featuredVillages[]._ref
}`)
