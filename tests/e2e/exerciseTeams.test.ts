import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedExercise } from '../../cases/contracts/exercises'
import { CASE_LIBRARY } from '../../cases/library'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { editor, joinAsStudent, logInAsLecturer, setupClass, UI } from './flows'

/** The clock state the student's banner shows (running, paused, ended), or null without a banner. */
const bannerState = (page: Page) =>
  page
    .locator('.exercise-banner [data-exercise-clock]')
    .first()
    .getAttribute('data-exercise-clock', { timeout: 1000 })
    .catch(() => null)

/** Mark the page: a reload would drop the marker. */
const mark = (page: Page) =>
  page.evaluate(() => {
    ;(window as unknown as { stillHere: boolean }).stillHere = true
  })
const stillHere = (page: Page) =>
  page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere === true)

describe('teams adjusted from the control room while an exercise runs', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it("latecomers waiting on their home page are formed into a team and their pages open its workspace with the clock; a moved student's page follows", async () => {
    const setup = await setupClass(env.baseUrl)
    const started = await setup.lecturer.request<CreatedExercise>(
      'POST',
      `/api/classes/${setup.classId}/exercises`,
      { caseId: CASE_LIBRARY[0]!.id, templates: ['fiveC'], durationMinutes: 15 },
    )
    expect(started.status).toBe(201)
    const exercise = started.body
    // Tim Merah has nobody yet: no exercise workspace for it (it gets one when someone is placed in it).
    expect(exercise.workspaces).toEqual([])

    // Two students join after the start and wait on their home page, without a team.
    const sari = await env.newSession({ width: 360, height: 740 })
    await joinAsStudent(sari.page, setup.joinCode, 'Sari Terlambat')
    const budi = await env.newSession({ width: 360, height: 740 })
    await joinAsStudent(budi.page, setup.joinCode, 'Budi Terlambat')
    for (const page of [sari.page, budi.page]) {
      await page.getByRole('button', { name: setup.team.name }).waitFor(UI)
      await mark(page)
      expect(new URL(page.url()).pathname).toBe('/me')
    }

    const lecturer = await env.newSession()
    await logInAsLecturer(lecturer.page, setup.email, setup.password)
    await lecturer.page.goto(`/classes/${setup.classId}/exercise/${exercise.id}`)
    const waiting = lecturer.page.locator('.exercise-waiting')
    await waiting.getByRole('heading', { name: 'Belum punya tim (2)' }).waitFor(UI)
    await waiting.getByText('Sari Terlambat').waitFor(UI)
    await waiting.getByText('Budi Terlambat').waitFor(UI)

    await lecturer.page.getByLabel('Ukuran tim').fill('2')
    await lecturer.page.getByRole('button', { name: 'Bentuk tim dari mahasiswa tanpa tim' }).click()
    await lecturer.page.getByText('1 tim baru dibentuk.').waitFor(UI)
    await waiting.getByRole('heading', { name: 'Belum punya tim (0)' }).waitFor(UI)
    const timA = lecturer.page.getByRole('listitem', { name: 'Tim A', exact: true })
    await timA.getByText('Sari Terlambat').waitFor(UI)
    await timA.getByText('Budi Terlambat').waitFor(UI)

    const detail = await setup.lecturer.getClass(setup.classId)
    const formed = detail.teams.find((t) => t.name === 'Tim A')!
    const workspaces = await setup.lecturer.listWorkspaces()
    const formedWs = workspaces.find(
      (w) => w.teamId === formed.id && w.assignmentId === exercise.assignmentId,
    )!
    // The overview gets the new team's card.
    await lecturer.page.locator(`.exercise-card[data-team-id="${formed.id}"]`).waitFor(UI)

    // Both pages open the new team's workspace with the clock running, without a reload.
    for (const page of [sari.page, budi.page]) {
      await expect.poll(() => new URL(page.url()).pathname, UI).toBe(`/w/${formedWs.id}`)
      await editor(page, 'fiveC.context.notes').waitFor(UI)
      await expect.poll(() => bannerState(page), UI).toBe('running')
      expect(await page.locator('.exercise-banner-time').textContent()).toMatch(/^1[45]:\d\d$/)
      expect(await stillHere(page)).toBe(true)
    }
    await lecturer.page.screenshot({
      fullPage: true,
      path: path.join(SCREENSHOT_DIR, 'exercise-teams-control-room.png'),
    })

    // Moved to the empty Tim Merah from the control room: it gets its exercise workspace and Budi's page follows.
    await timA.getByLabel('Pindahkan Budi Terlambat ke').selectOption(setup.team.id)
    const merah = lecturer.page.getByRole('listitem', { name: setup.team.name, exact: true })
    await merah.getByText('Budi Terlambat').waitFor(UI)
    const merahWs = (await setup.lecturer.listWorkspaces()).find(
      (w) => w.teamId === setup.team.id && w.assignmentId === exercise.assignmentId,
    )!
    await lecturer.page.locator(`.exercise-card[data-team-id="${setup.team.id}"]`).waitFor(UI)
    await expect.poll(() => new URL(budi.page.url()).pathname, UI).toBe(`/w/${merahWs.id}`)
    await editor(budi.page, 'fiveC.context.notes').waitFor(UI)
    await expect.poll(() => bannerState(budi.page), UI).toBe('running')
    // Sari stays where she is.
    expect(new URL(sari.page.url()).pathname).toBe(`/w/${formedWs.id}`)
  })
})
