import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { FieldDiff, SnapshotSummary, SnapshotView } from '../../cases/contracts/history'
import { createApi, setupClassWithTeams, unique, type Api, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, waitForText, type YClient } from '../helpers/yclient'

async function otherLecturer(baseUrl: string): Promise<Api> {
  const auth = await createApi(baseUrl).registerLecturer({
    name: 'Dosen Lain',
    email: `${unique('lain')}@example.test`,
    password: 'kata-sandi-rahasia',
  })
  return createApi(baseUrl, auth.token)
}

describe('history over HTTP', () => {
  let server: TestServer
  let setup: ClassSetup
  let stranger: Api
  let anonymous: Api
  let ws: string
  let first: SnapshotSummary
  const clients: YClient[] = []

  beforeAll(async () => {
    // Saves wait a second, so an edit made just before a submission is still unsaved when the submission stores it.
    server = await startTestServer({
      HISTORY_INTERVAL_MS: '100',
      SAVE_DEBOUNCE_MS: '1000',
      SAVE_MAX_WAIT_MS: '2000',
    })
    setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    stranger = await otherLecturer(server.url)
    anonymous = createApi(server.url)
    ws = setup.workspaceIds[0]!
    const client = await connectSynced(server.wsUrl, ws, setup.students[0]![0]!.token)
    clients.push(client)
    client.notes().insert(0, 'Catatan awal')
    first = await vi.waitFor(
      async () => {
        const [only, ...rest] = await member()
          .request<SnapshotSummary[]>('GET', `/api/workspaces/${ws}/history`)
          .then((r) => r.body)
        expect(rest).toEqual([])
        expect(only).toBeDefined()
        return only!
      },
      { timeout: 5000 },
    )
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
  })

  const member = () => setup.students[0]![0]!.api
  const teammate = () => setup.students[0]![1]!.api
  const otherTeam = () => setup.students[1]![0]!.api
  const lecturer = () => setup.lecturer.api
  const diffPath = (from: string, to: string, field: string) =>
    `/api/workspaces/${ws}/history/diff?from=${from}&to=${to}&field=${encodeURIComponent(field)}`

  it('lets the team and the class’s lecturers read the history; others get 403, no session 401', async () => {
    const paths = [
      `/api/workspaces/${ws}/history`,
      `/api/workspaces/${ws}/history/${first.id}`,
      diffPath(first.id, 'current', 'fiveC.context.notes'),
    ]
    for (const path of paths) {
      expect((await anonymous.request('GET', path)).status).toBe(401)
      expect((await otherTeam().request('GET', path)).status).toBe(403)
      expect((await stranger.request('GET', path)).status).toBe(403)
      for (const api of [member(), teammate(), lecturer()])
        expect((await api.request('GET', path)).status).toBe(200)
    }
    const view = await lecturer().request<SnapshotView>('GET', paths[1]!)
    expect(view.body.snapshot).toEqual(first)
    expect((view.body.templates.fiveC?.context as Record<string, unknown>).notes).toBe('Catatan awal')
  })

  it('answers 404 for an unknown snapshot and 400 naming the bad part of a request', async () => {
    const unknown = await member().request('GET', `/api/workspaces/${ws}/history/v9`)
    expect(unknown.status).toBe(404)
    expect((await member().request('GET', `/api/workspaces/${ws}/history/nope`)).status).toBe(404)
    expect((await member().request('GET', diffPath('nope', 'current', 'fiveC.context.notes'))).status).toBe(
      404,
    )
    const badId = await member().request<{ error: { message: string } }>(
      'GET',
      `/api/workspaces/${ws}/history/a.b`,
    )
    expect(badId.status).toBe(400)
    expect(badId.body.error.message).toMatch(/^snapshotId:/)
    for (const field of [
      'fiveC.context.contextTypes',
      'fiveC.context',
      'fiveC.nope.notes',
      'ecomap.centre.name',
      'x.y.z.w',
    ]) {
      const res = await member().request<{ error: { code: string; message: string } }>(
        'GET',
        diffPath(first.id, 'current', field),
      )
      expect(res.status).toBe(400)
      expect(res.body.error).toMatchObject({ code: 'validation', message: expect.stringMatching(/^field:/) })
    }
    const noQuery = await member().request<{ error: { message: string } }>(
      'GET',
      `/api/workspaces/${ws}/history/diff`,
    )
    expect(noQuery.status).toBe(400)
    expect(noQuery.body.error.message).toMatch(/^from:/)
    const restoreUnknown = await member().request('POST', `/api/workspaces/${ws}/history/nope/restore`)
    expect(restoreUnknown.status).toBe(404)
  })

  it('lets only the team’s students restore: lecturers and others 403, no session 401', async () => {
    const path = `/api/workspaces/${ws}/history/${first.id}/restore`
    expect((await anonymous.request('POST', path)).status).toBe(401)
    expect((await lecturer().request('POST', path)).status).toBe(403)
    expect((await otherTeam().request('POST', path)).status).toBe(403)
    expect((await stranger.request('POST', path)).status).toBe(403)
    const res = await teammate().request('POST', path)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ restored: first, before: { reason: 'restore' } })
  })

  it('lists each submission as snapshot v<n> (no second copy at the lock), and refuses restores while submitted', async () => {
    const client = clients[0]!
    client.notes().insert(client.notes().length, ' lalu dikirim')
    // The server has the edit once a teammate sees it; its save is still a second away.
    const watcher = await connectSynced(server.wsUrl, ws, setup.students[0]![1]!.token)
    clients.push(watcher)
    await waitForText(watcher.doc, (t) => t.endsWith(' lalu dikirim'))
    const before = (await member().request<SnapshotSummary[]>('GET', `/api/workspaces/${ws}/history`)).body
    // Past the interval, a save would take a periodic snapshot; the one the submission makes must not.
    await vi.waitFor(() => expect(Date.now() - Date.parse(before[0]!.takenAt)).toBeGreaterThan(150))
    const submitted = await member().request<{ submittedAt: string }>('POST', `/api/workspaces/${ws}/submit`)
    expect(submitted.status).toBe(201)

    const after = (await member().request<SnapshotSummary[]>('GET', `/api/workspaces/${ws}/history`)).body
    expect(after).toEqual([
      { id: 'v1', takenAt: submitted.body.submittedAt, reason: 'submission', version: 1 },
      ...before,
    ])
    const v1 = await lecturer().request<SnapshotView>('GET', `/api/workspaces/${ws}/history/v1`)
    expect(v1.status).toBe(200)
    expect((v1.body.templates.fiveC?.context as Record<string, unknown>).notes).toMatch(/ lalu dikirim$/)
    const diff = await lecturer().request<FieldDiff>('GET', diffPath(first.id, 'v1', 'fiveC.context.notes'))
    expect(diff.body.changes.at(-1)).toEqual({ op: 'insert', text: ' lalu dikirim' })

    const path = `/api/workspaces/${ws}/history/${first.id}/restore`
    const refused = await member().request('POST', path)
    expect(refused.status).toBe(409)
    expect(refused.body).toMatchObject({ error: { code: 'conflict', reason: 'workspace_submitted' } })
    expect((await member().request<SnapshotSummary[]>('GET', `/api/workspaces/${ws}/history`)).body).toEqual(
      after,
    )

    expect((await lecturer().request('POST', `/api/workspaces/${ws}/return`)).status).toBe(200)
    expect((await member().request('POST', path)).status).toBe(200)
  })
})
