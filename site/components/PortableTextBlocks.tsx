import {PortableText, type PortableTextComponents, type PortableTextProps} from '@portabletext/react'
import {safeHref} from '../lib/url'

const components: PortableTextComponents = {
  marks: {
    link: ({value, children}) => {
      const href = safeHref(value?.href)
      if (!href) return <>{children}</>
      const external = /^https?:/.test(href)
      return (
        <a href={href} {...(external ? {rel: 'noopener', target: '_blank'} : {})}>
          {children}
        </a>
      )
    },
  },
}

/**
 * The content schemas let through only the blocks, styles and marks rendered here (content-schemas.ts);
 * anything else stops the build rather than publishing a renderer's warning in a page.
 */
const refuseMissing = (message: string) => {
  throw new Error(`Rich text the site cannot render: ${message}`)
}

/** Renders the text blocks of a Portable Text field on the server (images: RichText.astro); it ships no JavaScript. */
export default function PortableTextBlocks({value}: {value: PortableTextProps['value']}) {
  return <PortableText value={value} components={components} onMissingComponent={refuseMissing} />
}
