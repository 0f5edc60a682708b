import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseListItem } from '../../cases/contracts/http'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { logInAsLecturer, setupClass, UI } from './flows'

/** Whether the page fits the viewport's width (no horizontal scrolling). */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)

describe('a lecturer’s own cases in the browser', () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('writes a case in both languages, edits it, and assigns it to a class; text stays text', async () => {
    const setup = await setupClass(env.server.url, 'Tim Kenanga')
    const { page } = await env.newSession({ width: 360, height: 740 })
    await logInAsLecturer(page, setup.email, setup.password)

    await page.getByRole('link', { name: 'Kasus saya' }).click()
    await page.getByRole('heading', { name: 'Kasus saya' }).waitFor(UI)
    await page.getByText('Anda belum menulis kasus sendiri.').waitFor(UI)
    await page.getByRole('link', { name: 'Tulis kasus baru' }).click()
    await page.getByRole('heading', { name: 'Kasus baru' }).waitFor(UI)

    const markup = '<b>Warga</b> <img src=x onerror="window.__pwned=1">'
    await page.getByLabel('Judul (Bahasa Indonesia)').fill('Kampung di tepi sungai')
    await page.getByLabel('Judul (English)').fill('The riverside neighbourhood')
    await page.getByLabel('Ringkasan (satu atau dua kalimat) (Bahasa Indonesia)').fill(markup)
    await page
      .getByLabel('Ringkasan (satu atau dua kalimat) (English)')
      .fill('Residents face a relocation plan.')
    const scenario = page.getByLabel(/^Skenario .* \(Bahasa Indonesia\)$/)
    await scenario.fill('Paragraf pertama.\n\nParagraf kedua.')
    await page.getByLabel(/^Skenario .* \(English\)$/).fill('First paragraph.\n\nSecond paragraph.')
    await page.getByLabel('Pertanyaan 1 (Bahasa Indonesia)').fill('Siapa yang terdampak?')
    await page.getByLabel('Pertanyaan 1 (English)').fill('Who is affected?')
    await page.getByRole('button', { name: 'Tambah pertanyaan' }).click()
    await page.getByLabel('Pertanyaan 2 (Bahasa Indonesia)').fill('Sistem mana yang mendukung?')
    await page.getByLabel('Pertanyaan 2 (English)').fill('Which systems support them?')
    await page.getByRole('checkbox', { name: /Ekomap|Ecomap/i }).check()
    expect(await fitsWidth(page)).toBe(true)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'cases-form-phone.png'), fullPage: true })
    await page.getByRole('button', { name: 'Simpan kasus' }).click()

    // The saved case is shown read as text: the markup appears literally and never runs.
    await page.getByRole('heading', { name: 'Kampung di tepi sungai' }).waitFor(UI)
    await page.getByText(markup).waitFor(UI)
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false)
    expect(await page.locator('.case-view img').count()).toBe(0)
    expect(await fitsWidth(page)).toBe(true)

    await page.getByRole('link', { name: 'Ubah' }).click()
    await page.getByRole('heading', { name: 'Ubah kasus' }).waitFor(UI)
    await expect
      .poll(() => page.getByLabel('Judul (Bahasa Indonesia)').inputValue(), UI)
      .toBe('Kampung di tepi sungai')
    await page.getByLabel('Judul (Bahasa Indonesia)').fill('Kampung di tepi sungai (revisi)')
    await page.getByRole('button', { name: 'Hapus pertanyaan 2' }).click()
    await page.getByRole('button', { name: 'Simpan kasus' }).click()
    await page.getByRole('heading', { name: 'Kampung di tepi sungai (revisi)' }).waitFor(UI)

    const own = (await setup.lecturer.request<CaseListItem[]>('GET', '/api/cases')).body.filter(
      (c) => c.origin === 'own',
    )
    expect(own.map((c) => c.title.id)).toEqual(['Kampung di tepi sungai (revisi)'])
    const stored = await setup.lecturer.request<{ prompts: unknown[]; templates: string[] }>(
      'GET',
      `/api/cases/${own[0]!.id}`,
    )
    expect(stored.body.prompts).toEqual([{ id: 'Siapa yang terdampak?', en: 'Who is affected?' }])
    expect(stored.body.templates).toEqual(expect.arrayContaining(['fiveC', 'ecomap']))

    // The new-assignment page lists it with the library; assigning it gives the team a workspace.
    await page.goto(`/classes/${setup.classId}/assign`)
    await page.getByRole('radio', { name: /Kampung di tepi sungai \(revisi\)/ }).check()
    await page.getByRole('button', { name: 'Berikan ke semua tim' }).click()
    await page.getByRole('link', { name: 'Tim Kenanga' }).waitFor(UI)
    const klass = await setup.lecturer.getClass(setup.classId)
    expect(klass.assignments.map((a) => [a.caseId, a.title.id])).toEqual([
      [own[0]!.id, 'Kampung di tepi sungai (revisi)'],
    ])

    // English: the same page in the other language.
    await page.goto('/cases')
    await page.getByRole('button', { name: 'English', exact: true }).click()
    await page.getByRole('heading', { name: 'My cases' }).waitFor(UI)
    await page.getByText('Case library (read-only)').waitFor(UI)
    expect(await fitsWidth(page)).toBe(true)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'cases-list-phone.png'), fullPage: true })
  })
})
