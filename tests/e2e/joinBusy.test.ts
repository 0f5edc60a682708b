import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApi } from '../helpers/api'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { UI, setupClass } from './flows'

describe('the join page when a whole class joins from one network', { timeout: 90_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('shows the wait the server asks for and gets the student in by itself', async () => {
    const setup = await setupClass(env.baseUrl)
    const { page } = await env.newSession({ width: 360, height: 780 })
    const waiting = page.getByRole('status').getByText(/mencoba lagi otomatis dalam \d+ detik/)

    // Classmates on the same address (127.0.0.1) spend the join budget and keep it empty (each token that comes
    // back is taken within a millisecond) until the page has been asked to wait.
    const api = createApi(env.baseUrl)
    let classmates = 0
    let emptied: () => void = () => undefined
    const empty = new Promise<void>((resolve) => (emptied = resolve))
    let stop = false
    const drain = async () => {
      while (!stop) {
        const res = await api.request('POST', '/api/join', {
          joinCode: setup.joinCode,
          name: `Teman ${classmates++}`,
        })
        expect([201, 429]).toContain(res.status)
        if (res.status === 429) emptied()
      }
    }
    const drainers = [drain(), drain(), drain(), drain()]
    try {
      await page.goto('/')
      await page.getByLabel('Kode kelas').fill(setup.joinCode)
      await page.getByLabel('Nama Anda').fill('Sari')
      await empty
      await page.getByRole('button', { name: 'Bergabung' }).click()
      await waiting.waitFor(UI)
    } finally {
      stop = true
      await Promise.all(drainers)
    }

    // Once tokens come back the page's own retry gets Sari in: no second click, no error shown.
    await page.getByTestId('return-code').waitFor(UI)
    expect(await waiting.count()).toBe(0)
    expect(await page.locator('.error').count()).toBe(0)
    const names = (await setup.lecturer.getClass(setup.classId)).students.map((s) => s.name)
    expect(names).toContain('Sari')
  })
})
