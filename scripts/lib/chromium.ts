import {existsSync} from 'node:fs'

/** A system Chromium (CHROMIUM_PATH, else Debian's), or undefined for Playwright's own browser. */
export const chromiumPath = (): string | undefined => process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
