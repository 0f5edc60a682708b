import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { SubmittedResult } from '../../cases/contracts/http'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import {
  UI,
  editor,
  expectFieldText,
  expectState,
  fieldText,
  joinAndOpenAssignment,
  setupClass,
  typeInto,
} from './flows'
import { pageWidth } from './templatePages'

const NOTES = 'fiveC.competence.notes'
const SAVED = 'daring · tersimpan'
const OFFLINE = 'luring — disimpan di perangkat ini'
const SUBMITTED = 'daring · dikumpulkan, hanya baca'
const HELD = 'disimpan di perangkat ini — bukan bagian dari pengumpulan'

/** Whether the text field can be typed in. */
const editable = (page: Page) => editor(page, NOTES).getAttribute('contenteditable')

describe('submitting the work', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('locks every page live, keeps an offline edit out of the submission, and merges it when returned', async () => {
    const setup = await setupClass(env.baseUrl)
    await setup.assign()
    const ani = await env.newSession({ width: 360, height: 740 })
    // Budi's browser is in Makassar: times show in his zone as WITA.
    const budiContext = await env.browser.newContext({ baseURL: env.baseUrl, timezoneId: 'Asia/Makassar' })
    const budi = { context: budiContext, page: await budiContext.newPage() }
    const citra = await env.newSession()
    for (const [s, name] of [
      [ani, 'Ani'],
      [budi, 'Budi'],
      [citra, 'Citra'],
    ] as const) {
      await joinAndOpenAssignment(s.page, setup.joinCode, name)
    }
    const [workspace] = await setup.lecturer.listWorkspaces()
    if (!workspace) throw new Error('no workspace')

    await typeInto(ani.page, NOTES, 'Kompetensi tim cukup.')
    await expectFieldText(budi.page, NOTES, (t) => t.includes('Kompetensi tim cukup.'))
    await expectFieldText(citra.page, NOTES, (t) => t.includes('Kompetensi tim cukup.'))

    // Citra writes on a train without signal, before the work is submitted.
    await citra.context.setOffline(true)
    await expectState(citra.page, OFFLINE)
    await typeInto(citra.page, NOTES, ' Tambahan Citra di kereta.')

    // Ani submits after reading what will happen.
    await ani.page.getByRole('button', { name: 'Kumpulkan' }).click()
    const dialog = ani.page.getByRole('dialog')
    await expect.poll(() => dialog.textContent(), UI).toContain('hanya dapat dibaca')
    await dialog.getByRole('button', { name: 'Ya, kumpulkan' }).click()

    // Both online pages turn read-only without a reload, with the version in the banner.
    for (const { page } of [ani, budi]) {
      await expectState(page, SUBMITTED)
      await expect.poll(() => page.getByTestId('submitted-banner').textContent(), UI).toContain('versi 1')
      await expect.poll(() => editable(page), UI).toBe('false')
      expect(await page.getByRole('button', { name: 'Kumpulkan' }).count()).toBe(0)
    }
    expect(await budi.page.getByTestId('submitted-banner').textContent()).toMatch(
      /\d{2}\.\d{2} WITA, oleh Ani/,
    )

    // Ani's phone (360 px) shows the submitted state without scrolling sideways.
    expect(await pageWidth(ani.page)).toBeLessThanOrEqual(360)
    await ani.page.getByTestId('submitted-banner').scrollIntoViewIfNeeded()
    await ani.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'submitted-phone.png') })

    // Citra comes back: her page learns of the submission, and is told her edit is not part of it.
    await citra.context.setOffline(false)
    await expectState(citra.page, HELD)
    await expect.poll(() => editable(citra.page), UI).toBe('false')
    await expect
      .poll(() => citra.page.getByTestId('held-edits').textContent(), UI)
      .toContain('BUKAN bagian dari pengumpulan')
    expect(await fieldText(citra.page, NOTES)).toContain('Tambahan Citra di kereta.')
    // Reloading the submitted work keeps the held edit (IndexedDB) and still names it.
    await citra.page.reload()
    await expectState(citra.page, HELD)
    await expectFieldText(citra.page, NOTES, (t) => t.includes('Tambahan Citra di kereta.'))
    const stored = await setup.lecturer.request<SubmittedResult>(
      'GET',
      `/api/workspaces/${workspace.id}/versions/1`,
    )
    expect(JSON.stringify(stored.body)).toContain('Kompetensi tim cukup.')
    expect(JSON.stringify(stored.body)).not.toContain('Tambahan Citra')
    expect(await fieldText(budi.page, NOTES)).not.toContain('Tambahan Citra')

    // The team's versions list the submission; opening it shows the stored text, read-only.
    const versions = budi.page.getByTestId('versions-panel')
    await expect.poll(() => versions.textContent(), UI).toContain('Versi 1')
    await versions.getByRole('button', { name: 'Lihat' }).click()
    await expect
      .poll(() => versions.getByTestId('version-view').textContent(), UI)
      .toContain('Kompetensi tim cukup.')
    expect(await versions.getByTestId('version-view').textContent()).not.toContain('Tambahan Citra')

    // The lecturer returns the work: every page is editable again and Citra's kept edit merges.
    const returned = await setup.lecturer.request('POST', `/api/workspaces/${workspace.id}/return`)
    expect(returned.status).toBe(200)
    for (const { page } of [ani, budi, citra]) {
      await expectState(page, SAVED)
      await expect.poll(() => editable(page), UI).toBe('true')
      await expectFieldText(page, NOTES, (t) => t.includes('Tambahan Citra di kereta.'))
      await page.getByTestId('returned-banner').waitFor(UI)
    }

    // Feedback stays hidden until the lecturer releases it; then Budi sees scores, feedback and his own score.
    const rubric = await setup.lecturer.getRubric(workspace.assignmentId)
    const criterion = rubric.criteria[0]
    const level = criterion?.levels[0]
    if (!criterion || !level) throw new Error('empty rubric')
    await setup.lecturer.putGrade(workspace.id, {
      scores: [{ criterionId: criterion.id, levelId: level.id, comment: 'Analisis kompetensi jelas.' }],
      feedback: 'Kerja tim yang rapi.',
    })
    await budi.page.reload()
    await budi.page.getByTestId('feedback-hidden').waitFor(UI)
    expect(await budi.page.getByTestId('feedback-panel').count()).toBe(0)
    await setup.lecturer.releaseGrade(workspace.id)
    await budi.page.reload()
    const feedback = budi.page.getByTestId('feedback-panel')
    await expect.poll(() => feedback.textContent(), UI).toContain('Kerja tim yang rapi.')
    expect(await feedback.textContent()).toContain('Analisis kompetensi jelas.')
    expect(await feedback.textContent()).toContain(`Nilai Anda: ${level.points}`)
    await budiContext.close()
  })
})
