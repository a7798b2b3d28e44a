import {LaunchIcon} from '@sanity/icons/Launch'
import type {DocumentActionComponent} from 'sanity'
import {documentPath, type PageType} from '../schemas/lib/paths'
import {studioEnv} from './env'

/** The public URL of a published document's page, or undefined while it has none. */
export function publicUrl(type: PageType, slug: string | undefined, siteUrl = studioEnv.siteUrl): string | undefined {
  return slug ? new URL(documentPath(type, slug), siteUrl).href : undefined
}

/** A "Xem trên website" action that opens the document's page on the public site. */
export function viewOnSiteAction(type: PageType): DocumentActionComponent {
  const ViewOnSite: DocumentActionComponent = ({published}) => {
    const slug = (published?.slug as {current?: string} | undefined)?.current
    const url = publicUrl(type, slug)
    return {
      label: 'Xem trên website',
      icon: LaunchIcon,
      disabled: !url,
      title: url ? url : 'Trang chỉ có trên website sau khi xuất bản.',
      onHandle: () => {
        if (url) window.open(url, '_blank', 'noopener')
      },
    }
  }
  return ViewOnSite
}
