import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedExercise } from '../../cases/contracts/exercises'
import { CASE_LIBRARY } from '../../cases/library'
import type { Api } from '../helpers/api'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import {
  UI,
  editor,
  expectFieldText,
  expectState,
  fieldText,
  joinAsStudent,
  pickTeam,
  setupClass,
  typeInto,
} from './flows'

const NOTES = 'fiveC.context.notes'
const SAVED = 'daring · tersimpan'
const OFFLINE = 'luring — disimpan di perangkat ini'
const PAUSED = 'daring · latihan dijeda, hanya baca'
const PAUSED_HELD = 'latihan dijeda — suntingan di perangkat ini disimpan saat dilanjutkan'

/** The state line's mode: edit, paused, submitted, viewer. */
const mode = (page: Page) => page.getByTestId('state-line').getAttribute('data-mode')

/** Inputs of the shown template that would take an edit (text editors, fields, choices, list editors). */
const editableInputs = (page: Page) =>
  page
    .locator(
      '.template-form :is([contenteditable="true"], input:not([disabled]), select:not([disabled]), textarea:not([disabled]))',
    )
    .count()

/** Record every data-mode the state line takes from now on (to catch a flash of "submitted"). */
const recordModes = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { modes: string[] }).modes = seen
    new MutationObserver((records) => {
      for (const r of records)
        if (r.target instanceof HTMLElement) seen.push(r.target.getAttribute('data-mode') ?? '')
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-mode'] })
  })
const recordedModes = (page: Page) => page.evaluate(() => (window as unknown as { modes: string[] }).modes)

/** The stored text of the notes field, read through the export route. */
async function storedNotes(lecturer: Api, workspaceId: string): Promise<string> {
  const exported = await lecturer.exportWorkspace(workspaceId)
  const fiveC = (exported.templates as Record<string, Record<string, Record<string, unknown>>>).fiveC
  return String(fiveC?.context?.notes ?? '')
}

describe('a live exercise paused by the lecturer, in the student’s browser', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  /** A class with a student in Chromium on the team's workspace of a running exercise (fiveC and the ecomap). */
  async function studentInExercise(name: string) {
    const setup = await setupClass(env.baseUrl)
    const student = await env.newSession()
    await joinAsStudent(student.page, setup.joinCode, name)
    await pickTeam(student.page, setup.team.name)
    const started = await setup.lecturer.request<CreatedExercise>(
      'POST',
      `/api/classes/${setup.classId}/exercises`,
      { caseId: CASE_LIBRARY[0]?.id, templates: ['fiveC', 'ecomap'], durationMinutes: 30 },
    )
    expect(started.status).toBe(201)
    const workspaceId = started.body.workspaces[0]?.id ?? ''
    await student.page.goto(`/w/${encodeURIComponent(workspaceId)}?t=fiveC`)
    await expectState(student.page, SAVED)
    expect(await mode(student.page)).toBe('edit')
    const control = async (action: 'pause' | 'resume' | 'end') => {
      const res = await setup.lecturer.request('POST', `/api/exercises/${started.body.id}/${action}`)
      expect(res.status).toBe(200)
    }
    return { setup, page: student.page, context: student.context, workspaceId, control }
  }

  it('pausing makes every input read-only with a paused state and notice; resuming makes it editable again without a reload', async () => {
    const { setup, page, workspaceId, control } = await studentInExercise('Mahasiswa Jeda')
    await typeInto(page, NOTES, 'Sebelum jeda.')
    await expectState(page, SAVED)
    expect(await editableInputs(page)).toBeGreaterThan(0)
    await page.locator('[data-template-tab="ecomap"]').click()
    await expect.poll(() => editableInputs(page), UI).toBeGreaterThan(0)
    await page.locator('[data-template-tab="fiveC"]').click()
    await editor(page, NOTES).waitFor(UI)
    await page.evaluate(() => {
      ;(window as unknown as { stillHere: boolean }).stillHere = true
    })
    await recordModes(page)

    await control('pause')
    await expect.poll(() => mode(page), UI).toBe('paused')
    await expectState(page, PAUSED)
    await page.getByTestId('paused-notice').waitFor(UI)
    expect(await page.getByTestId('paused-notice').textContent()).toContain('Dosen menjeda latihan')
    expect(await page.locator('.submit-button').count()).toBe(0)
    expect(await page.locator('.undo-buttons').count()).toBe(0)
    await expect.poll(() => editor(page, NOTES).getAttribute('contenteditable'), UI).toBe('false')
    expect(await editableInputs(page)).toBe(0)
    // Typing changes nothing, on the page or on the server.
    await editor(page, NOTES).click()
    await page.keyboard.type('Diketik saat jeda.')
    expect(await fieldText(page, NOTES)).toBe('Sebelum jeda.')
    expect(await storedNotes(setup.lecturer, workspaceId)).toBe('Sebelum jeda.')
    // The ecomap editor is read-only too.
    await page.locator('[data-template-tab="ecomap"]').click()
    await page.locator('.template-form[data-template="ecomap"]').waitFor(UI)
    expect(await editableInputs(page)).toBe(0)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'exercise-paused-student.png') })
    await page.locator('[data-template-tab="fiveC"]').click()

    await control('resume')
    await expect.poll(() => mode(page), UI).toBe('edit')
    await expect.poll(() => page.getByTestId('paused-notice').count(), UI).toBe(0)
    await page.locator('.submit-button').waitFor(UI)
    await expect.poll(() => editor(page, NOTES).getAttribute('contenteditable'), UI).toBe('true')
    await typeInto(page, NOTES, ' Setelah jeda.')
    await expectState(page, SAVED)
    await expect.poll(() => storedNotes(setup.lecturer, workspaceId), UI).toBe('Sebelum jeda. Setelah jeda.')

    // Followed live: no reload, never shown as submitted or returned on the way.
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true)
    const modes = await recordedModes(page)
    expect(modes).toContain('paused')
    expect(modes).not.toContain('submitted')
    expect(await page.getByTestId('returned-banner').count()).toBe(0)
  })

  it('edits typed offline while the exercise is paused stay on the device and are stored after the resume', async () => {
    const { setup, page, context, workspaceId, control } = await studentInExercise('Mahasiswa Luring')
    await context.setOffline(true)
    await expectState(page, OFFLINE)
    await typeInto(page, NOTES, 'Ditulis luring.')
    await control('pause')

    await context.setOffline(false)
    // Back online the page learns of the pause; the server took nothing, the edit is held here.
    await expect.poll(() => mode(page), UI).toBe('paused')
    await expectState(page, PAUSED_HELD)
    await expectFieldText(page, NOTES, (t) => t === 'Ditulis luring.')
    expect(await storedNotes(setup.lecturer, workspaceId)).toBe('')

    await control('resume')
    await expect.poll(() => mode(page), UI).toBe('edit')
    await expectState(page, SAVED)
    await expect.poll(() => storedNotes(setup.lecturer, workspaceId), UI).toBe('Ditulis luring.')
  })

  it('a page opened while paused starts read-only, and shows submitted when the exercise ends', async () => {
    const { page, control } = await studentInExercise('Mahasiswa Terlambat')
    await control('pause')
    await expect.poll(() => mode(page), UI).toBe('paused')
    await page.reload()
    await page.getByTestId('state-line').waitFor(UI)
    expect(await mode(page)).toBe('paused')
    await expectState(page, PAUSED)
    await expect.poll(() => editor(page, NOTES).getAttribute('contenteditable'), UI).toBe('false')
    expect(await editableInputs(page)).toBe(0)

    // Ended while paused: submitted and locked, as a team's own submission.
    await control('end')
    await expect.poll(() => mode(page), UI).toBe('submitted')
    await page.getByTestId('submitted-banner').waitFor(UI)
    expect(await page.getByTestId('paused-notice').count()).toBe(0)
    expect(await editableInputs(page)).toBe(0)
  })
})
