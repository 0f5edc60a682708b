import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { UI, expectState, joinAndOpenAssignment, setupClass, typeInto } from './flows'
import { pageWidth } from './templatePages'

const SUBMITTED = 'daring · dikumpulkan, hanya baca'

describe('a safer submit on a phone, in Indonesian', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('lists the empty sections, shows who still has to confirm, live, and submits at the last confirmation', async () => {
    const setup = await setupClass(env.baseUrl)
    const assignment = await setup.assign()
    const settings = await setup.lecturer.request('PUT', `/api/assignments/${assignment.id}/settings`, {
      allMustConfirm: true,
      instructions: { id: 'Isi 5 C bersama.\n<b>Bukan HTML</b>', en: 'Fill in the 5 C together.' },
    })
    expect(settings.status).toBe(200)
    const phone = { width: 360, height: 740 }
    const ani = await env.newSession(phone)
    const budi = await env.newSession(phone)
    await joinAndOpenAssignment(ani.page, setup.joinCode, 'Ani')
    await joinAndOpenAssignment(budi.page, setup.joinCode, 'Budi')

    // The lecturer's instructions, in Indonesian, as text: the markup is shown, never rendered.
    const instructions = ani.page.getByTestId('assignment-instructions')
    await expect.poll(() => instructions.textContent(), UI).toContain('Isi 5 C bersama.')
    expect(await instructions.textContent()).toContain('<b>Bukan HTML</b>')
    expect(await instructions.locator('b').count()).toBe(0)

    await typeInto(ani.page, 'fiveC.competence.notes', 'Kompetensi tim cukup.')
    await expectState(ani.page, 'daring · tersimpan')
    await ani.page.getByRole('button', { name: 'Kumpulkan' }).click()
    const dialog = ani.page.getByRole('dialog')
    const empty = dialog.getByTestId('empty-sections-fiveC')
    await expect.poll(() => empty.textContent(), UI).toContain('Bagian yang masih kosong:')
    expect(await empty.textContent()).toContain('Karakteristik Kelompok')
    expect(await empty.textContent()).not.toContain('Kompetensi Kelompok')
    expect(await dialog.getByTestId('completion-summary').textContent()).toMatch(/\d+ dari \d+ isian terisi/)
    expect(await dialog.getByTestId('pending-members').textContent()).toBe('Belum mengonfirmasi: Ani, Budi.')

    await dialog.getByRole('button', { name: 'Ya, saya setuju untuk mengumpulkan' }).click()
    await expect
      .poll(() => dialog.getByTestId('pending-members').textContent(), UI)
      .toBe('Belum mengonfirmasi: Budi.')
    expect(await dialog.getByTestId('confirmed-members').textContent()).toBe('Sudah mengonfirmasi: Ani.')
    expect(await pageWidth(ani.page)).toBeLessThanOrEqual(360)
    await dialog.scrollIntoViewIfNeeded()
    await ani.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'submit-confirm-phone.png') })

    // Budi's page learns of Ani's confirmation without a reload.
    const budiStatus = budi.page.getByTestId('pending-members').first()
    await expect.poll(() => budiStatus.textContent(), UI).toBe('Belum mengonfirmasi: Budi.')

    // Ani withdraws, and Budi sees her pending again; then she confirms once more.
    await dialog.getByRole('button', { name: 'Tarik konfirmasi saya' }).click()
    await expect.poll(() => budiStatus.textContent(), UI).toBe('Belum mengonfirmasi: Ani, Budi.')
    await dialog.getByRole('button', { name: 'Ya, saya setuju untuk mengumpulkan' }).click()
    await expect.poll(() => budiStatus.textContent(), UI).toBe('Belum mengonfirmasi: Budi.')

    // Budi is the last: his confirmation submits the work on both phones.
    await budi.page.getByRole('button', { name: 'Kumpulkan' }).click()
    await budi.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Ya, saya setuju untuk mengumpulkan' })
      .click()
    for (const { page } of [ani, budi]) {
      await expectState(page, SUBMITTED)
      await expect.poll(() => page.getByTestId('submitted-banner').textContent(), UI).toContain('oleh Budi')
    }
  })
})
