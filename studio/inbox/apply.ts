/**
 * Applying and rejecting submissions from the site's forms. Plain functions over a SanityClient, so
 * that they can be tested against the API double; the Studio's actions only wrap them.
 *
 * Each writes in one transaction that also moves the submission out of "open", guarded by the
 * submission's revision: two editors (or two clicks) cannot apply the same submission twice.
 */
import type {SanityClient, SanityDocument} from '@sanity/client'
import {vietnameseSlug} from '../../schemas/lib/slug'
import type {Submission} from '../../site/lib/sanity.types'
import {matchArea, type AreaLike} from './compare'

/** A failure to show the editor as it is: the message is in Vietnamese and nothing was written. */
export class InboxError extends Error {
  override name = 'InboxError'
}

/** Who handles the submission, as the Studio's current user gives it. */
export interface Editor {
  id: string
  name?: string
  email?: string
}

export interface HandleOptions {
  user: Editor
  now?: Date
}

/** The draft an editor should review and publish after applying. */
export interface Applied {
  type: 'product' | 'producer' | 'pointOfSale'
  /** The published id, for intent links (the Studio opens the draft by itself). */
  id: string
  draftId: string
  title: string
  /** For a new point of sale: whether its commune was found from the name the sender wrote. */
  areaMatched?: boolean
}

/** The field that holds a document's shop links. */
export const LINK_FIELDS = {product: 'shopLinks', producer: 'links'} as const

const CONFLICT = 'Đề xuất này vừa được thay đổi hoặc xử lý ở nơi khác. Chưa có gì được ghi; hãy xem lại đề xuất rồi thử lại.'

/**
 * Copies a submission into the document it is about: the proposed shop links into the product's or
 * producer's draft (created from the published document when there is none), or a new point of
 * sale draft. Marks the submission applied in the same transaction.
 */
export async function applySubmission(client: SanityClient, submissionId: string, {user, now = new Date()}: HandleOptions): Promise<Applied> {
  const submission = await openSubmission(client, submissionId)
  const handled = {status: 'applied', handledAt: now.toISOString(), handledBy: editorName(user)}
  if (submission.kind === 'shopLinks') return applyShopLinks(client, submission, handled)
  if (submission.kind === 'pointOfSale') return applyPointOfSale(client, submission, handled)
  throw new InboxError(`Không biết áp dụng loại đề xuất "${String(submission.kind)}".`)
}

/** Marks a submission rejected, with the reason the editor gave. */
export async function rejectSubmission(client: SanityClient, submissionId: string, {reason, user, now = new Date()}: HandleOptions & {reason: string}): Promise<void> {
  const rejectionReason = reason.trim()
  if (!rejectionReason) throw new InboxError('Hãy ghi lý do từ chối.')
  const submission = await openSubmission(client, submissionId)
  await commit(
    client
      .transaction()
      .patch(submission._id, (patch) =>
        patch.ifRevisionId(submission._rev).set({status: 'rejected', rejectionReason, handledAt: now.toISOString(), handledBy: editorName(user)}),
      ),
  )
}

async function applyShopLinks(client: SanityClient, submission: Submission, handled: Record<string, string>): Promise<Applied> {
  const targetId = submission.target?._ref
  if (!targetId) throw new InboxError('Đề xuất không ghi sản phẩm hoặc chủ thể cần cập nhật.')
  if (!submission.shopLinks) throw new InboxError('Đề xuất không có danh sách liên kết.')
  const draftId = `drafts.${targetId}`
  const [published, draft] = await client.getDocuments([targetId, draftId])
  const current = draft ?? published
  if (!current) {
    throw new InboxError('Sản phẩm hoặc chủ thể của đề xuất này không còn trong hệ thống (có thể đã bị xóa). Chưa có gì được ghi; hãy từ chối đề xuất.')
  }
  if (current._type !== 'product' && current._type !== 'producer') {
    throw new InboxError('Đề xuất trỏ tới một tài liệu không phải sản phẩm hay chủ thể.')
  }
  const type = current._type
  // A link the document already has (same channel and address) stays as it is, with its label;
  // the forms cannot send labels, and editors should not have to write them again.
  const currentLinks = (current[LINK_FIELDS[type]] as {_key?: string; kind?: string; url?: string}[] | undefined) ?? []
  const links = submission.shopLinks.map(
    (link) => currentLinks.find((old) => old.kind === link.kind && old.url === link.url) ?? {...link, _type: 'shopLink', _key: link._key || randomKey()},
  )
  const transaction = client.transaction()
  // Editors review the change in the draft and publish it themselves; an existing draft keeps its edits.
  if (!draft && published) transaction.createIfNotExists({...withoutSystemFields(published), _id: draftId, _type: type})
  transaction
    .patch(draftId, (patch) => patch.set({[LINK_FIELDS[type]]: links}))
    .patch(submission._id, (patch) => patch.ifRevisionId(submission._rev).set(handled))
  await commit(transaction)
  return {type, id: targetId, draftId, title: String(current.name ?? targetId)}
}

async function applyPointOfSale(client: SanityClient, submission: Submission, handled: Record<string, string>): Promise<Applied> {
  const place = submission.pointOfSale
  const name = place?.name?.trim()
  if (!place || !name) throw new InboxError('Đề xuất chưa có tên điểm bán.')
  const [areas, slugs] = await Promise.all([
    client.fetch<AreaLike[]>('*[_type == "area"]{_id, name, kind}', {}, {perspective: 'published'}),
    client.fetch<string[]>('*[_type == "pointOfSale" && defined(slug.current)].slug.current', {}, {perspective: 'raw'}),
  ])
  const area = matchArea(areas, place.areaName)
  const id = `pointOfSale-${crypto.randomUUID()}`
  const draftId = `drafts.${id}`
  const description = [place.products?.trim() && `Sản phẩm OCOP bày bán: ${place.products.trim()}`, place.website && `Website: ${place.website}`]
    .filter(Boolean)
    .join('\n\n')
  const document = {
    _id: draftId,
    _type: 'pointOfSale',
    name,
    slug: {_type: 'slug', current: uniqueSlug(vietnameseSlug(name), new Set(slugs))},
    ...(place.kind ? {kind: place.kind} : {}),
    ...(place.address ? {address: place.address} : {}),
    ...(area.status === 'matched' ? {area: {_type: 'reference', _ref: area.area._id}} : {}),
    ...(place.openingHours ? {openingHours: place.openingHours} : {}),
    ...(place.phone ? {phone: place.phone} : {}),
    ...(description ? {description} : {}),
  }
  await commit(
    client
      .transaction()
      .create(document)
      .patch(submission._id, (patch) =>
        patch.ifRevisionId(submission._rev).set({...handled, createdPointOfSale: {_type: 'reference', _ref: id, _weak: true}}),
      ),
  )
  return {type: 'pointOfSale', id, draftId, title: name, areaMatched: area.status === 'matched'}
}

/** The submission as stored now, refusing one that is gone or already handled. */
async function openSubmission(client: SanityClient, submissionId: string): Promise<Submission> {
  const submission = await client.getDocument<Submission>(submissionId)
  if (!submission || submission._type !== 'submission') throw new InboxError('Không tìm thấy đề xuất này; có thể nó đã bị xóa.')
  if (submission.status !== 'open') {
    const done = submission.status === 'applied' ? 'đã được áp dụng' : 'đã bị từ chối'
    throw new InboxError(`Đề xuất này ${done}${submission.handledBy ? ` (${submission.handledBy})` : ''}, không xử lý lại được.`)
  }
  return submission
}

/** Commits, turning a revision conflict (someone else was quicker) into a message for the editor. */
async function commit(transaction: ReturnType<SanityClient['transaction']>): Promise<void> {
  try {
    await transaction.commit()
  } catch (error) {
    if ((error as {statusCode?: number}).statusCode === 409) throw new InboxError(CONFLICT, {cause: error})
    throw error
  }
}

function editorName(user: Editor): string {
  return user.name?.trim() || user.email || user.id
}

function withoutSystemFields(document: SanityDocument): Record<string, unknown> {
  const {_rev, _updatedAt, _createdAt, ...rest} = document
  return rest
}

/** The slug, or the first of slug-2, slug-3… that no other point of sale uses. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug
  let n = 2
  while (taken.has(`${slug}-${n}`)) n++
  return `${slug}-${n}`
}

function randomKey(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 12)
}
