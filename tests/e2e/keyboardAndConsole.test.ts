import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { expectFieldText, expectState, setupClass, UI } from './flows'

const NOTES = 'fiveC.context.notes'

/** What identifies the focused element: its accessible text, its label, or the text field it edits. */
interface Target {
  /** Visible text or aria-label of a button or link (trimmed, exact). */
  text?: string
  /** The text of the `<label>` of an input. */
  label?: string
  /** A text editor's field path (`data-field`). */
  field?: string
}

/** Press Tab (or Shift+Tab) until the focused element is `target`: the page is used by keyboard only. */
async function tabTo(page: Page, target: Target, backwards = false): Promise<void> {
  for (let presses = 0; presses < 400; presses += 1) {
    const here = await page.evaluate((t) => {
      const el = document.activeElement
      if (!el || el === document.body) return false
      const own = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ')
      if (t.text !== undefined && own === t.text) return true
      const labels = (el as HTMLInputElement).labels
      if (t.label !== undefined && labels && [...labels].some((l) => l.textContent?.trim() === t.label))
        return true
      return t.field !== undefined && el.getAttribute('data-field') === t.field
    }, target)
    if (here) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`never reached ${JSON.stringify(target)} with the keyboard`)
}

describe('a student with a keyboard only, and a clean console', { timeout: 180_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('joins, picks a team, writes, comments and submits without a pointer', async () => {
    const setup = await setupClass(env.baseUrl)
    await setup.assign()
    const { page } = await env.newSession({ width: 1366, height: 768 })
    await page.goto('/')
    await page.getByLabel('Kode kelas').waitFor(UI)

    await tabTo(page, { label: 'Kode kelas' })
    await page.keyboard.type(setup.joinCode)
    await tabTo(page, { label: 'Nama Anda' })
    await page.keyboard.type('Ani Papan Ketik')
    await page.keyboard.press('Enter')
    await page.getByTestId('return-code').waitFor(UI)
    await tabTo(page, { text: 'Sudah saya catat' })
    await page.keyboard.press('Enter')

    await page.getByRole('button', { name: setup.team.name }).waitFor(UI)
    await tabTo(page, { text: setup.team.name })
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: setup.team.name, pressed: true }).waitFor(UI)
    const link = page.getByTestId('assignments').getByRole('link').first()
    await link.waitFor(UI)
    await tabTo(page, { text: ((await link.textContent()) ?? '').trim().replace(/\s+/g, ' ') })
    await page.keyboard.press('Enter')
    await expectState(page, 'daring · tersimpan')

    // Write: the notes field is reached with Tab and typed into.
    await tabTo(page, { field: NOTES })
    await page.keyboard.type('Kelompok bertemu di balai warga.')
    await expectFieldText(page, NOTES, (text) => text.includes('Kelompok bertemu di balai warga.'))
    await expectState(page, 'daring · tersimpan')

    // Comment on the field: its button is next in the field's header, before the editor (Shift+Tab back to it).
    await tabTo(page, { text: '💬 Komentar' }, true)
    await page.keyboard.press('Enter')
    const composer = page.getByTestId('comments-panel').getByLabel('Tulis komentar')
    await composer.waitFor(UI)
    await expect.poll(() => composer.evaluate((el) => el === document.activeElement), UI).toBe(true)
    await page.keyboard.type('Apakah ini sudah cukup?')
    await tabTo(page, { text: 'Kirim komentar' })
    await page.keyboard.press('Enter')
    await page.getByTestId('comment-thread').getByText('Apakah ini sudah cukup?').waitFor(UI)

    // Submit: back up the page to the button, confirm in the dialog.
    await tabTo(page, { text: 'Kumpulkan' }, true)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await dialog.waitFor(UI)
    await tabTo(page, { text: 'Ya, kumpulkan' })
    await page.keyboard.press('Enter')
    await expectState(page, 'daring · dikumpulkan, hanya baca')
  })

  it('a normal student journey (join, pick a team, open, type) logs no console error and no failed request', async () => {
    const setup = await setupClass(env.baseUrl)
    await setup.assign()
    const { page } = await env.newSession({ width: 360, height: 740, phone: true })
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('requestfailed', (request) =>
      problems.push(`failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`),
    )
    page.on('response', (response) => {
      if (response.status() < 400) return
      const url = new URL(response.url())
      problems.push(`${response.status()} ${response.request().method()} ${url.pathname}`)
    })
    await page.goto('/')
    await page.getByLabel('Kode kelas').fill(setup.joinCode)
    await page.getByLabel('Nama Anda').fill('Ani Bersih')
    await page.getByRole('button', { name: 'Bergabung' }).click()
    await page.getByRole('button', { name: 'Sudah saya catat' }).click()
    await page.getByRole('button', { name: setup.team.name }).click()
    await page.getByRole('button', { name: setup.team.name, pressed: true }).waitFor(UI)
    await page.getByTestId('assignments').getByRole('link').first().click()
    await expectState(page, 'daring · tersimpan')
    await page.locator(`[data-field="${NOTES}"]`).click()
    await page.keyboard.type('Keluarga besar mendukung.')
    await expectState(page, 'daring · tersimpan')
    expect(problems).toEqual([])
  })
})
