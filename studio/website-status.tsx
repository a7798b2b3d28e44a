import {useEffect, useState} from 'react'
import {useDocumentStore, type DocumentBadgeComponent, type DocumentBadgeDescription} from 'sanity'
import {PUBLISHER_STATUS_ID, websiteState, type PublisherStatus} from '../schemas/lib/publisher-status'
import {studioEnv} from './env'

/**
 * After "Xuất bản", whether the change is on the website yet: the publisher writes its state into
 * the dataset (publisher/status.ts) and every page-backed document shows it as a badge, live.
 * Nothing is shown where no publisher reports (the GitHub Actions way of publishing).
 */

const HANOI = 'Asia/Ho_Chi_Minh'
const time = new Intl.DateTimeFormat('vi-VN', {timeZone: HANOI, hour: '2-digit', minute: '2-digit', hourCycle: 'h23'})
const day = new Intl.DateTimeFormat('vi-VN', {timeZone: HANOI, day: '2-digit', month: '2-digit'})
const fullDay = new Intl.DateTimeFormat('vi-VN', {timeZone: HANOI, day: '2-digit', month: '2-digit', year: 'numeric'})

/** "10:32" today in Hà Nội, else "10:32 ngày 05/12". */
export function whenLive(since: string, now: Date): string {
  const moment = new Date(since)
  const sameDay = fullDay.format(moment) === fullDay.format(now)
  return sameDay ? time.format(moment) : `${time.format(moment)} ngày ${day.format(moment)}`
}

/** The publisher's latest status, kept up to date while the document is open (null: none written). */
function usePublisherStatus(): PublisherStatus | null {
  const documentStore = useDocumentStore()
  const [status, setStatus] = useState<PublisherStatus | null>(null)
  useEffect(() => {
    const subscription = documentStore
      .listenQuery('*[_id == $id][0]', {id: PUBLISHER_STATUS_ID}, {apiVersion: studioEnv.apiVersion, perspective: 'raw', tag: 'publisher.status'})
      .subscribe({next: (value: PublisherStatus | null) => setStatus(value ?? null), error: () => setStatus(null)})
    return () => subscription.unsubscribe()
  }, [documentStore])
  return status
}

export const WebsiteStatusBadge: DocumentBadgeComponent = ({published}) => {
  const status = usePublisherStatus()
  if (!published?._updatedAt || !status?.site) return null
  const state = websiteState(published._updatedAt, status.site)
  const badge: Record<typeof state.kind, () => DocumentBadgeDescription> = {
    live: () => ({
      label: `Đã lên website lúc ${whenLive((state as {since: string}).since, new Date())}`,
      title: 'Bản đã xuất bản này đang hiển thị trên website.',
      color: 'success',
    }),
    updating: () => ({
      label: 'Đang cập nhật website…',
      title: 'Website đang được dựng lại với bản vừa xuất bản; thường mất vài phút.',
      color: 'primary',
    }),
    failed: () => ({
      label: 'Website chưa cập nhật được',
      title: 'Lần dựng website sau khi xuất bản bị lỗi; website vẫn hiển thị bản trước. Hãy báo bộ phận kỹ thuật.',
      color: 'danger',
    }),
    waiting: () => ({
      label: 'Chờ cập nhật website',
      title: 'Website chưa nhận được thông báo xuất bản; nếu sau 10 phút vẫn vậy, hãy báo bộ phận kỹ thuật.',
      color: 'warning',
    }),
  }
  return badge[state.kind]()
}
