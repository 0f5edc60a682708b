import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { UI } from './flows'

describe('a lecturer in the browser', { timeout: 90_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('registers, creates a class with a team and gives it an assignment through the UI', async () => {
    const { page } = await env.newSession()
    await page.goto('/')
    await page.getByRole('link', { name: 'Dosen? Masuk di sini' }).click()
    await page.getByRole('link', { name: 'Belum punya akun? Daftar' }).click()
    await page.getByLabel('Nama').fill('Dosen Percobaan')
    await page.getByLabel('E-mail').fill('dosen.percobaan@example.test')
    await page.getByLabel('Kata sandi (minimal 8 karakter)').fill('kata-sandi-panjang')
    await page.getByRole('button', { name: 'Daftar' }).click()

    await page.getByRole('heading', { name: 'Kelas saya' }).waitFor(UI)
    await page.getByLabel('Nama kelas').fill('Metode Kelompok A')
    await page.getByRole('button', { name: 'Buat kelas' }).click()

    await page.getByRole('heading', { name: 'Metode Kelompok A' }).waitFor(UI)
    const joinCode = await page.getByLabel('Kode kelas').inputValue()
    expect(joinCode).toMatch(/^[A-Z0-9-]{6,}$/)

    await page.getByLabel('Nama tim baru').fill('Tim Melati')
    await page.getByRole('button', { name: 'Tambah tim' }).click()
    await page.getByRole('heading', { name: /Tim Melati/ }).waitFor(UI)

    await page.getByRole('link', { name: 'Beri tugas baru' }).click()
    await page.getByRole('heading', { name: 'Tugas baru dari pustaka kasus' }).waitFor(UI)
    await page.getByRole('radio').first().check()
    await expect.poll(() => page.getByRole('checkbox', { name: /Perspektif 5 C/ }).isChecked(), UI).toBe(true)
    await page.getByRole('button', { name: 'Berikan ke semua tim' }).click()

    // Back on the class page: the assignment is listed with a link to the team's workspace.
    await page.getByRole('heading', { name: 'Metode Kelompok A' }).waitFor(UI)
    await page.getByRole('link', { name: 'Tim Melati' }).waitFor(UI)
    await page.getByRole('link', { name: 'Tim Melati' }).click()
    await expect
      .poll(async () => (await page.getByTestId('state-line').textContent())?.trim(), UI)
      .toBe('daring · hanya baca')
    // Read-only: the lecturer gets no editable text areas.
    expect(await page.locator('[data-field="fiveC.context.notes"]').getAttribute('contenteditable')).toBe(
      'false',
    )
  })
})
