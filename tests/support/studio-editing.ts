import {expect, test, type APIRequestContext, type Page, type Request, type Response} from '@playwright/test'

/**
 * What the Studio's editing tests do as an editor does (choose a reference by typing, read the
 * validation panel, publish once everything is saved) and read back as the website would.
 */

export const API = `https://127.0.0.1:${process.env.STUDIO_E2E_API_PORT ?? 4397}`

/** The published document with this name, as the website's build would read it. */
export async function published(request: APIRequestContext, type: string, field: string, value: string): Promise<Record<string, any> | null> {
  const query = encodeURIComponent(`*[_type == $type && ${field} == $value][0]`)
  const url = `${API}/v2026-11-01/data/query/production?query=${query}&$type=${encodeURIComponent(JSON.stringify(type))}&$value=${encodeURIComponent(JSON.stringify(value))}&perspective=published`
  const response = await request.get(url)
  expect(response.status()).toBe(200)
  return (await response.json()).result
}

/** Chooses a document in a reference field by typing part of its name, as an editor does. */
export async function pickReference(page: Page, label: string, typed: string, option: RegExp) {
  const input = page.getByRole('combobox', {name: label})
  await input.fill(typed)
  // The suggestions the field offers, not the document list beside the form (its items are options too).
  await page.locator('[data-ui="Popover"]').getByRole('option', {name: option}).first().click()
  await expect(input).toHaveCount(0)
}

/** The messages the validation panel ("Kiểm tra") lists, each with the field it belongs to. */
export async function validationMessages(page: Page): Promise<string[]> {
  await page.getByRole('button', {name: 'Kiểm tra', exact: true}).click()
  const panel = page.getByRole('complementary').filter({has: page.getByRole('heading', {name: 'Kiểm tra'})})
  await expect(panel).toBeVisible()
  const texts = await panel.getByRole('button').allInnerTexts()
  await page.getByRole('button', {name: 'Đóng bảng kiểm tra'}).click()
  return texts.map((text) => text.replace(/\s+/g, ' ').trim())
}

export const publishButton = (page: Page) => page.getByTestId('action-xuấtbản')

/**
 * Resolves once the Studio has saved the edits just made (its next commit through the Actions API).
 * Tests publish after it: against the double, a Xuất bản clicked on a new document while a save is
 * still on its way is never carried out (see the closing note of issue 21), which no test should
 * hide. (On a published document it is: website-status.spec.ts clicks at once.)
 */
export const nextSave = (page: Page) => page.waitForResponse((response) => response.url().includes('/data/actions/') && response.url().includes('document.commit') && response.ok())

/**
 * Resolves once the Studio has saved everything: no save on its way and none started for two
 * seconds (an edit can start another, as the expiry following the decision date does).
 */
export async function everythingSaved(page: Page) {
  const isSave = (request: Request) => request.url().includes('/data/actions/') && request.url().includes('document.commit')
  let pending = 0
  let last = Date.now()
  const count = (change: number) => (request: Request) => {
    if (!isSave(request)) return
    pending += change
    last = Date.now()
  }
  const started = count(1)
  const ended = count(-1)
  page.on('request', started)
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  try {
    await expect.poll(() => pending <= 0 && Date.now() - last > 2000, {timeout: 30_000}).toBe(true)
  } finally {
    page.off('request', started)
    page.off('requestfinished', ended)
    page.off('requestfailed', ended)
  }
}

/** Publishes once the form shows no error and everything is saved, then waits until the API has the published document. */
export async function publish(page: Page, read: () => Promise<Record<string, any> | null>) {
  await expect(page.getByTestId('input-validation-icon-error')).toHaveCount(0)
  // See nextSave: a Xuất bản clicked during a save is lost against the double.
  await everythingSaved(page)
  await expect(publishButton(page)).toBeEnabled()
  // What the Studio sent after the click and what the API answered, to say why when nothing lands.
  const exchanges: string[] = []
  const record = async (response: Response) => {
    if (!response.url().includes('/data/actions/') && !response.url().includes('/data/mutate/')) return
    exchanges.push(`${response.request().postData()} → ${response.status()} ${await response.text().catch(() => '')}`)
  }
  page.on('response', record)
  const publishRequest = () => page.waitForRequest((request) => request.url().includes('document.publish'), {timeout: 15_000}).then(() => true, () => false)
  const sent = publishRequest()
  await publishButton(page).click()
  if (!(await sent)) {
    // The Studio runs one operation per document at a time and drops a publish still waiting for
    // its last save when another operation (an automatic commit) comes in: the button comes back
    // and the editor clicks again. Reported, so that it shows up if it ever becomes the rule.
    test.info().annotations.push({type: 'Xuất bản clicked twice', description: 'The Studio sent no publish after the first click'})
    await expect(publishButton(page)).toBeEnabled()
    const again = publishRequest()
    await publishButton(page).click()
    await again
  }
  try {
    await expect.poll(read, {timeout: 30_000, message: 'the published document'}).not.toBeNull()
  } catch (error) {
    const toasts = await page.locator('[data-ui="Toast"]').allInnerTexts()
    const button = `"${await publishButton(page).innerText()}" (${(await publishButton(page).isDisabled()) ? 'disabled' : 'enabled'})`
    throw new Error(`Nothing was published.\nThe Studio sent: ${exchanges.join('\n') || 'nothing'}\nIt showed: ${toasts.join(' | ') || 'no message'}; the button: ${button}`, {cause: error})
  } finally {
    page.off('response', record)
  }
  // And the form knows: no draft is left, nothing more to publish.
  await expect(publishButton(page)).toBeDisabled()
}
