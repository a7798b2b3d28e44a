import {byArea, byGroup, byStars, groupBy, relatedByProduct} from './catalogue'
import {all, once} from './content'
import {buildToday} from './build-clock'

/**
 * The catalogue's browse lists and the lookups that product, producer and listing pages share,
 * computed once per build: each of them is a pass over every product, too much to repeat per page.
 */
export function catalogueIndex() {
  return once('catalogue-index', async () => {
    const [products, villages] = await Promise.all([all('products'), all('villages')])
    const areas = byArea(products)
    return {
      products,
      groups: byGroup(products),
      levels: byStars(products),
      areas,
      /** The /san-pham/dia-ban/<slug>/ of each commune or ward that has products. */
      areaSlugs: new Map(areas.map((entry) => [entry.area._id, entry.slug])),
      productsByProducer: groupBy(products, (product) => [product.producer._id]),
      villagesByProduct: groupBy(villages, (village) => village.productIds ?? []),
      villagesByProducer: groupBy(villages, (village) => village.producerIds ?? []),
      /** Up to four related products of each product, as of the build's day. */
      related: relatedByProduct(products, 4, buildToday()),
    }
  })
}
