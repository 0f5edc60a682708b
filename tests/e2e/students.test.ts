import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import {
  UI,
  expectFieldText,
  expectState,
  joinAsStudent,
  logInAsLecturer,
  openFirstAssignment,
  pickTeam,
  setupClass,
  typeInto,
} from './flows'

const NOTES = 'fiveC.context.notes'

describe('two students of a team in separate browsers', { timeout: 90_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('join with the code, see a new assignment appear live, and each sees the other typing in the same field', async () => {
    const setup = await setupClass(env.baseUrl)
    // Ani is on a 360 px phone screen, Budi on a laptop.
    const ani = await env.newSession({ width: 360, height: 780 })
    const budi = await env.newSession()
    await joinAsStudent(ani.page, setup.joinCode, 'Ani')
    // A second "Ani" in the class is told, in Indonesian, to tell herself apart.
    await budi.page.goto('/')
    await budi.page.getByLabel('Kode kelas').fill(setup.joinCode)
    await budi.page.getByLabel('Nama Anda').fill('ani')
    await budi.page.getByRole('button', { name: 'Bergabung' }).click()
    await budi.page
      .getByRole('alert')
      .getByText(/sudah dipakai di kelas ini/)
      .waitFor(UI)
    await joinAsStudent(budi.page, setup.joinCode, 'Budi')
    await pickTeam(ani.page, 'Tim Merah')
    await pickTeam(budi.page, 'Tim Merah')

    // The assignment is made while both pages are open: it appears without a reload (socket.io).
    await setup.assign()
    for (const { page } of [ani, budi]) {
      await page.getByTestId('assignments').getByRole('link', { name: setup.caseTitle }).waitFor(UI)
    }
    await openFirstAssignment(ani.page)
    await openFirstAssignment(budi.page)
    await expectState(ani.page, 'daring · tersimpan')
    await expectState(budi.page, 'daring · tersimpan')

    await typeInto(ani.page, NOTES, 'Halo dari Ani.')
    await expectFieldText(budi.page, NOTES, (text) => text.includes('Halo dari Ani.'))
    await typeInto(budi.page, NOTES, ' Salam dari Budi.')
    await expectFieldText(
      ani.page,
      NOTES,
      (text) => text.includes('Salam dari Budi.') && text.includes('Halo dari Ani.'),
    )

    // Their lecturer watches read-only and sees the text live.
    const dosen = await env.newSession()
    await logInAsLecturer(dosen.page, setup.email, setup.password)
    await dosen.page.getByRole('link', { name: 'Kelas Uji' }).click()
    await dosen.page.getByRole('link', { name: 'Tim Merah' }).click()
    await expectFieldText(dosen.page, NOTES, (text) => text.includes('Salam dari Budi.'))
    await typeInto(ani.page, NOTES, ' Lagi.')
    await expectFieldText(dosen.page, NOTES, (text) => text.includes('Lagi.'))

    // Presence: each sees the other, and which field they are in.
    await expect
      .poll(() => ani.page.getByTestId('presence').innerText(), UI)
      .toContain('Budi — Catatan (Konteks Kelompok)')
    // A choice made by one shows for the other.
    await ani.page.getByRole('radio', { name: /Round robin/ }).check()
    await expect.poll(() => budi.page.getByRole('radio', { name: /Round robin/ }).isChecked(), UI).toBe(true)
    await expectState(ani.page, 'daring · tersimpan')

    // Undo reverts only Ani's own last edit (the choice); Budi's text stays.
    await ani.page.getByRole('button', { name: /Urungkan/ }).click()
    await expect.poll(() => budi.page.getByRole('radio', { name: /Round robin/ }).isChecked(), UI).toBe(false)
    await expectFieldText(budi.page, NOTES, (text) => text.includes('Salam dari Budi.'))
    // The next undo removes Ani's last typing, still leaving Budi's text alone.
    await ani.page.getByRole('button', { name: /Urungkan/ }).click()
    await expectFieldText(
      budi.page,
      NOTES,
      (text) => !text.includes('Lagi.') && text.includes('Salam dari Budi.'),
    )
    await ani.page.getByRole('button', { name: /Ulangi/ }).click()
    await expectFieldText(budi.page, NOTES, (text) => text.includes('Lagi.'))

    await ani.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'workspace-360.png'), fullPage: false })
    const overflow = await ani.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
