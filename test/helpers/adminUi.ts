/**
 * Steps an editor takes in Payload's admin, by what they see: a field by its label, an option by
 * its text, a button by its name. Selectors lean on Payload's stable field classes, not on layout.
 */
import type { Locator, Page } from 'playwright-core'

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
