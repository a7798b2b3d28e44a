import {useParseErrors, type DocumentActionComponent} from 'sanity'

/**
 * Wraps the Publish action: while a field holds text the Studio could not read (a date typed as
 * "20.10.26", a coordinate typed as "21.02.85"), the document still has the previous value, and
 * publishing would put on the website a value other than the one the editor sees. Publishing
 * waits until every such field is fixed.
 */
export function refuseUnreadInput(publish: DocumentActionComponent): DocumentActionComponent {
  const RefuseUnreadInput: DocumentActionComponent = (props) => {
    const unread = Object.values(useParseErrors())
    const result = publish(props)
    if (!result || unread.length === 0) return result
    // Each field's own message says what to type (studio/form-inputs.tsx, the coordinate input).
    return {...result, disabled: true, title: `Chưa xuất bản được: ${[...new Set(unread.map((error) => error.message))].join(' ')}`}
  }
  RefuseUnreadInput.action = publish.action
  return RefuseUnreadInput
}
