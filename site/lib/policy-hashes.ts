/**
 * A page's Content-Security-Policy narrowed to the hashes of its own inline styles and scripts
 * (site/lib/security-policy.ts says why). Pure functions without other imports than Node's, so that
 * the build's worker threads (site/integrations/build-threads.ts) run them with Node's own
 * TypeScript support; re-exported by security-policy.ts.
 */
import {createHash} from 'node:crypto'

/** The CSP hash of an inline script or style, as `script-src` lists it: `sha256-<base64>`. */
export function scriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`
}

/** The text of each inline style, and of each inline script that runs (not a JSON data block), in a page. */
export function inlineCode(html: string): {styles: string[]; scripts: string[]} {
  const texts = (tag: 'style' | 'script') => [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))]
  return {
    styles: texts('style').map(([, , text]) => text!),
    scripts: texts('script')
      .filter(([, attributes]) => !/\ssrc=|\stype="?application\/(?:ld\+)?json/.test(attributes!))
      .map(([, , text]) => text!),
  }
}

/** Where a page's policy sits: its <meta>, with the policy's text in between. */
const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i

/**
 * The page with its policy's hashes narrowed to its own inline styles and scripts. Astro lists the
 * hashes of every page's styles and scripts on each page (some 45, 2 KB compressed); a page needs
 * only its own, and a policy that allows nothing more is stricter too. `adjust` may change any
 * directive's sources on the way. A page without a policy is returned as it is.
 */
export function withOwnHashes(html: string, adjust: (name: string, sources: string[]) => string[] = (_, sources) => sources): string {
  const {styles, scripts} = inlineCode(html)
  const hashes = (texts: string[]) => [...new Set(texts.map((text) => `'${scriptHash(text)}'`))]
  return html.replace(POLICY_META, (_, before: string, policy: string, after: string) => {
    const directives = policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => {
        const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source))
        const own = name === 'script-src' ? hashes(scripts) : name === 'style-src' ? hashes(styles) : sources.filter((source) => !kept.includes(source))
        return [name!, ...adjust(name!, [...kept, ...own])].join(' ')
      })
    return `${before}${directives.join('; ')}${after}`
  })
}
