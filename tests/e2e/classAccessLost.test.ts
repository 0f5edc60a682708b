import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApi, unique } from '../helpers/api'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { logInAsLecturer, UI } from './flows'

describe('a lecturer who no longer teaches the class they have open', { timeout: 90_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('is told so at once (no reload) and after a reload, with a link back to their classes, not a raw error', async () => {
    const anon = createApi(env.baseUrl)
    const password = 'kata-sandi-rahasia'
    const ownerEmail = `${unique('dosen')}@example.test`
    const coEmail = `${unique('dosen')}@example.test`
    const owner = anon.as(
      (await anon.registerLecturer({ name: 'Dosen Pemilik', email: ownerEmail, password })).token,
    )
    const co = await anon.registerLecturer({ name: 'Dosen Rekan', email: coEmail, password })
    const klass = await owner.createClass('Kelas Lama')
    expect(
      (await owner.request('POST', `/api/classes/${klass.id}/lecturers`, { email: coEmail })).status,
    ).toBe(201)

    const { page } = await env.newSession({ width: 360, height: 740 })
    await logInAsLecturer(page, coEmail, password)
    await page.goto(`/classes/${klass.id}`)
    await page.getByRole('heading', { name: 'Kelas Lama' }).waitFor(UI)

    const removed = await owner.request('DELETE', `/api/classes/${klass.id}/lecturers/${co.user.id}`)
    expect(removed.status).toBe(204)
    const notice = page.getByTestId('no-longer-teaching')
    // The open page hears the class's class:updated (sent before the removed lecturer's sockets leave its
    // rooms), refetches, is refused and says so: no reload needed.
    await notice.getByText('Anda tidak lagi mengajar kelas ini.').waitFor(UI)
    expect(await page.getByRole('heading', { name: 'Kelas Lama' }).count()).toBe(0)
    expect(await page.getByText('forbidden', { exact: false }).count()).toBe(0)

    await page.reload()
    await notice.getByText('Anda tidak lagi mengajar kelas ini.').waitFor(UI)
    expect(await page.getByRole('heading', { name: 'Kelas Lama' }).count()).toBe(0)

    await notice.getByRole('link', { name: 'Kembali ke daftar kelas saya' }).click()
    await page.getByRole('heading', { name: 'Kelas saya' }).waitFor(UI)
    expect(await page.getByRole('link', { name: 'Kelas Lama' }).count()).toBe(0)
  })
})
