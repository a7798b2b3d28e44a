import {area} from './documents/area'
import {article} from './documents/article'
import {craftVillage} from './documents/craft-village'
import {event} from './documents/event'
import {pointOfSale} from './documents/point-of-sale'
import {producer} from './documents/producer'
import {product} from './documents/product'
import {siteSettings} from './documents/site-settings'
import {submission} from './documents/submission'
import {training} from './documents/training'
import {accessibleImage} from './objects/accessible-image'
import {attachment} from './objects/attachment'
import {ocopRating} from './objects/ocop-rating'
import {richText} from './objects/rich-text'
import {shopLink} from './objects/shop-link'
import {venue} from './objects/venue'
import {weeklyHours} from './objects/weekly-hours'

/** Documents editors create and publish, most of them with a page on the website. */
export const documentTypes = [product, producer, craftVillage, pointOfSale, event, training, article, area]

/** Proposals sent from the website's forms: drafts an editor applies or rejects, never published. */
export const inboxTypes = [submission]

/** Documents of which there is exactly one. */
export const singletonTypes = [siteSettings]

/** Building blocks used inside documents. */
export const objectTypes = [ocopRating, accessibleImage, richText, shopLink, attachment, venue, weeklyHours]

export const schemaTypes = [...documentTypes, ...inboxTypes, ...singletonTypes, ...objectTypes]
