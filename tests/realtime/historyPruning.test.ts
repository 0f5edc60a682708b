import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { SnapshotSummary } from '../../cases/contracts/history'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, type YClient } from '../helpers/yclient'
import type { Storage } from '../../server/storage/types'

const HOUR = 3_600_000
const DAY = 24 * HOUR

describe('history snapshots are pruned by the documented policy', () => {
  let server: TestServer
  let setup: ClassSetup
  let storage: Storage
  const clients: YClient[] = []

  beforeAll(async () => {
    server = await startTestServer(
      { HISTORY_INTERVAL_MS: '1', SAVE_DEBOUNCE_MS: '20', SAVE_MAX_WAIT_MS: '100' },
      undefined,
      (real) => (storage = real),
    )
    setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
  })

  const api = (team: number) => setup.students[team]![0]!.api
  const history = async (team: number) =>
    (await api(team).request<SnapshotSummary[]>('GET', `/api/workspaces/${setup.workspaceIds[team]}/history`))
      .body

  /** Store snapshots taken at these times (the workspace's real state, so each can be restored). */
  async function backdate(team: number, times: Record<string, number>): Promise<void> {
    const ws = setup.workspaceIds[team]!
    const stored = await storage.documents.load(ws)
    for (const [id, at] of Object.entries(times)) {
      await storage.history.create(ws, {
        id,
        takenAt: new Date(at).toISOString(),
        reason: 'periodic',
        byUserIds: [],
        state: stored!.state,
      })
    }
  }

  it('after a periodic snapshot: keeps the last day, one per hour and per day before, and every submission', async () => {
    const ws = setup.workspaceIds[0]!
    const student = api(0)
    // A submission (v1), returned for revision: a version, stored apart, never pruned.
    expect((await student.request('POST', `/api/workspaces/${ws}/submit`)).status).toBe(201)
    expect((await setup.lecturer.api.request('POST', `/api/workspaces/${ws}/return`)).status).toBe(200)
    const now = Date.now()
    const hour3DaysAgo = Math.floor((now - 3 * DAY) / HOUR) * HOUR
    const day10DaysAgo = Math.floor((now - 10 * DAY) / DAY) * DAY
    await backdate(0, {
      recent: now - HOUR,
      'hour-old': hour3DaysAgo + 10 * 60_000,
      'hour-new': hour3DaysAgo + 40 * 60_000,
      'day-old': day10DaysAgo + 2 * HOUR,
      'day-new': day10DaysAgo + 5 * HOUR,
    })
    expect(await history(0)).toHaveLength(6)

    const client = await connectSynced(server.wsUrl, ws, setup.students[0]![0]!.token)
    clients.push(client)
    client.notes().insert(0, 'catatan baru')
    const kept = await vi.waitFor(
      async () => {
        const list = await history(0)
        expect(
          list.filter((s) => s.reason === 'periodic' && s.takenAt > new Date(now).toISOString()),
        ).toHaveLength(1)
        expect(list.map((s) => s.id)).not.toContain('hour-old')
        return list
      },
      { timeout: 10_000 },
    )
    const ids = kept.map((s) => s.id)
    expect(ids).toHaveLength(5)
    expect(ids).toEqual(expect.arrayContaining(['recent', 'hour-new', 'day-new', 'v1']))
    expect(ids).not.toContain('day-old')
    // A pruned snapshot is gone cleanly: 404 for reading, comparing and restoring it; the version stays readable.
    expect((await student.request('GET', `/api/workspaces/${ws}/history/hour-old`)).status).toBe(404)
    const diff = await student.request(
      'GET',
      `/api/workspaces/${ws}/history/diff?from=day-old&to=current&field=fiveC.context.notes`,
    )
    expect(diff.status).toBe(404)
    expect((await student.request('POST', `/api/workspaces/${ws}/history/day-old/restore`)).status).toBe(404)
    expect((await student.request('GET', `/api/workspaces/${ws}/history/v1`)).status).toBe(200)
  })

  it('after a restore: caps a workspace at its newest 50 snapshots', async () => {
    const ws = setup.workspaceIds[1]!
    const now = Date.now()
    await backdate(
      1,
      Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`s${i}`, now - (i + 1) * 600_000])),
    )
    const restored = await api(1).request<{ before: SnapshotSummary }>(
      'POST',
      `/api/workspaces/${ws}/history/s0/restore`,
    )
    expect(restored.status).toBe(200)
    const list = await vi.waitFor(
      async () => {
        const all = await history(1)
        expect(all.length).toBeLessThanOrEqual(50)
        return all
      },
      { timeout: 10_000 },
    )
    // The restore's own "before" (the newest) and s0…s48 stay; the oldest go.
    expect(list.map((s) => s.id)).toEqual([
      restored.body.before.id,
      ...Array.from({ length: 49 }, (_, i) => `s${i}`),
    ])
    expect((await api(1).request('POST', `/api/workspaces/${ws}/history/s59/restore`)).status).toBe(404)
    expect((await api(1).request('GET', `/api/workspaces/${ws}/history/s49`)).status).toBe(404)
  })
})
