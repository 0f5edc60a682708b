import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
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
    await lecturer.page.getByRole('checkbox', { name: /Ekomap/ }).check()
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
    // It counts down by itself.
    await expect
      .poll(() => student.page.locator('.exercise-banner-time').textContent(), UI)
      .not.toBe(clockText)
    expect(await student.page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(
      true,
    )

    // A page opened after the start (another tab, nothing remembered) finds the running clock too.
    const lateTab = await student.context.newPage()
    await lateTab.goto('/me')
    await expect.poll(() => bannerState(lateTab), UI).toBe('running')
    await lateTab.close()

    // The student types; the team's card on the lecturer's overview shows a filled field, pushed.
    await typeInto(student.page, 'fiveC.context.notes', 'Keluarga besar mendukung.')
    await expect
      .poll(
        async () => card.locator('[data-template-id="fiveC"] [data-progress]').getAttribute('data-progress'),
        UI,
      )
      .toMatch(/^[1-9]\d*\/\d+$/)
    expect(await card.textContent()).toContain('1/1 daring')

    // A raised hand reaches the card; the lecturer's acknowledgement reaches the student.
    await student.page.getByRole('button', { name: /Minta bantuan/ }).click()
    await student.page.getByRole('button', { name: 'Kirim permintaan' }).click()
    await student.page.getByText('Permintaan bantuan terkirim').waitFor(UI)
    await card.getByText('Mahasiswa Satu').waitFor(UI)
    await card.getByRole('button', { name: 'Tanggapi' }).click()
    await student.page.getByText('Dosen sudah melihat').waitFor(UI)
    await expect.poll(() => card.getByRole('button', { name: 'Tanggapi' }).count(), UI).toBe(0)

    // A broadcast message shows on the student's banner.
    await lecturer.page.getByLabel('Pesan untuk semua tim').fill('Sepuluh menit lagi')
    await lecturer.page.getByRole('button', { name: 'Kirim' }).click()
    await student.page.getByText('Pesan dosen: Sepuluh menit lagi').waitFor(UI)
    await student.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'exercise-student.png') })
    await lecturer.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'exercise-control-room.png') })

    // Pause: the student's banner says so.
    await lecturer.page.getByRole('button', { name: 'Jeda', exact: true }).click()
    await lecturer.page.locator('.exercise-clock [data-exercise-clock="paused"]').waitFor(UI)
    await expect.poll(() => bannerState(student.page), UI).toBe('paused')
    expect(await student.page.locator('.exercise-banner').textContent()).toContain('Latihan dijeda')

    // The projector shows the team's answer to the chosen field in large type; names can be hidden.
    await lecturer.page.getByRole('link', { name: 'Mode proyektor' }).click()
    await lecturer.page.getByLabel('Isian yang ditampilkan').selectOption('fiveC.context.notes')
    const answer = lecturer.page.locator(`.exercise-answers [data-team="${setup.team.id}"]`)
    await answer.getByText('Keluarga besar mendukung.').waitFor(UI)
    await answer.getByRole('heading', { name: setup.team.name }).waitFor(UI)
    await lecturer.page.getByLabel('Sembunyikan nama tim').check()
    await answer.getByRole('heading', { name: 'Tim 1' }).waitFor(UI)
    // The ecomap gallery draws the team's map.
    await lecturer.page.locator('.exercise-gallery svg[role="img"]').first().waitFor(UI)
    await lecturer.page.screenshot({
      fullPage: true,
      path: path.join(SCREENSHOT_DIR, 'exercise-projector.png'),
    })

    // The class's exercises are listed on the start page, with the way back to the control room.
    await lecturer.page.goto(`/classes/${setup.classId}/exercise`)
    await lecturer.page.getByRole('link', { name: 'Ruang kendali' }).click()
    await lecturer.page.locator('.exercise-clock [data-exercise-clock="paused"]').waitFor(UI)

    // The control room on a phone: nothing wider than the screen.
    const phone = await env.newSession({ width: 360, height: 740 })
    await logInAsLecturer(phone.page, setup.email, setup.password)
    await phone.page.goto(lecturer.page.url())
    await phone.page.locator(`.exercise-card[data-team-id="${setup.team.id}"]`).waitFor(UI)
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
})
