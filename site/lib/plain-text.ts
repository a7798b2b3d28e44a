/**
 * Editors' text for formats that are not HTML (calendars, feeds), where a stray control character
 * breaks a line or the file: every way of breaking a line becomes one, and the rest go.
 */

/** CR, LF and CRLF, NEL, and the Unicode line and paragraph separators: what some reader somewhere breaks a line at. */
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g
/** C0 controls (tab included), DEL and C1 controls. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g

/** The text on one line: each line break becomes a space, other control characters are removed. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, '')
}

/** The text with its line breaks written as LF, and other control characters removed. */
export function plainLines(text: string): string {
  return text
    .split(LINE_BREAKS)
    .map((line) => line.replace(/\t/g, ' ').replace(CONTROLS, ''))
    .join('\n')
}
