import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { WorkspaceContributions } from '../../cases/contributions'
import type { SnapshotSummary } from '../../cases/contracts/history'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, waitForText, type YClient } from '../helpers/yclient'

describe('a history restore in the contribution mirror', () => {
  let server: TestServer
  let setup: ClassSetup
  const clients: YClient[] = []

  beforeAll(async () => {
    server = await startTestServer({
      HISTORY_INTERVAL_MS: '400',
      SAVE_DEBOUNCE_MS: '20',
      SAVE_MAX_WAIT_MS: '100',
    })
    setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
  })

  it('is activity for whoever restores, not characters they typed', async () => {
    const workspaceId = setup.workspaceIds[0]!
    const [ani, budi] = setup.students[0]!
    const a = await connectSynced(server.wsUrl, workspaceId, ani!.token)
    const b = await connectSynced(server.wsUrl, workspaceId, budi!.token)
    clients.push(a, b)
    a.notes().insert(0, 'Keluarga tinggal di Bandung')
    const [first] = await vi.waitFor(async () => {
      const list = (
        await ani!.api.request<SnapshotSummary[]>('GET', `/api/workspaces/${workspaceId}/history`)
      ).body
      expect(list).toHaveLength(1)
      return list
    })
    a.notes().delete(0, a.notes().length)
    await waitForText(b.doc, '')
    const restored = await budi!.api.request(
      'POST',
      `/api/workspaces/${workspaceId}/history/${first!.id}/restore`,
    )
    expect(restored.status).toBe(200)
    await waitForText(b.doc, 'Keluarga tinggal di Bandung')

    const body = (
      await setup.lecturer.api.request<WorkspaceContributions>(
        'GET',
        `/api/workspaces/${workspaceId}/contributions`,
      )
    ).body
    const [aniRow, budiRow] = body.members
    expect([aniRow?.charsAdded, aniRow?.charsRemoved]).toEqual([27, 27])
    expect([budiRow?.charsAdded, budiRow?.charsRemoved, budiRow?.activeMinutes]).toEqual([0, 0, 1])
  })
})
