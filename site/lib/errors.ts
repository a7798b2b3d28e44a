/** Raised for content that cannot be used; the message names the document and the field, or the setting. */
export class ContentError extends Error {
  override name = 'ContentError'
}
