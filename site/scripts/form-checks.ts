/**
 * Progressive enhancement of the site's forms (site/components/forms): before a form is sent, the
 * same checks the intake service makes (site/lib/submissions.ts) run in the browser, and problems
 * are shown exactly as the service would show them — a summary on top linking to each field, the
 * message next to the field — without a round trip over a slow connection. A field's message goes
 * once it is changed. Without JavaScript, or for anything only the service can know, the service
 * answers with the same markup.
 *
 * Use it from a page with:
 *   <script>import '../scripts/form-checks'</script>
 */
import {FIELDS, checkPointOfSaleForm, checkShopLinksForm, fieldLabels, type FormErrors, type FormValues} from '../lib/submissions'

const fieldId = (name: string) => `f-${name}`
const errorId = (name: string) => `${fieldId(name)}-loi`

function valuesOf(form: HTMLFormElement): FormValues {
  const values: FormValues = {}
  for (const [name, value] of new FormData(form)) if (typeof value === 'string' && !(name in values)) values[name] = value
  return values
}

/** The control a field's message belongs to (the first radio button of a group). */
const controlOf = (form: HTMLFormElement, name: string) => form.querySelector<HTMLElement>(`#${CSS.escape(fieldId(name))}`)

/** Where the message goes: the field's wrapper (or the radio group's fieldset). */
function wrapperOf(control: HTMLElement): HTMLElement | null {
  return control.closest<HTMLElement>('.choice') ?? control.closest<HTMLElement>('.link-row__kind, .link-row__url, .field')
}

function clearError(form: HTMLFormElement, name: string): void {
  const control = controlOf(form, name)
  form.querySelector(`#${CSS.escape(errorId(name))}`)?.remove()
  if (!control) return
  control.removeAttribute('aria-invalid')
  control.closest('.choice')?.removeAttribute('aria-describedby')
  const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== errorId(name))
  if (described.length > 0) control.setAttribute('aria-describedby', described.join(' '))
  else control.removeAttribute('aria-describedby')
  const wrapper = wrapperOf(control)
  if (wrapper && !wrapper.querySelector('.field__error')) {
    wrapper.classList.remove('field--error')
    wrapper.closest('.link-row')?.classList.toggle('field--error', Boolean(wrapper.closest('.link-row')?.querySelector('.field__error')))
  }
}

function showError(form: HTMLFormElement, name: string, message: string): void {
  const control = controlOf(form, name)
  if (!control) return
  const paragraph = document.createElement('p')
  paragraph.className = 'field__error'
  paragraph.id = errorId(name)
  const hidden = document.createElement('span')
  hidden.className = 'visually-hidden'
  hidden.textContent = 'Lỗi: '
  paragraph.append(hidden, message)
  const wrapper = wrapperOf(control)
  const group = control.closest('.choice')
  if (group) group.querySelector('legend')?.after(paragraph)
  else control.before(paragraph)
  wrapper?.classList.add('field--error')
  control.closest('.link-row')?.classList.add('field--error')
  if (!group) {
    control.setAttribute('aria-invalid', 'true')
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
    control.setAttribute('aria-describedby', [...described, errorId(name)].join(' '))
  } else {
    group.setAttribute('aria-describedby', errorId(name))
  }
}

function showSummary(form: HTMLFormElement, errors: FormErrors, labels: Record<string, string>): HTMLElement {
  form.querySelector('.error-summary')?.remove()
  const summary = document.createElement('div')
  summary.className = 'error-summary'
  summary.setAttribute('role', 'alert')
  summary.setAttribute('aria-labelledby', 'error-summary-title')
  summary.tabIndex = -1
  const heading = document.createElement('h2')
  heading.id = 'error-summary-title'
  heading.textContent = `Có ${Object.keys(errors).length} chỗ cần sửa trước khi gửi`
  const list = document.createElement('ul')
  for (const [name, message] of Object.entries(errors)) {
    const link = document.createElement('a')
    link.href = `#${fieldId(name)}`
    link.textContent = labels[name] ? `${labels[name]}: ${message}` : message
    const item = document.createElement('li')
    item.append(link)
    list.append(item)
  }
  summary.append(heading, list)
  form.prepend(summary)
  return summary
}

function enhance(form: HTMLFormElement): void {
  const isShopLinks = Boolean(form.elements.namedItem(FIELDS.target))
  form.addEventListener('submit', (event) => {
    // Only the first step is checked here; confirming and going back to edit go straight through.
    const step = (event.submitter as HTMLButtonElement | null)?.value
    if (step && step !== 'kiem-tra') return
    const values = valuesOf(form)
    const {errors} = isShopLinks ? checkShopLinksForm(values) : checkPointOfSaleForm(values)
    delete errors[FIELDS.target]
    for (const old of [...form.querySelectorAll<HTMLElement>('.field__error')]) clearError(form, old.id.replace(/^f-/, '').replace(/-loi$/, ''))
    form.querySelector('.error-summary')?.remove()
    if (Object.keys(errors).length === 0) return
    event.preventDefault()
    for (const [name, message] of Object.entries(errors)) showError(form, name, message)
    const summary = showSummary(form, errors, fieldLabels(values))
    summary.focus()
    document.title = document.title.startsWith('Lỗi: ') ? document.title : `Lỗi: ${document.title}`
  })
  // A message goes once its field is changed.
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement
    if (target.name && form.querySelector(`#${CSS.escape(errorId(target.name))}`)) clearError(form, target.name)
  })
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.submission-form:not(.review)')) enhance(form)
