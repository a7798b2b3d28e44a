import {defineCollection} from 'astro:content'
import {
  addressSchema,
  areaWithCentreSchema,
  articleSchema,
  eventSchema,
  pointOfSaleSchema,
  producerSchema,
  productSchema,
  settingsSchema,
  trainingSchema,
  villageSchema,
} from './lib/content-schemas'
import {groqLoader} from './lib/groq-loader'
import {byType, redirectsOf} from './lib/redirects'
import {
  addressesQuery,
  areasQuery,
  articlesQuery,
  eventsQuery,
  pointsOfSaleQuery,
  producersQuery,
  productsQuery,
  settingsQuery,
  trainingsQuery,
  villagesQuery,
} from './lib/queries'


export const collections = {
  products: defineCollection({loader: groqLoader({query: productsQuery, schema: productSchema})}),
  producers: defineCollection({loader: groqLoader({query: producersQuery, schema: producerSchema})}),
  // Checked as they load: an address that would lead to two pages stops the build before anything is written.
  addresses: defineCollection({loader: groqLoader({query: addressesQuery, schema: addressSchema, check: (addresses) => redirectsOf(byType(addresses))})}),
  areas: defineCollection({loader: groqLoader({query: areasQuery, schema: areaWithCentreSchema})}),
  villages: defineCollection({loader: groqLoader({query: villagesQuery, schema: villageSchema})}),
  pointsOfSale: defineCollection({loader: groqLoader({query: pointsOfSaleQuery, schema: pointOfSaleSchema})}),
  events: defineCollection({loader: groqLoader({query: eventsQuery, schema: eventSchema})}),
  trainings: defineCollection({loader: groqLoader({query: trainingsQuery, schema: trainingSchema})}),
  articles: defineCollection({loader: groqLoader({query: articlesQuery, schema: articleSchema})}),
  settings: defineCollection({loader: groqLoader({query: settingsQuery, schema: settingsSchema})}),
}
