import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { editor, joinAsStudent, logInAsLecturer, pickTeam, setupClass, typeInto, UI } from './flows'

/** The clock state the student's banner shows (running, paused, ended), or null without a banner. */
const bannerState = (page: Page) =>
  page
    .locator('.exercise-banner [data-exercise-clock]')
    .first()
    .getAttribute('data-exercise-clock', { timeout: 1000 })
    .catch(() => null)

describe('a live exercise in the browser', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it("the lecturer starts it; the student's open page follows without a reload, the overview and pause reach both", async () => {
    const setup = await setupClass(env.baseUrl)
    // The student waits on their home page, with a team and no assignment yet.
    const student = await env.newSession({ width: 360, height: 740 })
    await joinAsStudent(student.page, setup.joinCode, 'Mahasiswa Satu')
    await pickTeam(student.page, setup.team.name)
    // A reload would drop this marker.
    await student.page.evaluate(() => {
      ;(window as unknown as { stillHere: boolean }).stillHere = true
    })

    const lecturer = await env.newSession()
    await logInAsLecturer(lecturer.page, setup.email, setup.password)
    await lecturer.page.goto(`/classes/${setup.classId}/exercise`)
    await lecturer.page.getByRole('radio', { name: setup.caseTitle }).check()
    await lecturer.page.getByLabel('Durasi (menit)').fill('15')
    await lecturer.page.getByRole('button', { name: 'Mulai latihan' }).click()
    await lecturer.page.locator('.exercise-clock [data-exercise-clock="running"]').waitFor(UI)
    const card = lecturer.page.locator(`.exercise-card[data-team-id="${setup.team.id}"]`)
    await card.waitFor(UI)

    // The student's page opens the team's exercise workspace with the clock running, without reloading.
    await student.page.waitForURL(/\/w\/[^/]+$/, UI)
    await editor(student.page, 'fiveC.context.notes').waitFor(UI)
    await expect.poll(() => bannerState(student.page), UI).toBe('running')
    const clockText = await student.page.locator('.exercise-banner-time').textContent()
    expect(clockText).toMatch(/^1[45]:\d\d$/)
    expect(await student.page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(
      true,
    )

    // The student types; the team's card on the lecturer's overview shows a filled field, pushed.
    await typeInto(student.page, 'fiveC.context.notes', 'Keluarga besar mendukung.')
    await expect
      .poll(
        async () => card.locator('[data-template-id="fiveC"] [data-progress]').getAttribute('data-progress'),
        UI,
      )
      .toMatch(/^[1-9]\d*\/\d+$/)
    expect(await card.textContent()).toContain('1/1 daring')

    // Pause: the student's banner says so.
    await lecturer.page.getByRole('button', { name: 'Jeda', exact: true }).click()
    await lecturer.page.locator('.exercise-clock [data-exercise-clock="paused"]').waitFor(UI)
    await expect.poll(() => bannerState(student.page), UI).toBe('paused')
    expect(await student.page.locator('.exercise-banner').textContent()).toContain('Latihan dijeda')
  })
})
