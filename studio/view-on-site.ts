import {EyeOpenIcon} from '@sanity/icons/EyeOpen'
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

/** The page of a document in the draft preview, from its draft's slug when it has one. */
export function previewUrl(type: PageType, slug: string | undefined, base = studioEnv.previewUrl): string | undefined {
  return base && slug ? new URL(documentPath(type, slug), base).href : undefined
}

/**
 * A "Xem bản nháp" action that opens the document's page in the draft preview, which the publisher
 * rebuilds a few minutes after each change; none when the Studio has no preview address.
 */
export function viewDraftAction(type: PageType): DocumentActionComponent | undefined {
  if (!studioEnv.previewUrl) return undefined
  const ViewDraft: DocumentActionComponent = ({draft, published}) => {
    const slug = ((draft ?? published)?.slug as {current?: string} | undefined)?.current
    const url = previewUrl(type, slug)
    return {
      label: 'Xem bản nháp',
      icon: EyeOpenIcon,
      disabled: !url,
      title: url ? `${url} (cập nhật vài phút sau khi lưu)` : 'Hãy nhập đường dẫn (slug) trước.',
      onHandle: () => {
        if (url) window.open(url, '_blank', 'noopener')
      },
    }
  }
  return ViewDraft
}
