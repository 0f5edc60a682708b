import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import path from 'node:path'
import type { CommentThread } from '../../cases/contracts/comments'
import { CASE_LIBRARY } from '../../cases/library'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import {
  UI,
  editor,
  expectFieldText,
  expectState,
  joinAsStudent,
  openFirstAssignment,
  pickTeam,
  setupClass,
  typeInto,
} from './flows'
import { pageWidth } from './templatePages'

const NOTES = 'fiveC.competence.notes'
const SAVED = 'daring · tersimpan'

describe('comments in the workspace', { timeout: 90_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('a student comments on a field and a passage, sees the lecturer reply live, and cannot delete it', async () => {
    const setup = await setupClass(env.baseUrl)
    await setup.assign()
    const { page } = await env.newSession({ width: 360, height: 740 })
    await joinAsStudent(page, setup.joinCode, 'Ani')
    await pickTeam(page, 'Tim Merah')
    await openFirstAssignment(page)
    await expectState(page, SAVED)
    const [workspace] = await setup.lecturer.listWorkspaces()
    if (!workspace) throw new Error('no workspace')
    const panel = page.getByTestId('comments-panel')
    const threads = panel.getByTestId('comment-thread')

    await typeInto(page, NOTES, 'Komunikasi tim baik.')
    await expectState(page, SAVED)

    // On the whole field (nothing selected).
    await page.getByTestId(`comment-button-${NOTES}`).click()
    await panel.getByLabel('Tulis komentar').fill('Apakah ini sudah cukup?')
    await panel.getByRole('button', { name: 'Kirim komentar' }).click()
    await expect.poll(() => threads.count(), UI).toBe(1)

    // On a passage: select "baik." at the end of the text.
    await editor(page, NOTES).click()
    await page.keyboard.press('Control+End')
    for (let i = 0; i < 'baik.'.length; i++) await page.keyboard.press('Shift+ArrowLeft')
    await page.getByTestId(`comment-button-${NOTES}`).click()
    await expect.poll(() => panel.locator('.comment-composer blockquote').textContent(), UI).toBe('baik.')
    await panel.getByLabel('Tulis komentar').fill('Baik dalam hal apa?')
    await panel.getByRole('button', { name: 'Kirim komentar' }).click()
    await expect.poll(() => threads.count(), UI).toBe(2)

    const stored = await setup.lecturer.listComments(workspace.id)
    const passage = stored.find((t) => t.anchor.range)
    expect(passage?.anchor).toMatchObject({
      templateId: 'fiveC',
      path: ['competence', 'notes'],
      quote: 'baik.',
    })
    if (!passage) throw new Error('no passage thread')

    // The lecturer answers over the API; Ani sees it without a reload, marked as the lecturer's.
    await setup.lecturer.replyToComment(passage.id, 'Beri satu contoh konkret.')
    const lecturerPost = panel.locator('[data-testid="comment-post"][data-role="lecturer"]')
    await expect.poll(() => lecturerPost.textContent(), UI).toContain('Beri satu contoh konkret.')
    expect(await lecturerPost.textContent()).toContain('Dosen')
    // No edit or delete on the lecturer's words; and the server refuses Ani's session too.
    expect(await lecturerPost.getByRole('button').count()).toBe(0)
    const replyId = (await setup.lecturer.listComments(workspace.id)).find((t) => t.id === passage.id)
      ?.replies[0]?.id
    const refused = await page.evaluate(
      async (url) => (await fetch(url, { method: 'DELETE', credentials: 'same-origin' })).status,
      `/api/comments/${passage.id}/replies/${replyId}`,
    )
    expect(refused).toBe(403)

    // A field comment from the lecturer appears live; Ani replies and the lecturer reads it.
    const fromLecturer = await setup.lecturer.createComment(
      workspace.id,
      { templateId: 'fiveC', path: ['competence', 'notes'] },
      'Hubungkan dengan modul.',
    )
    await expect.poll(() => threads.count(), UI).toBe(3)
    const lecturerThread = threads.filter({ hasText: 'Hubungkan dengan modul.' })
    await lecturerThread.getByRole('button', { name: 'Balas' }).click()
    await lecturerThread.getByLabel('Tulis balasan').fill('Baik, kami tambahkan.')
    await lecturerThread.getByRole('button', { name: 'Kirim komentar' }).click()
    await expect
      .poll(async () => {
        const all: CommentThread[] = await setup.lecturer.listComments(workspace.id)
        return all.find((t) => t.id === fromLecturer.id)?.replies.map((r) => r.body)
      }, UI)
      .toEqual(['Baik, kami tambahkan.'])

    // Text typed before the passage: showing the thread marks the same words.
    await editor(page, NOTES).click()
    await page.keyboard.press('Control+Home')
    await page.keyboard.type('Awal. ')
    await expectFieldText(page, NOTES, (t) => t.startsWith('Awal. Komunikasi'))
    await threads.filter({ hasText: 'Baik dalam hal apa?' }).locator('.anchor-link').click()
    await expect.poll(() => page.getByTestId('comment-passage').textContent(), UI).toBe('baik.')

    // Usable on a 360 px phone: nothing scrolls sideways.
    expect(await pageWidth(page)).toBeLessThanOrEqual(360)
    await panel.screenshot({ path: path.join(SCREENSHOT_DIR, 'comments-phone.png') })
  })

  it('a student comments on an ecomap system from its inspector, anchored by the item id', async () => {
    const setup = await setupClass(env.baseUrl)
    await setup.lecturer.createAssignment(setup.classId, {
      caseId: CASE_LIBRARY[0]?.id ?? '',
      templates: ['ecomap'],
    })
    const { page } = await env.newSession()
    await joinAsStudent(page, setup.joinCode, 'Budi')
    await pickTeam(page, 'Tim Merah')
    await openFirstAssignment(page)
    await expectState(page, SAVED)
    const system = page
      .getByTestId('ecomap')
      .locator('[data-system-id]')
      .filter({ has: page.locator('text="Pendidikan"') })
    await system.click()
    const systemId = (await system.getAttribute('data-system-id')) ?? ''
    const inspector = page.getByTestId('ecomap-inspector')
    await inspector.getByTestId(`comment-button-ecomap.systems.${systemId}`).click()
    const panel = page.getByTestId('comments-panel')
    await panel.getByLabel('Tulis komentar').fill('Seberapa sering Dimas ke sekolah?')
    await panel.getByRole('button', { name: 'Kirim komentar' }).click()
    await expect.poll(() => panel.getByTestId('comment-thread').count(), UI).toBe(1)
    const [workspace] = await setup.lecturer.listWorkspaces()
    const [thread] = await setup.lecturer.listComments(workspace?.id ?? '')
    expect(thread?.anchor).toEqual({ templateId: 'ecomap', path: ['systems', systemId], itemId: systemId })
    // The inspector's button counts it.
    await expect
      .poll(() => inspector.getByTestId(`comment-button-ecomap.systems.${systemId}`).textContent(), UI)
      .toContain('1')
  })
})
