import {expect, test} from './fixtures'

/**
 * The pages use the system's typeface (README: "Fonts"). Whatever the first family of the stack
 * that a machine has, it must draw every letter of a Vietnamese word: a letter missing from it is
 * drawn from another font, in the middle of the word ("lụa" with a "ụ" of another shape and
 * weight). Chromium says which fonts drew each text (DevTools' "Rendered fonts"); on this machine,
 * as on a visitor's Linux desktop, Arial's stand-in (Liberation Sans) lacks "ạ", "ụ", "ộ"…
 */
const PAGES = ['/', '/san-pham/ao-dai-lua-to-tam-van-phuc/', '/lang-nghe/lang-gom-bat-trang/', '/su-kien/', '/tim-kiem/']

test.describe('the type on a phone', () => {
  test.use({viewport: {width: 360, height: 780}})

  for (const address of PAGES) {
    test(`every text of ${address} is drawn by one font`, async ({page}) => {
      await page.goto(address)
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('DOM.enable')
      await cdp.send('CSS.enable')
      const {root} = await cdp.send('DOM.getDocument', {depth: -1})
      // Elements with text of their own, Vietnamese letters in it; symbols (★) sit in elements of their own.
      const {nodeIds} = await cdp.send('DOM.querySelectorAll', {nodeId: root.nodeId, selector: 'h1, h2, h3, p, li, a, dt, dd, address, button, label, strong'})
      const mixed: string[] = []
      let checked = 0
      for (const nodeId of nodeIds) {
        const {fonts} = await cdp.send('CSS.getPlatformFontsForNode', {nodeId})
        if (fonts.length === 0) continue
        checked++
        // One family; its regular and bold faces are two entries.
        if (new Set(fonts.map((font) => font.familyName)).size > 1) {
          const {outerHTML} = await cdp.send('DOM.getOuterHTML', {nodeId})
          mixed.push(`${outerHTML.replace(/\s+/g, ' ').slice(0, 90)} → ${fonts.map((font) => `${font.familyName} (${font.glyphCount})`).join(', ')}`)
        }
      }
      expect(checked, 'texts checked').toBeGreaterThan(10)
      expect(mixed, 'texts drawn by more than one font').toEqual([])
    })
  }
})
