import rss from '@astrojs/rss'
import type {APIRoute} from 'astro'
import {EVENT_KINDS, titleOf} from '../../../schemas/constants'
import {all} from '../../lib/content'
import {feedDescription, feedTitle} from '../../lib/feed'
import {formatSchedule} from '../../lib/format'
import {documentPath} from '../../lib/url'

/** Events as an RSS feed, the latest start date first. */
export const GET: APIRoute = async ({site}) => {
  const events = await all('events')
  return rss({
    title: 'Hội chợ, sự kiện OCOP Hà Nội',
    description: 'Hội chợ, triển lãm, tuần hàng và kết nối giao thương có sản phẩm OCOP Hà Nội.',
    site: site!,
    customData: '<language>vi</language>',
    items: [...events]
      .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))
      .map((event) => ({
        title: feedTitle(event.title),
        link: documentPath('event', event.slug),
        pubDate: new Date(event.startsAt),
        description: feedDescription(`${formatSchedule(event.startsAt, event.endsAt)}. ${event.venue.name}. ${event.summary}`),
        categories: [titleOf(EVENT_KINDS, event.kind) ?? event.kind],
      })),
  })
}
