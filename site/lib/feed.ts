import {oneLine, plainLines} from './plain-text'

const HTML_ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/**
 * An RSS item's description from editors' plain text. Readers render a description as HTML, so
 * the text is HTML-escaped here and escaped again as XML by @astrojs/rss: an editor's "<b>x</b>"
 * shows as those characters, never as bold or a script. Control characters, which XML 1.0 forbids, go.
 */
export function feedDescription(text: string): string {
  return plainLines(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!)
}

/** An RSS item's title: plain text on one line, without the control characters XML 1.0 forbids. */
export const feedTitle = (text: string) => oneLine(text)
