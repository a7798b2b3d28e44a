import type {APIRoute} from 'astro'
import {searchIndexRecords} from '../lib/content'
import type {IndexedRecord} from '../lib/search-index'
import {thumbnailUrl} from '../lib/share-image'

/**
 * The search index's records, written with the site so that thumbnails go through the same image
 * pipeline as the pages. The Pagefind integration reads this file after the build, indexes it and
 * deletes it: it is never published.
 */
export const GET: APIRoute = async () => {
  const records = await searchIndexRecords()
  const indexed: IndexedRecord[] = await Promise.all(
    records.map(async ({image, ...record}) => ({
      ...record,
      // 64 CSS pixels on the search page, twice that for sharp phone screens.
      thumbnail: image ? {src: await thumbnailUrl(image, 128), alt: image.alt} : null,
      // A catalogue card is about 170 CSS pixels wide on a phone, two to a row.
      ...(record.card && image ? {photo: await thumbnailUrl(image, 360, 240)} : {}),
    })),
  )
  return new Response(JSON.stringify(indexed))
}
