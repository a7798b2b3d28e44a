/**
 * "Cuối tuần này" in the visitor's browser: the page holds several weekends, rendered at build
 * time; this picks the coming one by today's date in Hà Nội (on Saturday and Sunday, the current
 * one), hides those already past, and lets the visitor switch to the weekend after. Without it the
 * page lists every weekend in order.
 */
const hanoiToday = (): string =>
  new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit'}).format(new Date())

const root = document.querySelector<HTMLElement>('[data-weekends]')
if (root) {
  const today = hanoiToday()
  const sections = [...root.querySelectorAll<HTMLElement>('[data-weekend]')]
  const coming = sections.filter((section) => (section.dataset.sunday ?? '') >= today)
  for (const section of sections) if (!coming.includes(section)) section.remove()
  const controls = root.querySelector<HTMLElement>('[data-weekend-switch]')
  const stale = root.querySelector<HTMLElement>('[data-weekend-stale]')
  if (coming.length === 0) {
    if (stale) stale.hidden = false
  } else if (controls) {
    const buttons = [...controls.querySelectorAll<HTMLButtonElement>('button[data-offset]')]
    const show = (offset: number) => {
      coming.forEach((section, i) => (section.hidden = i !== offset))
      for (const button of buttons) button.setAttribute('aria-pressed', String(Number(button.dataset.offset) === offset))
    }
    buttons.forEach((button) => {
      if (Number(button.dataset.offset) >= coming.length) button.hidden = true
      button.addEventListener('click', () => show(Number(button.dataset.offset)))
    })
    controls.hidden = false
    show(0)
  }
}
