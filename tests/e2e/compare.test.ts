import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { setupClassWithTeams } from '../helpers/api'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { connectSynced, notesOf, type YClient } from '../helpers/yclient'
import { logInAsLecturer, UI } from './flows'

const ANSWERS = [
  'Tim satu: keluarga besar menjadi sumber dukungan utama.',
  'Tim dua: sekolah menolak karena fasilitas belum ada.',
  'Tim tiga: kelompok orang tua perlu pemimpin yang jelas.',
]

describe("the lecturer's compare view", { timeout: 120_000 }, () => {
  let env: BrowserEnv
  const clients: YClient[] = []
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await env?.close()
  })

  it("shows three teams' different answers to one field side by side, and can hide the names", async () => {
    const setup = await setupClassWithTeams(env.baseUrl, { teams: 3, studentsPerTeam: 1 })
    // Names unlike the numbered ones shown when names are hidden.
    const NAMES = ['Merah', 'Hijau', 'Biru']
    for (const [t, teamId] of setup.teamIds.entries()) {
      const res = await setup.lecturer.api.request('PATCH', `/api/classes/${setup.classId}/teams/${teamId}`, {
        name: NAMES[t],
      })
      expect(res.status).toBe(200)
    }
    // Each team types its own answer into the 5 C context notes (stock y-websocket clients).
    for (const [t, workspaceId] of setup.workspaceIds.entries()) {
      const student = setup.students[t]?.[0]
      if (!student) throw new Error('missing student')
      const client = await connectSynced(env.server.wsUrl, workspaceId, student.token)
      clients.push(client)
      notesOf(client.doc).insert(0, ANSWERS[t] ?? '')
    }
    await vi.waitFor(async () => {
      for (const [t, workspaceId] of setup.workspaceIds.entries()) {
        const exported = await setup.lecturer.api.exportWorkspace(workspaceId)
        expect(exported.templates.fiveC?.context).toMatchObject({ notes: ANSWERS[t] })
      }
    }, UI)

    const { page } = await env.newSession()
    await logInAsLecturer(page, setup.lecturer.email, setup.lecturer.password)
    await page.goto(`/classes/${setup.classId}/assignments/${setup.assignment.id}/compare`)
    await page.getByLabel('Isian', { exact: true }).selectOption('fiveC.context.notes')
    const grid = page.getByTestId('compare-grid')
    for (const [t, answer] of ANSWERS.entries()) {
      const card = grid.locator(`[data-team="${setup.teamIds[t]}"]`)
      await card.getByText(answer).waitFor(UI)
      await card.getByRole('heading', { name: NAMES[t], exact: true }).waitFor(UI)
    }
    expect(await grid.locator('article').count()).toBe(3)

    // Submitted answers: nobody has submitted, so every card says so.
    await page.getByRole('button', { name: 'Dikumpulkan' }).click()
    await vi.waitFor(async () => {
      expect(await grid.getByText('Belum dikumpulkan.').count()).toBe(3)
    }, UI)
    await page.getByRole('button', { name: 'Terkini' }).click()
    await grid.getByText(ANSWERS[0] ?? '').waitFor(UI)

    // Hidden names for the projector: the cards are numbered, the answers stay.
    await page.getByLabel('Sembunyikan nama tim').check()
    await page.getByLabel('Teks besar (proyektor)').check()
    await grid.getByRole('heading', { name: 'Tim 1', exact: true }).waitFor(UI)
    expect(await grid.getByRole('heading').allTextContents()).toEqual(['Tim 1', 'Tim 2', 'Tim 3'])
    expect(await grid.textContent()).not.toContain('Merah')
    expect(await grid.getAttribute('class')).toContain('compare-large')
    expect(await grid.textContent()).toContain(ANSWERS[2])
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'compare-large.png'), fullPage: true })
  })

  it("is reached from the review dashboard's compare link, shows one team's submitted answer beside one not submitted, and fits a phone", async () => {
    const setup = await setupClassWithTeams(env.baseUrl, { teams: 2, studentsPerTeam: 1 })
    const texts = ['Jawaban tim pertama yang dikumpulkan.', 'Jawaban tim kedua yang masih ditulis.']
    for (const [t, workspaceId] of setup.workspaceIds.entries()) {
      const student = setup.students[t]?.[0]
      if (!student) throw new Error('missing student')
      const client = await connectSynced(env.server.wsUrl, workspaceId, student.token)
      clients.push(client)
      notesOf(client.doc).insert(0, texts[t] ?? '')
      await vi.waitFor(async () => {
        const exported = await student.api.exportWorkspace(workspaceId)
        expect(exported.templates.fiveC?.context).toMatchObject({ notes: texts[t] })
      }, UI)
    }
    const first = setup.students[0]?.[0]
    const submitted = await first?.api.request('POST', `/api/workspaces/${setup.workspaceIds[0]}/submit`)
    expect(submitted?.status).toBe(201)

    const { page } = await env.newSession({ width: 360, height: 740 })
    await logInAsLecturer(page, setup.lecturer.email, setup.lecturer.password)
    await page.goto(`/classes/${setup.classId}/review`)
    await page.getByRole('link', { name: 'Bandingkan jawaban' }).click()
    await page.waitForURL(`**/classes/${setup.classId}/assignments/${setup.assignment.id}/compare`, UI)
    await page.getByLabel('Isian', { exact: true }).selectOption('fiveC.context.notes')
    await page.getByRole('button', { name: 'Dikumpulkan' }).click()
    const grid = page.getByTestId('compare-grid')
    await grid
      .locator(`[data-team="${setup.teamIds[0]}"]`)
      .getByText(texts[0] ?? '')
      .waitFor(UI)
    await grid.locator(`[data-team="${setup.teamIds[1]}"]`).getByText('Belum dikumpulkan.').waitFor(UI)
    expect(await grid.textContent()).not.toContain(texts[1])
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }))
    expect(widths.page).toBeLessThanOrEqual(widths.view)
  })
})
