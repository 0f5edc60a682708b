import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { SnapshotSummary, SnapshotView } from '../../cases/contracts/history'
import type { JoinResponse } from '../../cases/contracts/http'
import { createApi } from '../helpers/api'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { connectSynced, notesOf, waitForText } from '../helpers/yclient'
import { setupClass, UI } from './flows'

const FIRST = 'Ibu bekerja di pasar setiap pagi.'
const ADDED = ' Ayah sakit sejak Maret.'

describe('the history page of a workspace', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('shows the word diff between a snapshot and now, and restoring brings the old text back to a stock client', async () => {
    const setup = await setupClass(env.baseUrl)
    const assignment = await setup.assign()
    const workspaceId = assignment.workspaces[0]?.id ?? ''

    // The student signs in through the browser context's own request, so the page shares the session cookie.
    const { page, context } = await env.newSession()
    const joinedRes = await context.request.post('/api/join', {
      data: { joinCode: setup.joinCode, name: 'Mahasiswa Riwayat', teamId: setup.team.id },
    })
    expect(joinedRes.status()).toBe(201)
    const joined = (await joinedRes.json()) as JoinResponse
    const student = createApi(env.baseUrl, joined.token)
    const history = () =>
      student.request<SnapshotSummary[]>('GET', `/api/workspaces/${workspaceId}/history`).then((r) => r.body)

    // The first edit of a workspace without snapshots takes one at once; the second edit comes after it.
    const client = await connectSynced(env.server.wsUrl, workspaceId, joined.token)
    notesOf(client.doc).insert(0, FIRST)
    let snapshotId = ''
    await vi.waitFor(async () => {
      const list = await history()
      expect(list).toHaveLength(1)
      snapshotId = list[0]?.id ?? ''
    }, UI)
    const view = await student.request<SnapshotView>(
      'GET',
      `/api/workspaces/${workspaceId}/history/${snapshotId}`,
    )
    expect(view.body.templates.fiveC?.context).toMatchObject({ notes: FIRST })
    notesOf(client.doc).insert(FIRST.length, ADDED)
    await vi.waitFor(async () => {
      const exported = await student.exportWorkspace(workspaceId)
      expect(exported.templates.fiveC?.context).toMatchObject({ notes: FIRST + ADDED })
    }, UI)

    // The workspace page links to its history.
    await page.goto(`/w/${workspaceId}`)
    await page.getByRole('link', { name: 'Riwayat', exact: true }).click()
    await page.waitForURL(`**/w/${workspaceId}/history`, UI)
    await page.getByRole('heading', { name: /^Riwayat ruang kerja/ }).waitFor(UI)
    await page.locator(`li[data-snapshot="${snapshotId}"]`).getByText('Cuplikan berkala').waitFor(UI)
    expect(await page.locator(`li[data-snapshot="${snapshotId}"] time`).textContent()).toMatch(
      /WIB|WITA|WIT|GMT|UTC/,
    )

    // The diff from the snapshot to now: the added sentence is an insertion, announced in words too.
    await page.getByLabel('Isian teks').selectOption('fiveC.context.notes')
    await page.getByLabel('Dari', { exact: true }).selectOption(snapshotId)
    await page.getByLabel('Ke', { exact: true }).selectOption('current')
    await page.getByRole('button', { name: 'Tampilkan perbedaan' }).click()
    const diff = page.getByTestId('history-diff')
    await diff.locator('ins').first().waitFor(UI)
    const inserted = (await diff.locator('ins').allTextContents()).join('')
    expect(inserted).toContain('Ayah sakit sejak Maret.')
    expect(inserted).toContain('[tambah: ')
    expect(await diff.locator('del').count()).toBe(0)
    expect(await diff.textContent()).toContain('Ibu bekerja di pasar setiap pagi.')
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'history-diff.png'), fullPage: true })

    // View the snapshot read-only and restore it, with confirmation.
    await page.locator(`li[data-snapshot="${snapshotId}"]`).getByRole('button', { name: 'Lihat' }).click()
    const shown = page.getByTestId('history-snapshot')
    await shown.locator('[data-print-field="context.notes"]').getByText(FIRST, { exact: true }).waitFor(UI)
    await shown.getByRole('button', { name: 'Pulihkan versi ini' }).click()
    await page.getByRole('button', { name: 'Ya, lanjutkan' }).click()
    await page
      .getByRole('status')
      .getByText(/^Dipulihkan\./)
      .waitFor(UI)

    // The connected stock client receives the restore as an ordinary update; the state before is kept.
    await waitForText(client.doc, FIRST)
    await page.getByText('Sebelum pemulihan').first().waitFor(UI)
    expect((await history()).map((s) => s.reason)).toContain('restore')
    client.destroy()
  })
})
