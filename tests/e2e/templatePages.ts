import type { Locator, Page } from 'playwright-core'
import { UI } from './flows'

/** Show a template: the select on a phone (the tabs are hidden there), its tab on a wider screen. */
export async function showTemplate(page: Page, templateId: string, phone: boolean): Promise<Locator> {
  if (phone) await page.getByRole('combobox', { name: 'Templat' }).selectOption(templateId)
  else await page.locator(`[data-template-tab="${templateId}"]`).click()
  const form = page.locator(`[data-template="${templateId}"]`)
  // The fields appear once the server's structure is in the document.
  await form.locator('[data-field-path]').first().waitFor(UI)
  if (templateId === 'ecomap') await page.getByTestId('ecomap').locator('svg').first().waitFor(UI)
  return form
}

/** The wrapper of one field (label, help, input), by its path. */
export const fieldBox = (page: Page, path: string): Locator => page.locator(`[data-field-path="${path}"]`)

/** Choose a value of a choice field, whether it renders as radio buttons or a select. */
export async function choose(page: Page, path: string, value: string): Promise<void> {
  const box = fieldBox(page, path)
  if ((await box.locator('select').count()) > 0) await box.locator('select').selectOption(value)
  else await box.locator(`input[type="radio"][value="${value}"]`).check()
}

/** The chosen value of a choice field ('' when none). */
export async function chosen(page: Page, path: string): Promise<string> {
  const box = fieldBox(page, path)
  if ((await box.locator('select').count()) > 0) return box.locator('select').inputValue()
  const radios = box.locator('input[type="radio"]')
  for (let i = 0; i < (await radios.count()); i++) {
    if (await radios.nth(i).isChecked()) return radios.nth(i).inputValue()
  }
  return ''
}

/** Whether the page scrolls sideways (wider than the window). */
export const pageWidth = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth)
