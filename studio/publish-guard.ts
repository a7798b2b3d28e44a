import {useParseErrors, type DocumentActionComponent} from 'sanity'

/**
 * Wraps the Publish action: while a field holds text the Studio could not read (a date typed as
 * "20.10.26"), the document still has the previous value, and publishing would put on the website
 * a date other than the one the editor sees. Publishing waits until every such field is fixed.
 */
export function refuseUnreadInput(publish: DocumentActionComponent): DocumentActionComponent {
  const RefuseUnreadInput: DocumentActionComponent = (props) => {
    const unread = Object.keys(useParseErrors()).length > 0
    const result = publish(props)
    if (!result || !unread) return result
    return {...result, disabled: true, title: 'Có ngày giờ chưa đúng định dạng (DD/MM/YYYY). Hãy sửa ô được đánh dấu đỏ rồi xuất bản.'}
  }
  RefuseUnreadInput.action = publish.action
  return RefuseUnreadInput
}
