import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import {
  UI,
  expectState,
  joinAsStudent,
  logInAsLecturer,
  openFirstAssignment,
  pickTeam,
  setupClass,
} from './flows'

const DISCUSS = 'Anggota tim melihat tahap yang berbeda.'

/** Answer the team stage check on an open workspace page. */
async function answer(page: Page, stage: string, indicator: string, note: string): Promise<void> {
  const panel = page.getByTestId('self-check')
  await panel.getByRole('radio', { name: stage }).check()
  await panel.getByRole('checkbox', { name: indicator }).check()
  await panel.getByLabel('Catatan singkat (opsional)').fill(note)
  const saved = page.waitForResponse((r) => r.url().endsWith('/self-check') && r.request().method() === 'PUT')
  await panel.getByRole('button', { name: /^(Simpan|Perbarui) jawaban$/ }).click()
  expect((await saved).status()).toBe(200)
  await panel.getByRole('button', { name: 'Perbarui jawaban' }).waitFor(UI)
}

describe('the team stage check', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('two members answer differently; each sees "2 of 2 answered" and the prompt to discuss live, and the lecturer sees both with names', async () => {
    const setup = await setupClass(env.baseUrl)
    await setup.assign()
    const first = (await env.newSession({ width: 360, height: 780, phone: true })).page
    const second = (await env.newSession()).page
    for (const [page, name] of [
      [first, 'Dewi'],
      [second, 'Raka'],
    ] as const) {
      await joinAsStudent(page, setup.joinCode, name)
      await pickTeam(page, 'Tim Merah')
      await openFirstAssignment(page)
      await expectState(page, 'daring · tersimpan')
      await page.evaluate(() => Object.assign(window, { notReloaded: true }))
    }

    const answered = (page: Page, n: number) =>
      page.getByTestId('self-check-answered').getByText(`${n} dari 2 anggota sudah menjawab`).waitFor(UI)
    await answered(first, 0)
    await answer(first, 'I. Forming (Pembentukan)', 'Interaksi penuh kehati-hatian', 'Kami masih canggung.')
    await answered(first, 1)
    await answered(second, 1)
    expect(await second.getByTestId('self-check-discuss').count()).toBe(0)

    await answer(
      second,
      'II. Storming',
      'Konflik terjadi saat anggota semakin nyaman dan berani',
      'Ada debat.',
    )
    for (const page of [first, second]) {
      await answered(page, 2)
      await page.getByTestId('self-check-discuss').getByText(DISCUSS, { exact: false }).waitFor(UI)
      expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true)
    }
    // The team sees counts, never who answered what.
    const summary = await first.getByTestId('self-check-summary').textContent()
    expect(summary).not.toContain('Raka')
    expect(summary).not.toContain('Ada debat.')
    // At 360 px the panel fits the screen.
    const box = await first.getByTestId('self-check').boundingBox()
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true)
    await first
      .getByTestId('self-check')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'self-check-360.png') })

    const [workspace] = await setup.lecturer.listWorkspaces()
    if (!workspace) throw new Error('no workspace')
    const lecturer = (await env.newSession()).page
    await logInAsLecturer(lecturer, setup.email, setup.password)
    await lecturer.goto(`/classes/${setup.classId}/review/${workspace.id}`)
    const answers = lecturer.getByTestId('self-check-answers')
    await answers
      .getByTestId('self-check-answer')
      .filter({ hasText: 'Dewi' })
      .getByText('Forming')
      .waitFor(UI)
    await answers
      .getByTestId('self-check-answer')
      .filter({ hasText: 'Raka' })
      .getByText('Storming')
      .waitFor(UI)
    await answers.getByText('Kami masih canggung.').waitFor(UI)

    // A changed answer reaches the lecturer's open page live.
    await answer(
      first,
      'II. Storming',
      'Menguji peran dan status; konflik dipandang wajar',
      'Sekarang berdebat.',
    )
    await answers.getByText('Sekarang berdebat.').waitFor(UI)
    await first.getByTestId('self-check-discuss').waitFor({ ...UI, state: 'detached' })
  })
})
