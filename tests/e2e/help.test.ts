import { describe, expect, it } from 'vitest'
import { useBrowserEnv } from '../helpers/browser'
import { joinAsStudent, logInAsLecturer, setupClass, UI } from './flows'
import { checkPhonePage, PHONE } from './phoneAudit'

describe('the lecturer’s guide inside the app on a 360 px phone', { timeout: 120_000 }, () => {
  const env = useBrowserEnv()

  it('is linked from the header, reads in Indonesian and in English, and opens at a topic', async () => {
    const setup = await setupClass(env().baseUrl)
    const { page } = await env().newSession(PHONE)
    await logInAsLecturer(page, setup.email, setup.password)
    await page.getByRole('banner').getByRole('link', { name: 'Bantuan' }).click()
    await page.getByRole('heading', { level: 1, name: 'Panduan untuk dosen' }).waitFor(UI)
    expect(new URL(page.url()).pathname).toBe('/bantuan')
    // Every topic a lecturer needs, in the words of the app's own buttons.
    const topics = await page.getByRole('heading', { level: 2 }).allTextContents()
    expect(topics).toEqual([
      'Isi',
      'Menyiapkan kelas',
      'Menjalankan latihan di kelas',
      'Meninjau dan menilai',
      'Mengekspor dan mencetak',
      'Saat Wi-Fi bermasalah',
    ])
    await page.getByText('tekan "Buat kelas"', { exact: false }).waitFor(UI)
    await checkPhonePage(page, 'help')

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: "The lecturer's guide" }).waitFor(UI)
    await page.getByRole('heading', { level: 2, name: 'When the Wi-Fi fails' }).waitFor(UI)
    await page.getByText('press "Create a class"', { exact: false }).waitFor(UI)
    await checkPhonePage(page, 'help-en')

    // A link to one topic opens the lazy page at that topic.
    await page.goto('/bantuan#wifi')
    const wifi = page.locator('#wifi')
    await wifi.waitFor(UI)
    await expect.poll(() => wifi.evaluate((el) => el.getBoundingClientRect().top), UI).toBeLessThan(740)
  })

  it('is offered to people signed out, and kept out of a student’s crowded phone header', async () => {
    const setup = await setupClass(env().baseUrl)
    const { page } = await env().newSession(PHONE)
    await page.goto('/')
    await page.getByRole('banner').getByRole('link', { name: 'Bantuan' }).click()
    await page.getByRole('heading', { level: 1, name: 'Panduan untuk dosen' }).waitFor(UI)

    await joinAsStudent(page, setup.joinCode, 'Mahasiswa Bantuan')
    await page.getByRole('banner').getByText('Mahasiswa Bantuan').waitFor(UI)
    expect(await page.getByRole('banner').getByRole('link', { name: 'Bantuan' }).count()).toBe(0)
  })
})
