import {area} from './documents/area'
import {producer} from './documents/producer'
import {product} from './documents/product'

/** Documents editors create and publish. */
export const documentTypes = [product, producer, area]

/** Every schema type, in the order the Studio lists them. */
export const schemaTypes = [...documentTypes]
