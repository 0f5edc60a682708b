import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApi } from '../helpers/api'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { UI, joinAsStudent, logInAsLecturer, pickTeam, setupClass } from './flows'

describe('team moves in the browser', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('a student picks a team once; the lecturer opens moves, sees the move listed, and gives a new return code', async () => {
    const setup = await setupClass(env.baseUrl, 'Tim Merah')
    await setup.lecturer.createTeam(setup.classId, 'Tim Biru')

    const student = await env.newSession({ width: 360, height: 740 })
    await joinAsStudent(student.page, setup.joinCode, 'Joko')
    await pickTeam(student.page, 'Tim Merah')
    // A new class keeps moves closed: the teams are listed, but the other team's button is off.
    await student.page.getByText('Anda berada di tim ini. Hanya dosen').waitFor(UI)
    expect(await student.page.getByRole('button', { name: 'Tim Biru' }).isDisabled()).toBe(true)

    const lecturer = await env.newSession()
    await logInAsLecturer(lecturer.page, setup.email, setup.password)
    await lecturer.page.getByRole('link', { name: 'Kelas Uji' }).click()
    const panel = lecturer.page.getByTestId('team-moves')
    await panel.getByText('Belum ada mahasiswa yang pindah tim.').waitFor(UI)
    const toggle = panel.getByLabel('Mahasiswa yang sudah punya tim boleh pindah ke tim lain')
    expect(await toggle.isChecked()).toBe(false)
    await toggle.check()
    await expect.poll(async () => (await setup.lecturer.getClass(setup.classId)).teamMovesOpen, UI).toBe(true)

    // The student's page follows at once (class:updated) and the move goes through.
    await student.page.getByRole('heading', { name: 'Tim Anda (bisa diganti)' }).waitFor(UI)
    await pickTeam(student.page, 'Tim Biru')
    // …and appears on the lecturer's page without a reload.
    await panel.getByText('Joko pindah dari Tim Merah ke Tim Biru').waitFor(UI)

    // A new return code for Joko, shown once on the lecturer's page, lets Joko back in.
    await lecturer.page.getByRole('button', { name: 'Kode masuk pribadi baru' }).click()
    await lecturer.page.getByRole('button', { name: 'Ya, lanjutkan' }).click()
    const shown = lecturer.page.getByRole('textbox', { name: 'Kode masuk pribadi' })
    await shown.waitFor(UI)
    const code = await shown.inputValue()
    expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/)
    const back = await createApi(env.baseUrl).rejoin({ joinCode: setup.joinCode, returnCode: code })
    expect(back.user.name).toBe('Joko')

    await lecturer.page.getByRole('button', { name: 'English' }).click()
    await panel.getByText('Joko moved from Tim Merah to Tim Biru').waitFor(UI)
    await panel.getByLabel('Students who already have a team may move to another team').waitFor(UI)
  })
})
