import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { WorkspaceGrade } from '../../cases/contracts/grades'
import { getTemplate } from '../../cases/templates'
import { createApi } from '../helpers/api'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { connectSynced, notesOf } from '../helpers/yclient'
import { logInAsLecturer, setupClass, UI } from './flows'

const NOTES = 'Kelompok ini sering diam ketika pemimpinnya berbicara.'

describe('a lecturer reviews a submitted workspace in the browser', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('sees it submitted on the dashboard, scores every criterion, releases, comments on a field, sees the reply live and returns the work', async () => {
    const setup = await setupClass(env.baseUrl)
    const assignment = await setup.assign()
    const workspaceId = assignment.workspaces[0]?.id ?? ''
    const joined = await createApi(env.baseUrl).join({
      joinCode: setup.joinCode,
      name: 'Mahasiswa Satu',
      teamId: setup.team.id,
    })
    const student = createApi(env.baseUrl, joined.token)

    // The team writes a line (stock y-websocket client), then submits over REST.
    const client = await connectSynced(env.server.wsUrl, workspaceId, joined.token)
    notesOf(client.doc).insert(0, NOTES)
    await vi.waitFor(async () => {
      const exported = await student.exportWorkspace(workspaceId)
      expect(exported.templates.fiveC?.context).toMatchObject({ notes: NOTES })
    }, UI)
    expect((await student.request('POST', `/api/workspaces/${workspaceId}/submit`)).status).toBe(201)
    client.destroy()

    const { page } = await env.newSession()
    await logInAsLecturer(page, setup.email, setup.password)
    await page.goto(`/classes/${setup.classId}`)
    await page.getByRole('link', { name: 'Tinjau hasil kerja tim' }).click()
    await page.getByRole('heading', { name: 'Tinjauan: Kelas Uji' }).waitFor(UI)
    const cell = page.locator(`[data-workspace="${workspaceId}"]`)
    await cell.getByText('dikumpulkan').waitFor(UI)
    await cell.getByText('v1').waitFor(UI)
    await cell.getByText('belum dinilai').waitFor(UI)
    await cell.getByText(/^1\/\d+ isian$/).waitFor(UI)
    // One note by one member is no evidence of a pattern: no balance and no indicator on the dashboard yet.
    expect(await cell.getByText(/Keseimbangan/).count()).toBe(0)
    expect(await cell.locator('.review-badge.indicator').count()).toBe(0)

    await cell.getByRole('link', { name: `Nilai ${setup.team.name}` }).click()
    await page.getByText('Versi 1 yang dikumpulkan', { exact: false }).waitFor(UI)
    // The submitted text is shown as plain text, with the zone's abbreviation next to the time.
    await page.getByText(NOTES).waitFor(UI)
    expect(await page.getByTestId('review-shown').textContent()).toMatch(/WIB|WITA|WIT|GMT|UTC/)
    // Version 1 and the live work each link to their print view.
    expect(await page.getByRole('link', { name: 'Cetak versi 1' }).getAttribute('href')).toBe(
      `/w/${workspaceId}/print?version=1`,
    )
    expect(await page.getByRole('link', { name: 'Cetak isi terkini' }).getAttribute('href')).toBe(
      `/w/${workspaceId}/print`,
    )

    // Every criterion gets its highest level.
    const rubric = await setup.lecturer.getRubric(assignment.id)
    for (const criterion of rubric.criteria) {
      const best = criterion.levels.reduce((a, b) => (b.points > a.points ? b : a))
      await page
        .getByRole('group', { name: criterion.title.id, exact: true })
        .getByRole('radio', { name: `${best.label.id} (${best.points})` })
        .check()
    }
    await page.getByLabel('Umpan balik keseluruhan').fill('Analisis yang rapi dan berdasar bukti.')
    await page.getByRole('button', { name: 'Simpan penilaian' }).click()
    await page.getByText(`Total: ${rubric.maxPoints} / ${rubric.maxPoints}`).waitFor(UI)
    // "Saved" is a success status, not a warning.
    const saved = page.locator('.review-rubric [role="status"]', { hasText: 'Tersimpan.' })
    await saved.waitFor(UI)
    expect(await saved.getAttribute('class')).toBe('success')
    // Releasing asks first; until the lecturer confirms, nothing is released.
    await page.getByRole('button', { name: 'Umumkan nilai ke tim' }).click()
    const confirm = page.getByRole('group').filter({ hasText: 'Umumkan nilai dan umpan balik ini?' })
    await confirm.waitFor(UI)
    expect(((await setup.lecturer.getGrade(workspaceId)) as WorkspaceGrade).released).toBe(false)
    await confirm.getByRole('button', { name: 'Ya, umumkan' }).click()
    await page.getByRole('button', { name: 'Tarik kembali pengumuman nilai' }).waitFor(UI)

    const grade = (await student.getGrade(workspaceId)) as WorkspaceGrade
    expect(grade.released).toBe(true)
    expect(grade.total).toBe(rubric.maxPoints)
    expect(grade.feedback).toBe('Analisis yang rapi dan berdasar bukti.')
    expect(grade.members).toEqual([
      {
        id: joined.user.id,
        name: 'Mahasiswa Satu',
        adjustedScore: rubric.maxPoints,
        adjustedPercent: 100,
        adjustedLetter: 'A',
      },
    ])

    // A comment on one field, chosen with its button; it is stored with that field's anchor.
    const section = getTemplate('fiveC').sections[0]
    const field = section?.fields[0]
    if (!section || !field) throw new Error('fiveC has no first field')
    await page.getByRole('button', { name: `Komentari “${field.label.id}”` }).click()
    await page
      .getByTestId('comments-panel')
      .getByLabel('Tulis komentar')
      .fill('Sebutkan variabel anggota yang tampak.')
    await page.getByRole('button', { name: 'Kirim komentar' }).click()
    const thread = page.getByTestId('comment-thread')
    await thread.getByText('Sebutkan variabel anggota yang tampak.').waitFor(UI)
    const threads = await student.listComments(workspaceId)
    expect(threads).toHaveLength(1)
    expect(threads[0]?.body).toBe('Sebutkan variabel anggota yang tampak.')
    expect(threads[0]?.anchor).toEqual({ templateId: 'fiveC', path: [section.key, field.key] })
    expect(threads[0]?.author.role).toBe('lecturer')
    await page.getByText('1 komentar terbuka').waitFor(UI)

    // The team's reply reaches the open page without a reload (socket.io comment:changed).
    await student.replyToComment(threads[0]?.id ?? '', 'Baik, kami tambahkan.')
    await thread.getByText('Baik, kami tambahkan.').waitFor(UI)
    // The lecturer may delete any comment, here the student's reply, and resolves the thread.
    const reply = thread.getByTestId('comment-post').filter({ hasText: 'Baik, kami tambahkan.' })
    await reply.getByRole('button', { name: 'Hapus' }).click()
    await reply.getByRole('button', { name: 'Ya, lanjutkan' }).click()
    await thread.getByText('Baik, kami tambahkan.').waitFor({ ...UI, state: 'detached' })
    await thread.getByRole('button', { name: 'Tandai selesai' }).click()
    await vi.waitFor(async () => {
      const [stored] = await student.listComments(workspaceId)
      expect(stored?.replies).toHaveLength(0)
      expect(stored?.status).toBe('resolved')
    }, UI)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'review-grading.png'), fullPage: true })

    // Back on the dashboard, the cell says the grade is released.
    await page.getByRole('link', { name: '← Kembali ke tinjauan kelas' }).click()
    await cell.getByText('nilai diumumkan').waitFor(UI)

    // Returning for revision asks first, then opens the work again.
    await cell.getByRole('link', { name: `Nilai ${setup.team.name}` }).click()
    await page.getByRole('button', { name: 'Kembalikan untuk revisi' }).click()
    await page.getByRole('button', { name: 'Ya, lanjutkan' }).click()
    await page.getByText('Dikembalikan: tim bisa menyunting lagi.').waitFor(UI)
    expect((await student.getWorkspace(workspaceId)).status).toBe('open')
  })

  it('keeps the dashboard and grading usable on a 360 px phone (the grid scrolls in its own box)', async () => {
    const setup = await setupClass(env.baseUrl, 'Tim Biru')
    const assignment = await setup.assign()
    await setup.assign()
    const { page } = await env.newSession({ width: 360, height: 740 })
    await logInAsLecturer(page, setup.email, setup.password)
    await page.goto(`/classes/${setup.classId}/review`)
    await page.getByRole('region', { name: /Tim × tugas/ }).waitFor(UI)
    await page.getByText('terbuka').first().waitFor(UI)
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }))
    expect(widths.page).toBeLessThanOrEqual(widths.view)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'review-dashboard-phone.png'), fullPage: true })

    await page.goto(`/classes/${setup.classId}/review/${assignment.workspaces[0]?.id ?? ''}`)
    await page.getByText('Belum ada versi yang dikumpulkan', { exact: false }).waitFor(UI)
    await page.getByRole('button', { name: 'Simpan penilaian' }).waitFor(UI)
    const grading = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }))
    expect(grading.page).toBeLessThanOrEqual(grading.view)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'review-grading-phone.png'), fullPage: true })
  })
})
