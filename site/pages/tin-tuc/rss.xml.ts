import rss from '@astrojs/rss'
import type {APIRoute} from 'astro'
import {ARTICLE_KINDS, titleOf} from '../../../schemas/constants'
import {all} from '../../lib/content'
import {feedDescription, feedTitle} from '../../lib/feed'
import {documentPath} from '../../lib/url'

/** News, announcements and documents as an RSS feed, newest first. */
export const GET: APIRoute = async ({site}) => {
  const articles = await all('articles')
  return rss({
    title: 'Tin tức OCOP Hà Nội',
    description: 'Tin tức, thông báo và văn bản của chương trình OCOP Hà Nội.',
    site: site!,
    customData: '<language>vi</language>',
    items: [...articles]
      .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
      .map((article) => ({
        title: feedTitle(article.title),
        link: documentPath('article', article.slug),
        pubDate: new Date(article.publishedAt),
        description: feedDescription(article.excerpt),
        categories: [titleOf(ARTICLE_KINDS, article.kind) ?? article.kind],
      })),
  })
}
