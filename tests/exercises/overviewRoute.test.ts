import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ExerciseOverview } from '../../cases/contracts/exercises'
import { createApi, setupClassWithTeams } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, type YClient } from '../helpers/yclient'
import { startExercise } from './helpers'

const servers: TestServer[] = []
const clients: YClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  // The newest first: the first server's dispose removes the shared data folder.
  for (const server of servers.splice(0).reverse()) await server.dispose()
})

describe('GET /api/exercises/:id/overview', () => {
  it('is for lecturers of the class only: students, other lecturers and unknown ids get 403, no session 401', async () => {
    const server = await startTestServer()
    servers.push(server)
    const mine = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const theirs = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const created = await startExercise(mine.lecturer.api, mine.classId)
    const path = `/api/exercises/${created.id}/overview`

    const own = await mine.lecturer.api.request<ExerciseOverview>('GET', path)
    expect(own.status).toBe(200)
    expect(own.body.exerciseId).toBe(created.id)
    expect(own.body.teams.map((t) => t.teamId).sort()).toEqual([...mine.teamIds].sort())
    for (const api of [mine.students[0]![0]!.api, theirs.students[0]![0]!.api, theirs.lecturer.api]) {
      const res = await api.request<{ error: { code: string } }>('GET', path)
      expect(res.status).toBe(403)
      expect(res.body.error.code).toBe('forbidden')
    }
    expect((await mine.lecturer.api.request('GET', '/api/exercises/tidak-ada/overview')).status).toBe(403)
    expect((await createApi(server.url).request('GET', path)).status).toBe(401)
  })

  it("shows the teams' progress while it runs and their final progress after the end, also after a restart", async () => {
    const server = await startTestServer()
    servers.push(server)
    const klass = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const a = klass.students[0]![0]!
    const created = await startExercise(klass.lecturer.api, klass.classId)
    const ws = created.workspaces.find((w) => w.teamId === a.teamId)!.id
    const path = `/api/exercises/${created.id}/overview`
    const filledOf = (overview: ExerciseOverview, teamId: string) =>
      overview.teams.find((t) => t.teamId === teamId)?.progress.fiveC?.filled

    const client = await connectSynced(server.wsUrl, ws, a.token)
    clients.push(client)
    client.notes().insert(0, 'Ibu bekerja di pasar.')
    await vi.waitFor(
      async () => {
        const running = (await klass.lecturer.api.request<ExerciseOverview>('GET', path)).body
        expect(filledOf(running, a.teamId)).toBe(1)
      },
      { timeout: 10_000, interval: 100 },
    )

    const ended = await klass.lecturer.api.request('POST', `/api/exercises/${created.id}/end`)
    expect(ended.status).toBe(200)
    client.destroy()
    const after = await klass.lecturer.api.request<ExerciseOverview>('GET', path)
    expect(after.status).toBe(200)
    expect(after.body.teams).toHaveLength(2)
    const teamA = after.body.teams.find((t) => t.teamId === a.teamId)!
    expect(teamA).toMatchObject({ workspaceId: ws, help: [] })
    expect(teamA.lastActivity).not.toBeNull()
    expect(teamA.progress.fiveC).toMatchObject({ filled: 1 })
    expect(teamA.progress.fiveC!.total).toBeGreaterThan(1)
    expect(filledOf(after.body, klass.teamIds[1]!)).toBe(0)

    // A control room opened after a restart (nothing tracked any more) reads the stored documents.
    await server.close()
    const again = await startTestServer({}, server.dataDir)
    servers.push(again)
    const later = await createApi(again.url, klass.lecturer.token).request<ExerciseOverview>('GET', path)
    expect(later.status).toBe(200)
    expect(filledOf(later.body, a.teamId)).toBe(1)
    expect(later.body.teams.find((t) => t.teamId === a.teamId)!.lastActivity).not.toBeNull()
    expect(later.body.teams.find((t) => t.teamId !== a.teamId)!.lastActivity).toBeNull()
    expect(later.body.teams.every((t) => t.online === 0)).toBe(true)
  })
})
