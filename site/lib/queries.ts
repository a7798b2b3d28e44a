import {defineQuery} from 'groq'
import {imageProjection} from './images'

const areaProjection = /* groq */ `{name, kind, formerDistrict}`

/** Every published product with its producer and place, for the catalogue and product pages. */
export const productsQuery = defineQuery(`*[_type == "product" && !(_id in path("drafts.**"))] | order(name asc) {
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
  story
}`)

/** Every published producer with its place. */
export const producersQuery = defineQuery(`*[_type == "producer" && !(_id in path("drafts.**"))] | order(name asc) {
  _id,
  name,
  "slug": slug.current,
  kind,
  address,
  "area": area->${areaProjection},
  phone,
  description,
  "logo": logo${imageProjection}
}`)
