import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedInvitation } from '../../cases/contracts/invitations'
import { CASE_LIBRARY } from '../../cases/library'
import { DEMO_EMAIL } from '../../server/seed/demo'
import { createApi, type Api } from '../helpers/api'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { UI, editor, expectState, joinAndOpenAssignment, typeInto } from './flows'

const NOTES = 'fiveC.competence.notes'

describe('registration by invitation, and an archived class in the browser', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  /** The seeded demo lecturer, who makes the invitations the tests start from. */
  let demo: Api
  const invite = () => demo.request<CreatedInvitation>('POST', '/api/invitations', {}).then((res) => res.body)
  beforeAll(async () => {
    env = await startBrowserEnv({
      env: { REGISTRATION: 'invite', SEED_DEMO: 'true', DEMO_PASSWORD: 'demo-rahasia-uji' },
    })
    demo = createApi(env.baseUrl).as(
      (await createApi(env.baseUrl).loginLecturer({ email: DEMO_EMAIL, password: 'demo-rahasia-uji' })).token,
    )
  })
  afterAll(async () => {
    await env?.close()
  })

  it('the register page asks for an invitation; a lecturer’s link registers a colleague', async () => {
    const { page } = await env.newSession()
    await page.goto('/register')
    await page.getByTestId('invitation-required').waitFor(UI)
    expect(await page.getByTestId('invitation-required').textContent()).toMatch(/hanya dengan undangan/)
    expect(await page.getByRole('button', { name: 'Daftar' }).count()).toBe(0)

    // The first lecturer comes in with the demo lecturer's invitation.
    const first = new URL((await invite()).url)
    await page.goto(first.pathname + first.search)
    await page.getByLabel('Nama').fill('Dosen Pertama')
    await page.getByLabel('E-mail').fill('pertama@kampus.test')
    await page.getByLabel('Kata sandi (minimal 8 karakter)').fill('kata-sandi-rahasia')
    await page.getByRole('button', { name: 'Daftar' }).click()
    await page.getByRole('heading', { name: 'Kelas saya' }).waitFor(UI)

    const panel = page.getByTestId('invitations')
    await panel.getByRole('button', { name: 'Buat tautan undangan' }).click()
    const link = panel.getByLabel('Tautan undangan')
    await link.waitFor(UI)
    const url = await link.inputValue()
    expect(url).toContain('/register?invite=')
    await panel.getByText(/Belum dipakai/).waitFor(UI)

    const colleague = await env.newSession()
    await colleague.page.goto(url)
    await colleague.page.getByLabel('Nama').fill('Dosen Kedua')
    await colleague.page.getByLabel('E-mail').fill('kedua@kampus.test')
    await colleague.page.getByLabel('Kata sandi (minimal 8 karakter)').fill('kata-sandi-rahasia')
    await colleague.page.getByRole('button', { name: 'Daftar' }).click()
    await colleague.page.getByRole('heading', { name: 'Kelas saya' }).waitFor(UI)

    // Used once: the same link now answers in the visitor's language.
    const third = await env.newSession()
    await third.page.goto(url)
    await third.page.getByLabel('Nama').fill('Dosen Ketiga')
    await third.page.getByLabel('E-mail').fill('ketiga@kampus.test')
    await third.page.getByLabel('Kata sandi (minimal 8 karakter)').fill('kata-sandi-rahasia')
    await third.page.getByRole('button', { name: 'Daftar' }).click()
    await third.page.getByText(/Tautan undangan ini tidak berlaku lagi/).waitFor(UI)
  })

  it('archiving shows the open workspace as archived and read-only; unarchiving makes it editable again', async () => {
    const invitation = await invite()
    const anon = createApi(env.baseUrl)
    const auth = await anon.request<{ token: string }>('POST', '/api/auth/register', {
      name: 'Dosen Arsip',
      email: 'arsip@kampus.test',
      password: 'kata-sandi-rahasia',
      invitation: invitation.token,
    })
    const lecturer = anon.as(auth.body.token)
    const klass = await lecturer.createClass('Kelas Arsip')
    await lecturer.createTeam(klass.id, 'Tim Merah')
    await lecturer.createAssignment(klass.id, { caseId: CASE_LIBRARY[0]!.id, templates: ['fiveC'] })

    const { page } = await env.newSession({ width: 360, height: 740 })
    await joinAndOpenAssignment(page, klass.joinCode ?? '', 'Ani')
    await typeInto(page, NOTES, 'Sebelum arsip')
    await expectState(page, 'daring · tersimpan')

    expect((await lecturer.request('PATCH', `/api/classes/${klass.id}`, { archived: true })).status).toBe(200)
    await page.getByTestId('archived-notice').waitFor(UI)
    expect(await page.getByTestId('archived-notice').textContent()).toBe(
      'Kelas ini diarsipkan — hanya bisa dibaca.',
    )
    await expectState(page, 'daring · kelas diarsipkan, hanya baca')
    await expect.poll(() => editor(page, NOTES).getAttribute('contenteditable'), UI).toBe('false')
    expect(await page.getByTestId('submitted-banner').count()).toBe(0)

    expect((await lecturer.request('PATCH', `/api/classes/${klass.id}`, { archived: false })).status).toBe(
      200,
    )
    await page.getByTestId('archived-notice').waitFor({ ...UI, state: 'detached' })
    await expectState(page, 'daring · tersimpan')
    await expect.poll(() => editor(page, NOTES).getAttribute('contenteditable'), UI).toBe('true')
  })
})
