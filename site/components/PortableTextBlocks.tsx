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

/** Renders a Portable Text field on the server; it ships no JavaScript to the browser. */
export default function RichText({value}: {value: PortableTextProps['value']}) {
  return <PortableText value={value} components={components} />
}
