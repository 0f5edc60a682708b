import { describe, expect, it } from 'vitest'
import { CASE_LIBRARY } from '../../cases/library'
import { useBrowserEnv } from '../helpers/browser'
import { expectState, joinAndOpenAssignment, setupClass, UI } from './flows'
import { checkPhonePage, PHONE } from './phoneAudit'

describe('the glossary of the module’s English terms on a 360 px phone', { timeout: 120_000 }, () => {
  const env = useBrowserEnv()

  it('is linked from a workspace’s help, glosses Storming in Indonesian, filters, and leads back', async () => {
    const setup = await setupClass(env().baseUrl)
    await setup.lecturer.createAssignment(setup.classId, {
      caseId: CASE_LIBRARY[0]?.id ?? '',
      templates: ['tuckman'],
    })
    const { page } = await env().newSession(PHONE)
    await joinAndOpenAssignment(page, setup.joinCode, 'Mahasiswa Glosarium')
    const workspaceUrl = page.url()

    // The template's help line carries the link.
    const form = page.locator('.template-form[data-template="tuckman"]')
    await form.getByRole('link', { name: 'Istilah Inggris dari modul: lihat glosarium' }).click()
    await page.getByRole('heading', { level: 1, name: 'Glosarium istilah modul' }).waitFor(UI)
    expect(new URL(page.url()).pathname).toBe('/glosarium')

    // Storming keeps its English name, with the Indonesian gloss (ours: the module gives none, hence the mark).
    const storming = page.locator('#term-storming')
    expect((await storming.locator('dt').textContent())?.trim()).toBe('Storming (Pergolakan*)')
    expect(await storming.textContent()).toContain('Hlm. 15 · Modul Dua, Tabel 2')
    // Forming carries the module's own gloss, unmarked.
    expect((await page.locator('#term-forming dt').textContent())?.trim()).toBe('Forming (Pembentukan)')
    await checkPhonePage(page, 'glossary')

    // The filter box narrows the list; an Indonesian word finds the English term.
    await page.getByLabel('Cari istilah').fill('sanksi')
    await page.locator('#term-coercivePower').waitFor(UI)
    await storming.waitFor({ ...UI, state: 'detached' })
    await page.getByLabel('Cari istilah').fill('tidak ada istilah begini')
    await page.getByText('Tidak ada istilah yang cocok dengan “tidak ada istilah begini”.').waitFor(UI)

    // Back to the same workspace, still live.
    await page.getByRole('link', { name: '← Kembali' }).click()
    await expectState(page, 'daring · tersimpan')
    expect(page.url()).toBe(workspaceUrl)
  })

  it('is open to anyone signed out, from the footer, and is not fetched with the join page', async () => {
    const { page } = await env().newSession(PHONE)
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    await page.goto('/')
    await page.getByLabel('Kode kelas').waitFor(UI)
    expect(scripts.filter((s) => s.includes('GlossaryPage'))).toEqual([])

    await page.getByRole('contentinfo').getByRole('link', { name: 'Glosarium istilah modul' }).click()
    await page.locator('#term-maypole').waitFor(UI)
    expect(scripts.some((s) => s.includes('GlossaryPage'))).toBe(true)
    // No "back" without a page to go back to; the terms in English when the UI is English.
    expect(await page.getByRole('link', { name: '← Kembali' }).count()).toBe(0)
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Glossary of the module’s terms' }).waitFor(UI)
    expect(await page.locator('#term-storming dd').first().textContent()).toBe(
      'Members test their roles and status; conflict arises and is seen as normal.',
    )

    // A link to one term opens the page at that term, on a fresh load (the page's chunk arrives after the browser's
    // own jump to the fragment).
    await page.goto('/')
    await page.goto('/glosarium#term-broker')
    const broker = page.locator('#term-broker')
    await broker.waitFor(UI)
    await expect.poll(() => broker.evaluate((el) => el.getBoundingClientRect().top), UI).toBeLessThan(740)
  })
})
