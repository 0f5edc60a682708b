import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApi, unique } from '../helpers/api'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { UI, logInAsLecturer } from './flows'

describe('a lecturer managing a class in the browser', { timeout: 90_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('moves and renames a student, renames a team, locks team choice, changes the code, adds a co-lecturer, then deletes the class', async () => {
    const api = createApi(env.baseUrl)
    const password = 'kata-sandi-rahasia'
    const email = `${unique('dosen')}@example.test`
    const coEmail = `${unique('rekan')}@example.test`
    const lecturer = api.as((await api.registerLecturer({ name: 'Dosen Utama', email, password })).token)
    await api.registerLecturer({ name: 'Dosen Rekan', email: coEmail, password })
    const klass = await lecturer.createClass('Kelas Dinamika')
    const tim1 = await lecturer.createTeam(klass.id, 'Tim Satu')
    await lecturer.createTeam(klass.id, 'Tim Dua')
    await api.join({ joinCode: klass.joinCode ?? '', name: 'Fajar', teamId: tim1.id })

    const { page } = await env.newSession()
    await logInAsLecturer(page, email, password)
    await page.getByRole('link', { name: 'Kelas Dinamika' }).click()
    await page.getByRole('heading', { name: 'Kelas Dinamika' }).waitFor(UI)

    // Move Fajar to Tim Dua.
    await page.getByLabel('Pindahkan Fajar ke tim').selectOption({ label: 'Tim Dua' })
    await expect
      .poll(async () => (await lecturer.getClass(klass.id)).students[0]?.teamId, UI)
      .not.toBe(tim1.id)

    // Rename Tim Satu.
    await page.getByRole('button', { name: 'Ganti nama tim Tim Satu' }).click()
    await page.getByRole('textbox', { name: 'Ganti nama tim Tim Satu' }).fill('Tim Mawar')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByRole('heading', { name: /Tim Mawar/ }).waitFor(UI)

    // Rename Fajar (two students may not share a name, so the lecturer can tell them apart).
    await page.getByRole('button', { name: 'Ganti nama Fajar' }).click()
    await page.getByRole('textbox', { name: 'Ganti nama Fajar' }).fill('Fajar R.')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await expect.poll(async () => (await lecturer.getClass(klass.id)).students[0]?.name, UI).toBe('Fajar R.')

    // Lock team choice.
    await page.getByLabel(/Kunci pilihan tim/).check()
    await expect.poll(async () => (await lecturer.getClass(klass.id)).teamChoiceLocked, UI).toBe(true)

    // A new join code replaces the old one.
    const oldCode = await page.getByLabel('Kode kelas').inputValue()
    await page.getByRole('button', { name: 'Buat kode baru' }).click()
    await page.getByRole('button', { name: 'Ya, lanjutkan' }).click()
    await expect.poll(() => page.getByLabel('Kode kelas').inputValue(), UI).not.toBe(oldCode)

    // A co-lecturer by e-mail.
    await page.getByLabel(/E-mail dosen lain/).fill(coEmail)
    await page.getByRole('button', { name: 'Tambah dosen' }).click()
    await page.getByText('Dosen Rekan').waitFor(UI)

    // Delete, with confirmation.
    await page.getByRole('button', { name: 'Hapus kelas' }).click()
    await page.getByRole('button', { name: 'Ya, lanjutkan' }).click()
    await page.getByRole('heading', { name: 'Kelas saya' }).waitFor(UI)
    expect(await lecturer.listClasses()).toEqual([])

    // The language switch turns the UI English and is remembered after a reload.
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'My classes' }).waitFor(UI)
    await page.reload()
    await page.getByRole('heading', { name: 'My classes' }).waitFor(UI)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  })

  it('the owner removes a co-lecturer with confirmation; another co-lecturer leaves the class and lands on their list', async () => {
    const anon = createApi(env.baseUrl)
    const password = 'kata-sandi-rahasia'
    const register = async (name: string) => {
      const email = `${unique('dosen')}@example.test`
      const auth = await anon.registerLecturer({ name, email, password })
      return { email, id: auth.user.id }
    }
    const owner = await register('Dosen Pemilik')
    const removed = await register('Dosen Rekan Satu')
    const leaving = await register('Dosen Rekan Dua')
    const ownerApi = anon.as((await anon.loginLecturer({ email: owner.email, password })).token)
    const klass = await ownerApi.createClass('Kelas Bersama')
    for (const who of [removed, leaving]) {
      const res = await ownerApi.request('POST', `/api/classes/${klass.id}/lecturers`, { email: who.email })
      expect(res.status).toBe(201)
    }
    const lecturerIds = async () => (await ownerApi.getClass(klass.id)).lecturers.map((l) => l.id)

    // A co-lecturer is offered only to leave: no way to remove anyone else.
    const co = (await env.newSession()).page
    await logInAsLecturer(co, leaving.email, password)
    await co.getByRole('link', { name: 'Kelas Bersama' }).click()
    await co.getByRole('heading', { name: 'Kelas Bersama' }).waitFor(UI)
    const coPanel = co.locator('.panel', { has: co.getByRole('heading', { name: 'Dosen kelas ini' }) })
    await coPanel.getByText('Dosen Rekan Satu').waitFor(UI)
    expect(await coPanel.getByRole('button', { name: 'Keluarkan' }).count()).toBe(0)
    await coPanel.getByRole('button', { name: 'Keluar dari kelas ini' }).click()
    await coPanel.getByRole('button', { name: 'Ya, lanjutkan' }).click()
    await co.getByRole('heading', { name: 'Kelas saya' }).waitFor(UI)
    expect(await co.getByRole('link', { name: 'Kelas Bersama' }).count()).toBe(0)
    expect(await lecturerIds()).toEqual([owner.id, removed.id])

    // The owner (who has no "remove" beside their own name) removes the other, after a cancelled first try.
    const { page } = await env.newSession()
    await logInAsLecturer(page, owner.email, password)
    await page.getByRole('link', { name: 'Kelas Bersama' }).click()
    const panel = page.locator('.panel', { has: page.getByRole('heading', { name: 'Dosen kelas ini' }) })
    await panel.getByText('Dosen Rekan Satu').waitFor(UI)
    expect(
      await panel.getByRole('listitem').filter({ hasText: 'Dosen Pemilik' }).getByRole('button').count(),
    ).toBe(0)
    const row = panel.getByRole('listitem').filter({ hasText: 'Dosen Rekan Satu' })
    await row.getByRole('button', { name: 'Keluarkan' }).click()
    await row.getByRole('button', { name: 'Batal' }).click()
    expect(await lecturerIds()).toEqual([owner.id, removed.id])
    await row.getByRole('button', { name: 'Keluarkan' }).click()
    await row.getByText('Keluarkan Dosen Rekan Satu dari dosen kelas ini?').waitFor(UI)
    await row.getByRole('button', { name: 'Ya, lanjutkan' }).click()
    await expect.poll(() => panel.getByText('Dosen Rekan Satu').count(), UI).toBe(0)
    expect(await lecturerIds()).toEqual([owner.id])
  })
})
