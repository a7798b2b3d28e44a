import {defineCollection} from 'astro:content'
import {producerSchema, productSchema} from './lib/content-schemas'
import {groqLoader} from './lib/groq-loader'
import {producersQuery, productsQuery} from './lib/queries'

const products = defineCollection({loader: groqLoader({query: productsQuery, schema: productSchema})})
const producers = defineCollection({loader: groqLoader({query: producersQuery, schema: producerSchema})})

export const collections = {products, producers}
