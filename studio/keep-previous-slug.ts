import {useDocumentOperation, type DocumentActionComponent, type SanityDocument} from 'sanity'
import {previousSlugsAfterPublish} from '../schemas/lib/previous-slugs'

const slugOf = (document: SanityDocument | null) => (document?.slug as {current?: string} | undefined)?.current

/**
 * Wraps the Publish action: when the slug being published differs from the live one, the live slug
 * goes into `previousSlugs` first, so the old address keeps redirecting to the page.
 */
export function keepPreviousSlug(publish: DocumentActionComponent): DocumentActionComponent {
  const KeepPreviousSlug: DocumentActionComponent = (props) => {
    const {patch} = useDocumentOperation(props.id, props.type)
    const result = publish(props)
    if (!result) return result
    return {
      ...result,
      onHandle: () => {
        const {draft, published} = props
        const previous = previousSlugsAfterPublish(draft?.previousSlugs as string[] | undefined, slugOf(published), slugOf(draft))
        // The patch lands on the draft before Publish copies the draft over the published document.
        if (previous) patch.execute([{set: {previousSlugs: previous}}])
        result.onHandle?.()
      },
    }
  }
  KeepPreviousSlug.action = publish.action
  return KeepPreviousSlug
}
