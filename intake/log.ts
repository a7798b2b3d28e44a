/**
 * The intake service's log: one line per entry, whatever a request carried. Field values, headers
 * and error messages reach it; a newline or a terminal escape in them must not forge an entry or
 * repaint the operator's terminal.
 */
export type Log = (message: string) => void

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
const ESCAPES: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}

/** The text with its control characters (and line and paragraph separators) written as escapes. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** An untrusted value as it goes into a log entry: quoted, escaped, so its start and end are plain to see. */
export const quote = (value: unknown): string => oneLine(JSON.stringify(String(value)))

/** A log that makes every entry one line before `write` sees it. */
export const oneLineLog =
  (write: Log): Log =>
  (message) =>
    write(oneLine(message))

export const consoleLog: Log = (message) => console.log(`${new Date().toISOString()} ${oneLine(message)}`)
