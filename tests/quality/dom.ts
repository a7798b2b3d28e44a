/**
 * A built page as a flat list of elements, parsed with parse5 (the WHATWG parser that jsdom and
 * Vite use), with the line each element starts on, for messages that point into the file.
 */
import {parse, type DefaultTreeAdapterTypes} from 'parse5'

type Node = DefaultTreeAdapterTypes.Node
type ParsedElement = DefaultTreeAdapterTypes.Element

export interface El {
  tag: string
  attrs: Map<string, string>
  line: number
  column: number
  /** The text directly inside it (for `<script>`, `<style>`, `<title>`, `<textarea>` and `<h1>`), entities decoded. */
  text: string
}

const isElement = (node: Node): node is ParsedElement => 'tagName' in node

function textOf(element: ParsedElement): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('')
}

/** Every element of a document in document order, `<template>` contents included. */
export function elements(html: string): El[] {
  const out: El[] = []
  const visit = (node: Node) => {
    if (isElement(node)) {
      out.push({
        tag: node.tagName,
        attrs: new Map(node.attrs.map((attr) => [attr.name, attr.value])),
        line: node.sourceCodeLocation?.startLine ?? 0,
        column: node.sourceCodeLocation?.startCol ?? 0,
        text: ['script', 'style', 'title', 'textarea', 'h1'].includes(node.tagName) ? textOf(node) : '',
      })
      if (node.tagName === 'template' && 'content' in node) visit(node.content as Node)
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child)
  }
  visit(parse(html, {sourceCodeLocationInfo: true}))
  return out
}

/** The URLs of a `srcset`, following the HTML parsing rules closely enough for real markup. */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = []
  let i = 0
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i])) i++
    if (i >= srcset.length) break
    let url = ''
    while (i < srcset.length && !/\s/.test(srcset[i])) url += srcset[i++]
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''))
      continue
    }
    urls.push(url)
    // Skip the descriptors up to the comma that ends this candidate (none inside parentheses).
    let depth = 0
    while (i < srcset.length && !(srcset[i] === ',' && depth === 0)) {
      if (srcset[i] === '(') depth++
      if (srcset[i] === ')') depth--
      i++
    }
  }
  return urls.filter(Boolean)
}

/** The `url(…)` references of a style sheet or a `style` attribute. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]*?)\1\s*\)/g)].map((match) => match[2]).filter((url) => url && !url.startsWith('#'))
}
