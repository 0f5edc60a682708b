import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { SnapshotSummary } from '../../cases/contracts/history'
import type { JoinResponse } from '../../cases/contracts/http'
import { id } from '../../client/src/i18n/id'
import { createApi } from '../helpers/api'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { connectSynced, notesOf } from '../helpers/yclient'
import { setupClass, UI } from './flows'

describe('a server error on a phone in Indonesian', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('restoring a snapshot of a workspace a teammate has just submitted says why in Indonesian', async () => {
    const setup = await setupClass(env.baseUrl)
    const assignment = await setup.assign()
    const workspaceId = assignment.workspaces[0]?.id ?? ''

    // The student's page shares the session cookie of its own join request.
    const { page, context } = await env.newSession({ width: 360, height: 740, phone: true })
    const joinedRes = await context.request.post('/api/join', {
      data: { joinCode: setup.joinCode, name: 'Mahasiswa Galat', teamId: setup.team.id },
    })
    expect(joinedRes.status()).toBe(201)
    const joined = (await joinedRes.json()) as JoinResponse
    const student = createApi(env.baseUrl, joined.token)

    // The first edit of a workspace takes a snapshot to restore.
    const client = await connectSynced(env.server.wsUrl, workspaceId, joined.token)
    notesOf(client.doc).insert(0, 'Ibu bekerja di pasar setiap pagi.')
    let snapshotId = ''
    await vi.waitFor(async () => {
      const list = await student.request<SnapshotSummary[]>('GET', `/api/workspaces/${workspaceId}/history`)
      expect(list.body).toHaveLength(1)
      snapshotId = list.body[0]?.id ?? ''
    }, UI)
    client.destroy()

    // The history page is open (restoring offered) when the team submits from another device.
    await page.goto(`/w/${workspaceId}/history`)
    await page.locator(`li[data-snapshot="${snapshotId}"]`).getByRole('button', { name: 'Lihat' }).click()
    const restore = page.getByTestId('history-snapshot').getByRole('button', { name: 'Pulihkan versi ini' })
    await restore.waitFor(UI)
    const submitted = await student.request('POST', `/api/workspaces/${workspaceId}/submit`, {})
    expect(submitted.status).toBe(201)

    // The server refuses with its own (English) message and a reason; the student reads Indonesian.
    const refusal = page.waitForResponse(
      (r) => r.url().includes('/restore') && r.request().method() === 'POST',
    )
    await restore.click()
    await page.getByRole('button', { name: 'Ya, lanjutkan' }).click()
    const response = await refusal
    expect(response.status()).toBe(409)
    expect(await response.json()).toMatchObject({
      error: { code: 'conflict', reason: 'workspace_submitted' },
    })
    const alert = page.getByRole('alert')
    await alert.getByText(id.errors.reasons.workspace_submitted, { exact: true }).waitFor(UI)
    expect(await alert.textContent()).not.toMatch(/submitted|cannot/i)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'error-submitted-360.png'), fullPage: true })
  })
})
