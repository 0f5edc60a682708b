import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import {
  joinAsStudent,
  logInAsLecturer,
  openFirstAssignment,
  pickTeam,
  setupClass,
  typeInto,
  UI,
} from './flows'

describe('the lecturer’s assignment extras in the browser', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('sets a due time in WITA with lock at due, edits the rubric, shows the mirror to the team, downloads the zip and a version as JSON', async () => {
    const setup = await setupClass(env.baseUrl)
    // The lecturer's browser runs in Makassar (WITA, UTC+8): 14:30 there is 06:30 UTC.
    const context = await env.browser.newContext({ baseURL: env.baseUrl, timezoneId: 'Asia/Makassar' })
    const page = await context.newPage()
    await logInAsLecturer(page, setup.email, setup.password)
    await page.goto(`/classes/${setup.classId}/assign`)
    await page.getByRole('radio').first().check()
    const lock = page.getByRole('checkbox', { name: /Kunci saat tenggat/ })
    expect(await lock.isDisabled()).toBe(true)
    await page.getByLabel('Tenggat (opsional), waktu WITA').fill('2030-01-15T14:30')
    await lock.check()
    await page.getByRole('button', { name: 'Berikan ke semua tim' }).click()
    await page.getByRole('link', { name: setup.team.name }).waitFor(UI)
    const [assignment] = (await setup.lecturer.getClass(setup.classId)).assignments
    expect(assignment).toMatchObject({ dueAt: '2030-01-15T06:30:00.000Z', lockAtDue: true })
    const assignmentId = assignment?.id ?? ''

    // The rubric gets one more criterion.
    const before = await setup.lecturer.getRubric(assignmentId)
    await page.goto(`/classes/${setup.classId}/review`)
    await page.getByRole('link', { name: 'Ubah rubrik' }).click()
    await page.getByRole('button', { name: 'Tambah kriteria' }).click()
    // An empty title is refused in Indonesian (never the server's English message); nothing is saved.
    await page.getByLabel('Judul (Indonesia)').last().fill('')
    await page.getByRole('button', { name: 'Simpan rubrik' }).click()
    // The refusal names the field in words, in Indonesian.
    await expect
      .poll(() => page.getByRole('alert').textContent(), UI)
      .toMatch(/^Isian ini tidak valid: kriteria \d+ › judul › Indonesia\./)
    expect((await setup.lecturer.getRubric(assignmentId)).isDefault).toBe(true)
    await page.getByLabel('Judul (Indonesia)').last().fill('Kerja sama tim')
    await page.getByRole('button', { name: 'Simpan rubrik' }).click()
    await page.getByText('Rubrik disimpan', { exact: false }).waitFor(UI)
    const after = await setup.lecturer.getRubric(assignmentId)
    expect(after.isDefault).toBe(false)
    expect(after.criteria).toHaveLength(before.criteria.length + 1)
    expect(after.criteria.at(-1)?.title).toMatchObject({ id: 'Kerja sama tim', en: 'New criterion' })

    // The new criterion weighs double, and its first level says what work there looks like (in one language).
    await page.getByLabel('Bobot (bagian kriteria ini dalam nilai 0–100)').last().fill('2')
    await page
      .getByLabel('Seperti apa hasil kerja di tingkat ini (Indonesia)')
      .last()
      .fill('Setiap anggota berperan nyata.')
    await page.getByRole('button', { name: 'Simpan rubrik' }).click()
    await expect
      .poll(async () => (await setup.lecturer.getRubric(assignmentId)).criteria.at(-1), UI)
      .toMatchObject({ weight: 2 })
    const weighted = (await setup.lecturer.getRubric(assignmentId)).criteria.at(-1)
    expect(weighted?.levels.at(-1)?.description).toEqual({
      id: 'Setiap anggota berperan nyata.',
      en: 'Setiap anggota berperan nyata.',
    })

    // Reset to the templates' defaults, after confirming: the added criterion is gone.
    await page.getByRole('button', { name: 'Kembalikan ke rubrik bawaan templat' }).click()
    await page.getByRole('button', { name: 'Ya, lanjutkan' }).click()
    await page.getByText('Rubrik dikembalikan ke bawaan templat', { exact: false }).waitFor(UI)
    const reset = await setup.lecturer.getRubric(assignmentId)
    expect(reset.isDefault).toBe(true)
    expect(reset.criteria.map((c) => c.id)).toEqual(before.criteria.map((c) => c.id))
    expect(await page.getByLabel('Judul (Indonesia)').count()).toBe(before.criteria.length)

    // A student of the team types; while the lecturer has not allowed it, the workspace shows no mirror.
    const student = await env.newSession()
    await joinAsStudent(student.page, setup.joinCode, 'Mahasiswa Cermin')
    await pickTeam(student.page, setup.team.name)
    // Not shared: the page does not even ask for the figures (no 403 in the console).
    const asked: string[] = []
    student.page.on('request', (r) => {
      if (r.url().endsWith('/contributions')) asked.push(r.url())
    })
    await openFirstAssignment(student.page)
    await typeInto(student.page, 'fiveC.context.notes', 'Catatan pertama tim.')
    expect(await student.page.getByRole('heading', { name: 'Kontribusi tim' }).count()).toBe(0)
    expect(asked).toEqual([])

    // The lecturer allows it on the dashboard; the student's page then shows the mirror with their figures.
    await page.goto(`/classes/${setup.classId}/review`)
    await page.getByRole('checkbox', { name: 'Tampilkan kontribusi kepada tim' }).check()
    await vi.waitFor(async () => {
      const [a] = (await setup.lecturer.getClass(setup.classId)).assignments
      expect(a?.showContributionsToTeam).toBe(true)
    }, UI)
    await student.page.reload()
    const mirror = student.page.locator('section.contribution-mirror')
    await mirror.getByRole('heading', { name: 'Kontribusi tim' }).waitFor(UI)
    await mirror.getByText('Ini indikator, bukan nilai', { exact: false }).waitFor(UI)
    // One short note is no evidence yet: the mirror says so instead of a balance or an indicator.
    await mirror.getByText('Belum cukup bukti untuk membaca pola kerja tim', { exact: false }).waitFor(UI)
    expect(await mirror.getByText('Indeks keseimbangan', { exact: false }).count()).toBe(0)
    await expect.poll(() => mirror.textContent(), UI).toMatch(/Mahasiswa Cermin: \+[1-9]\d* \//)

    // The class bundle link answers with a zip (same-origin cookie auth).
    const href = await page.getByRole('link', { name: 'Unduh semua hasil (zip)' }).getAttribute('href')
    expect(href).toBe(`/api/classes/${setup.classId}/results.zip`)
    const zip = await page.evaluate(async (url) => {
      const res = await fetch(url)
      return { status: res.status, type: res.headers.get('content-type') }
    }, href ?? '')
    expect(zip.status).toBe(200)
    expect(zip.type).toMatch(/^application\/zip/)

    // After the team submits, the grading page's versions list offers version 1 as JSON.
    const workspaceId = new URL(student.page.url()).pathname.split('/')[2] ?? ''
    const submitted = await student.page.evaluate(async (id) => {
      const res = await fetch(`/api/workspaces/${id}/submit`, { method: 'POST' })
      return res.status
    }, workspaceId)
    expect(submitted).toBe(201)
    await page.goto(`/classes/${setup.classId}/review/${workspaceId}`)
    const json = page.locator('#versions').getByRole('link', { name: 'JSON' })
    await json.waitFor(UI)
    expect(await json.getAttribute('href')).toBe(`/api/workspaces/${workspaceId}/versions/1`)
    const version = await page.evaluate(async (url) => {
      const res = await fetch(url)
      return { status: res.status, body: (await res.json()) as { version?: number } }
    }, `/api/workspaces/${workspaceId}/versions/1`)
    expect(version).toMatchObject({ status: 200, body: { version: 1 } })
  })
})
