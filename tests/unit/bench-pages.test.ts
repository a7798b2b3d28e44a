import {describe, expect, it} from 'vitest'
import {beforeImages, brokenLighthouseBudgets, brokenPagesBudgets, emptyTransfer, kindOf, renderPagesSection, type LighthouseFigures, type Template, type Weighed} from '../../scripts/bench/pages'

const product: Template = {name: 'product', path: '/san-pham/gom/', scripts: false}
const search: Template = {name: 'search, "gom"', path: '/tim-kiem/?q=gom', scripts: true}

function weighed(template: Template, kinds: Partial<ReturnType<typeof emptyTransfer>>, scriptRequests = 0): Weighed {
  const transfer = {...emptyTransfer(), ...kinds}
  transfer.total = Object.entries(transfer).reduce((sum, [kind, bytes]) => (kind === 'total' ? sum : sum + bytes), 0)
  return {template, transfer, scriptRequests}
}

describe("the pages' budgets", () => {
  it("sorts Pagefind's files apart from the page's own, whatever the browser calls them", () => {
    expect(kindOf('http://127.0.0.1:4480/pagefind/wasm.vi.pagefind', 'fetch')).toBe('search')
    expect(kindOf('http://127.0.0.1:4480/pagefind/pagefind.js', 'Script')).toBe('search')
    expect(kindOf('http://127.0.0.1:4480/_astro/a.webp', 'Image')).toBe('image')
    expect(kindOf('http://127.0.0.1:4480/_astro/a.js', 'script')).toBe('script')
    expect(kindOf('http://127.0.0.1:4480/favicon.svg', 'Other')).toBe('other')
  })

  it('counts everything but images and the search engine before images', () => {
    const page = weighed(search, {document: 8000, script: 9000, image: 50_000, search: 115_000, other: 500})
    expect(beforeImages(page.transfer)).toBe(17_500)
    expect(brokenPagesBudgets({products: 100, weighed: [page], baselineWeighed: page})).toEqual([])
  })

  it('breaks on a page over 30 KB before images, or a script where none is needed', () => {
    const heavy = weighed(product, {document: 20_000, font: 12_000})
    const scripted = weighed(product, {document: 9000, script: 700}, 1)
    expect(brokenPagesBudgets({products: 100, weighed: [heavy, scripted], baselineWeighed: heavy})).toEqual([
      'product (/san-pham/gom/): 31.3 KB before images, over 30.0 KB',
      'product (/san-pham/gom/): downloads 1 script(s), and should run none',
    ])
  })

  it("breaks on Lighthouse's scores under 100, a largest paint over 1 s or any layout shift", () => {
    const figures: LighthouseFigures = {
      template: product,
      scores: {performance: 97, accessibility: 100, bestPractices: 100, seo: 100},
      fcpMs: 800,
      lcpMs: 1200,
      cls: 0.02,
      tbtMs: 0,
      transfer: weighed(product, {document: 9000}).transfer,
      lcpElement: 'image: figure > img',
      benchmarkIndex: 2000,
    }
    expect(brokenLighthouseBudgets(figures)).toEqual([
      'product (/san-pham/gom/): performance 97, under 100',
      'product (/san-pham/gom/): LCP 1200 ms, over 1000 ms',
      'product (/san-pham/gom/): CLS 0.020, over 0',
    ])
    expect(brokenLighthouseBudgets({...figures, scores: {performance: 100, accessibility: 100, bestPractices: 100, seo: 100}, lcpMs: 990, cls: 0})).toEqual([])
  })

  it('reports every page and the baseline, with the ratio of largest paints when Lighthouse ran', () => {
    const page = weighed(product, {document: 9216, image: 10_240})
    const base: Template = {name: 'baseline product', path: '/san-pham/gom/', scripts: false}
    const lighthouse = (template: Template, lcpMs: number): LighthouseFigures => ({template, scores: {performance: 100, accessibility: 100, bestPractices: 100, seo: 100}, fcpMs: lcpMs, lcpMs, cls: 0, tbtMs: 0, transfer: page.transfer, lcpElement: 'text: h1', benchmarkIndex: 2000})
    const smoke = renderPagesSection({products: 100, weighed: [page], baselineWeighed: weighed(base, {document: 700})})
    expect(smoke).toContain('| product | 9.0 KB | 0.0 KB | 0.0 KB | 0.0 KB | 0.0 KB | **9.0 KB** | 10.0 KB | 0.0 KB |')
    expect(smoke).toContain('| baseline product | 0.7 KB |')
    expect(smoke).toContain('not by the smoke run')
    const full = renderPagesSection({products: 500, weighed: [page], baselineWeighed: page, lighthouse: [lighthouse(product, 900)], baselineLighthouse: lighthouse(base, 600), runs: 3})
    expect(full).toMatch(/\| product \| 100 \| 100 \| 100 \| 100 \| 900 ms \| \*\*900 ms\*\* \| 1\.50× \|/)
  })
})
