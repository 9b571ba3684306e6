/**
 * Steps an editor takes in Payload's admin, by what they see: a field by its label, an option by
 * its text, a button by its name. Selectors lean on Payload's stable field classes, not on layout.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core'

/** The field whose label reads `label` (Payload renders `.field-type.<type>` wrappers). */
export function field(scope: Page | Locator, type: string, label: string): Locator {
  // The inner locator of `has` is matched inside each candidate, so it starts from the page.
  const page = 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page)
  const labelled = page.locator('label.field-label', { hasText: new RegExp(`^${label}\\s*\\*?$`) })
  return scope.locator(`.field-type.${type}`).filter({ has: labelled }).first()
}

/** Picks `option` in a react-select (relationship or select field); types to filter first. */
export async function choose(
  page: Page,
  container: Locator,
  option: string,
  typeFirst = true,
): Promise<void> {
  // The admin may re-render a field while its menu is open (form state arriving, a modal);
  // a person would simply open the menu again, and so does this, a few times.
  for (let attempt = 1; ; attempt++) {
    try {
      await container.locator('.rs__control').click()
      if (typeFirst) await page.keyboard.type(option.slice(0, 12))
      await page.locator('.rs__option', { hasText: option }).first().click({ timeout: 5_000 })
      await container
        .locator('.rs__value-container', { hasText: option })
        .waitFor({ timeout: 5_000 })
      return
    } catch (error) {
      if (attempt === 3) throw error
      await page.keyboard.press('Escape')
    }
  }
}

/** The options a select field offers right now, by their visible text. */
export async function optionsOf(page: Page, container: Locator): Promise<string[]> {
  await container.locator('.rs__control').click()
  const options = await page.locator('.rs__option').allInnerTexts()
  await page.keyboard.press('Escape')
  return options.map((text) => text.trim())
}

/**
 * Clicks "Save Draft" and waits for the save. The admin also autosaves the whole form every few
 * seconds, so on a slow machine autosave may have saved the change first; the button is then
 * disabled (nothing left to save) and there is nothing to click. Callers check the result over
 * REST, as a frontend would, rather than trusting either path.
 */
export async function saveDraft(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Save Draft', exact: true })
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    await page.waitForLoadState('networkidle')
    if (await button.isDisabled()) return
    const saved = page.waitForResponse(
      (response) =>
        ['PATCH', 'POST'].includes(response.request().method()) &&
        /\/api\/[a-z-]+(\/[^/?]+)?\?.*draft=true/.test(response.url()) &&
        !response.url().includes('autosave=true'),
      { timeout: 15_000 },
    )
    try {
      await button.click({ timeout: 3_000 })
    } catch {
      saved.catch(() => undefined)
      continue
    }
    const response = await saved
    if (response.status() >= 400)
      throw new Error(`Save Draft answered ${response.status()}: ${await response.text()}`)
    return
  }
  throw new Error('Save Draft: neither saved nor disabled within 20 s')
}

/** Drags `source` onto `target` with small pointer moves, as dnd-kit's pointer sensor needs. */
export async function drag(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await source.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('drag: source or target is not visible')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 8, { steps: 4 })
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 4, { steps: 20 })
  await page.mouse.up()
}

/** Leaves a document the way a person does, through the admin's own navigation. */
export async function backToDashboard(page: Page): Promise<void> {
  await page.locator('.step-nav a[href="/admin"]').first().click()
  await page.waitForURL((url) => url.pathname === '/admin')
  await page.locator('[data-dashboard="waiting"]').waitFor()
}

/** Opens a document page and waits until its form has loaded. */
export async function openDocument(page: Page, open: () => Promise<unknown>): Promise<void> {
  await open()
  await page.locator('#field-title').waitFor()
  await page.waitForLoadState('networkidle')
}

/**
 * Takes a workflow action with its button, as a person would: answers the action's dialog when
 * it has one (the note of "Request changes", the time of "Schedule", as a datetime-local value)
 * and waits until the saved document shows the stage it moved to.
 */
export async function takeAction(
  page: Page,
  action: string,
  { answer, stage }: { answer?: string; stage: string },
): Promise<void> {
  const saved = page.waitForResponse(
    (response) =>
      ['PATCH', 'POST'].includes(response.request().method()) &&
      /\/api\/[a-z-]+(\/[^/?]+)?\?depth=0/.test(response.url()) &&
      !response.url().includes('autosave=true'),
    { timeout: 30_000 },
  )
  await actionButton(page, action).click()
  if (answer !== undefined) {
    const dialog = page.locator('dialog[data-workflow-dialog][open]')
    await dialog.locator('textarea, input').first().fill(answer)
    await dialog.getByRole('button', { name: action, exact: true }).click()
  }
  const response = await saved
  if (response.status() >= 400)
    throw new Error(`${action} answered ${response.status()}: ${await response.text()}`)
  await page.locator(`[data-workflow-status="${stage}"]`).waitFor()
  // The form reloads after the save; the buttons (if any are left) are ready again when it has.
  await page.waitForFunction(
    () => !document.querySelector('[data-workflow-actions][aria-busy="true"]'),
  )
}

/** A workflow action's button in the document's controls. */
export function actionButton(page: Page, action: string): Locator {
  return page
    .getByRole('group', { name: 'Workflow actions' })
    .getByRole('button', { name: action, exact: true })
}

/** The workflow actions the page offers, by their text. */
export async function offeredActions(page: Page): Promise<string[]> {
  const group = page.getByRole('group', { name: 'Workflow actions' })
  if ((await group.count()) === 0) return []
  return (await group.getByRole('button').allInnerTexts()).map((text) => text.trim())
}

/** The header's statement of where the document stands ("In review — never published"). */
export async function standing(page: Page): Promise<string> {
  return (await page.locator('[data-workflow-status] .status__value').innerText()).trim()
}

/** A time as a datetime-local field takes it (the test browser runs in UTC). */
export const dateTimeLocal = (at: Date) => at.toISOString().slice(0, 19)

/**
 * Collects the text of every error toast the admin shows in this browser context, across page
 * loads, so a flow can assert at its end that none appeared at any point.
 */
export async function collectErrorToasts(context: BrowserContext): Promise<string[]> {
  const seen: string[] = []
  await context.exposeBinding('reportErrorToast', (_source, text: string) => {
    seen.push(text)
  })
  await context.addInitScript(() => {
    const reported = new WeakSet<Element>()
    const report = (window as unknown as { reportErrorToast: (text: string) => void })
      .reportErrorToast
    new MutationObserver(() => {
      for (const toast of document.querySelectorAll('[data-sonner-toast][data-type="error"]')) {
        if (reported.has(toast)) continue
        reported.add(toast)
        report(toast.textContent ?? '')
      }
    }).observe(document, { childList: true, subtree: true, attributes: true })
  })
  return seen
}
