import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import {
  UI,
  expectState,
  joinAsStudent,
  logInAsLecturer,
  openFirstAssignment,
  pickTeam,
  setupClass,
} from './flows'

const FEEDBACK = 'Analisis kondisi sudah berdasar bukti.'
const NOT_YET = 'Nilai dan umpan balik muncul di sini setelah dosen mengumumkannya.'

describe(
  'a released grade reaches the open pages (the student’s workspace, the lecturers’ dashboard)',
  { timeout: 120_000 },
  () => {
    let env: BrowserEnv
    beforeAll(async () => {
      env = await startBrowserEnv()
    })
    afterAll(async () => {
      await env?.close()
    })

    it('shows the feedback when the lecturer releases it, the edit after release, and hides it when withdrawn — no reload', async () => {
      const setup = await setupClass(env.baseUrl)
      await setup.assign()
      const { page } = await env.newSession()
      await joinAsStudent(page, setup.joinCode, 'Dewi')
      await pickTeam(page, 'Tim Merah')
      await openFirstAssignment(page)
      await expectState(page, 'daring · tersimpan')
      const [workspace] = await setup.lecturer.listWorkspaces()
      if (!workspace) throw new Error('no workspace')
      // A mark that a reload would wipe.
      await page.evaluate(() => Object.assign(window, { notReloaded: true }))

      // Submitted, graded but not yet released: the page says feedback will come.
      await page.getByRole('button', { name: 'Kumpulkan' }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Ya, kumpulkan' }).click()
      await expectState(page, 'daring · dikumpulkan, hanya baca')
      await page.getByText(NOT_YET).waitFor(UI)
      const scores = [{ criterionId: 'fiveC-condition', levelId: 'good' }]
      await setup.lecturer.putGrade(workspace.id, { scores, feedback: FEEDBACK })
      expect(await page.getByTestId('feedback-panel').count()).toBe(0)

      // Released: the panel appears on the open page.
      await setup.lecturer.request('POST', `/api/workspaces/${workspace.id}/grade/release`)
      const panel = page.getByTestId('feedback-panel')
      await panel.getByText(FEEDBACK).waitFor(UI)
      await panel.getByText('Total tim: 3 dari', { exact: false }).waitFor(UI)
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'grade-released-live.png'), fullPage: true })

      // Edited after release: the new feedback replaces the old.
      await setup.lecturer.putGrade(workspace.id, { scores, feedback: 'Tambahkan data keluarga.' })
      await panel.getByText('Tambahkan data keluarga.').waitFor(UI)

      // Withdrawn: hidden again.
      await setup.lecturer.request('POST', `/api/workspaces/${workspace.id}/grade/unrelease`)
      await page.getByText(NOT_YET).waitFor(UI)
      await panel.waitFor({ ...UI, state: 'detached' })
      expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true)
    })

    it('the class dashboard open in a lecturer’s tab follows a release and its withdrawal from another tab — no reload', async () => {
      const setup = await setupClass(env.baseUrl)
      await setup.assign()
      const [workspace] = await setup.lecturer.listWorkspaces()
      if (!workspace) throw new Error('no workspace')
      const scores = [{ criterionId: 'fiveC-condition', levelId: 'good' }]
      await setup.lecturer.putGrade(workspace.id, { scores, feedback: FEEDBACK })

      const { page } = await env.newSession()
      await logInAsLecturer(page, setup.email, setup.password)
      await page.goto(`/classes/${setup.classId}/review`)
      const cell = page.locator(`[data-workspace="${workspace.id}"]`)
      await cell.getByText('dinilai, belum diumumkan').waitFor(UI)
      await page.evaluate(() => Object.assign(window, { notReloaded: true }))

      await setup.lecturer.request('POST', `/api/workspaces/${workspace.id}/grade/release`)
      await cell.getByText('nilai diumumkan', { exact: true }).waitFor(UI)
      await setup.lecturer.request('POST', `/api/workspaces/${workspace.id}/grade/unrelease`)
      await cell.getByText('dinilai, belum diumumkan').waitFor(UI)
      expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true)
    })
  },
)
