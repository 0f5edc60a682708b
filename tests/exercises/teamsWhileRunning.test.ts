import { describe, expect, it } from 'vitest'
import type { ExerciseState, FormedExerciseTeams } from '../../cases/contracts/exercises'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced } from '../helpers/yclient'
import { connectSocket, nextEvent, record } from '../helpers/sockets'
import { startExercise } from './helpers'
import { disposeAfterEach } from '../helpers/fixtures'

const { servers, sockets, clients } = disposeAfterEach()

async function serverWithClass(): Promise<{ server: TestServer; klass: ClassSetup }> {
  const server = await startTestServer()
  servers.push(server)
  const klass = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
  return { server, klass }
}

/** Students who join with the code after the start, without choosing a team. */
async function latecomers(server: TestServer, klass: ClassSetup, count: number) {
  const anon = createApi(server.url)
  const joined = []
  for (let i = 0; i < count; i++)
    joined.push(await anon.join({ joinCode: klass.joinCode, name: `Terlambat ${i + 1}` }))
  return joined
}

const formTeams = (klass: ClassSetup, exerciseId: string, body: unknown) =>
  klass.lecturer.api.request<FormedExerciseTeams>('POST', `/api/exercises/${exerciseId}/teams`, body)

describe('teams formed from the control room while an exercise runs', () => {
  it('students, other classes and strangers are refused and nothing changes; bad sizes are 400', async () => {
    const { server, klass } = await serverWithClass()
    const other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const created = await startExercise(klass.lecturer.api, klass.classId)
    await latecomers(server, klass, 2)
    const url = `/api/exercises/${created.id}/teams`
    const refused = [klass.students[0]![0]!.api, other.students[0]![0]!.api, other.lecturer.api]
    for (const api of refused) expect((await api.request('POST', url, { teamSize: 2 })).status).toBe(403)
    expect((await createApi(server.url).request('POST', url, { teamSize: 2 })).status).toBe(401)
    for (const teamSize of [0, 9, 1.5, '2']) {
      const bad = await formTeams(klass, created.id, { teamSize })
      expect(bad.status).toBe(400)
    }
    expect(
      (await klass.lecturer.api.request('POST', '/api/exercises/tidak-ada/teams', { teamSize: 2 })).status,
    ).toBe(403)
    const detail = await klass.lecturer.api.getClass(klass.classId)
    expect(detail.teams).toHaveLength(1)
    expect(detail.students.filter((s) => s.teamId === null)).toHaveLength(2)
  })

  it('latecomers are formed into teams with workspaces; each hears exercise:started with theirs and can open it', async () => {
    const { server, klass } = await serverWithClass()
    const other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const created = await startExercise(klass.lecturer.api, klass.classId)
    const joined = await latecomers(server, klass, 4)
    const socketsOf = await Promise.all(joined.map((j) => connectSocket(server.url, j.token, sockets)))
    const outsider = await connectSocket(server.url, other.students[0]![0]!.token, sockets)
    const teammate = await connectSocket(server.url, klass.students[0]![0]!.token, sockets)
    const lecturer = await connectSocket(server.url, klass.lecturer.token, sockets)
    const overheard = [...record(outsider, 'exercise:started'), ...record(teammate, 'exercise:started')]
    const started = socketsOf.map((socket) => nextEvent(socket, 'exercise:started'))

    const res = await formTeams(klass, created.id, { teamSize: 2 })
    expect(res.status).toBe(200)
    expect(res.body.teams).toHaveLength(2)
    expect(res.body.teams.map((t) => t.members.length)).toEqual([2, 2])
    expect(res.body.state).toMatchObject({ id: created.id, status: 'running' })
    expect(res.body.state.workspaces).toHaveLength(3)
    for (const team of res.body.teams)
      expect(res.body.state.workspaces).toContainEqual({ id: team.workspaceId, teamId: team.teamId })

    const events = await Promise.all(started)
    for (const [i, j] of joined.entries()) {
      const team = res.body.teams.find((t) => t.members.some((m) => m.id === j.user.id))!
      expect(events[i]).toMatchObject({
        exerciseId: created.id,
        status: 'running',
        workspaceId: team.workspaceId,
      })
    }
    const first = joined[0]!
    const ws = events[0]!.workspaceId!
    const state = await createApi(server.url, first.token).request<ExerciseState>(
      'GET',
      `/api/exercises/${created.id}`,
    )
    expect(state.body.workspaceId).toBe(ws)
    const client = await connectSynced(server.wsUrl, ws, first.token)
    clients.push(client)
    client.notes().insert(0, 'Kami baru bergabung.')
    // The live overview tracks the new team's workspace.
    await nextEvent(lecturer, 'exercise:progress', (p) =>
      p.teams.some((t) => t.workspaceId === ws && t.progress.fiveC?.filled === 1),
    )
    expect(overheard).toEqual([])
  })

  it('while paused the placed student hears the paused clock; with nobody waiting the answer is empty', async () => {
    const { server, klass } = await serverWithClass()
    const created = await startExercise(klass.lecturer.api, klass.classId)
    expect((await klass.lecturer.api.request('POST', `/api/exercises/${created.id}/pause`)).status).toBe(200)
    const [late] = await latecomers(server, klass, 1)
    const socket = await connectSocket(server.url, late!.token, sockets)
    const started = nextEvent(socket, 'exercise:started')
    const res = await formTeams(klass, created.id, { teamSize: 3 })
    expect(res.body.teams).toHaveLength(1)
    expect(await started).toMatchObject({
      status: 'paused',
      endsAt: null,
      workspaceId: res.body.teams[0]!.workspaceId,
    })
    const again = await formTeams(klass, created.id, { teamSize: 3 })
    expect(again.status).toBe(200)
    expect(again.body.teams).toEqual([])
  })

  it('after the end forming is 409 and the waiting students stay without a team', async () => {
    const { server, klass } = await serverWithClass()
    const created = await startExercise(klass.lecturer.api, klass.classId)
    expect((await klass.lecturer.api.request('POST', `/api/exercises/${created.id}/end`)).status).toBe(200)
    await latecomers(server, klass, 2)
    const res = await formTeams(klass, created.id, { teamSize: 2 })
    expect(res.status).toBe(409)
    const detail = await klass.lecturer.api.getClass(klass.classId)
    expect(detail.teams).toHaveLength(1)
    expect(detail.students.filter((s) => s.teamId === null)).toHaveLength(2)
  })

  it('a student moved into a team (PATCH) hears exercise:started with that team’s workspace; to no team, nothing', async () => {
    const server = await startTestServer()
    servers.push(server)
    const klass = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const created = await startExercise(klass.lecturer.api, klass.classId)
    const [late] = await latecomers(server, klass, 1)
    const socket = await connectSocket(server.url, late!.token, sockets)
    const target = klass.teamIds[1]!
    const started = nextEvent(socket, 'exercise:started')
    const move = (teamId: string | null) =>
      klass.lecturer.api.request('PATCH', `/api/classes/${klass.classId}/students/${late!.user.id}`, {
        teamId,
      })
    expect((await move(target)).status).toBe(200)
    const event = await started
    expect(event.workspaceId).toBe(created.workspaces.find((w) => w.teamId === target)!.id)

    const later = record(socket, 'exercise:started')
    const told = nextEvent(socket, 'membership:changed')
    expect((await move(null)).status).toBe(200)
    await told
    // Moved back into a team afterwards: the next start it hears is that team's, none in between.
    const back = nextEvent(socket, 'exercise:started')
    expect((await move(klass.teamIds[0]!)).status).toBe(200)
    expect((await back).workspaceId).toBe(created.workspaces.find((w) => w.teamId === klass.teamIds[0])!.id)
    expect(later.map((e) => e.workspaceId)).toEqual([(await back).workspaceId])
  })

  it('a latecomer who picks a team themselves hears exercise:started with its workspace', async () => {
    const { server, klass } = await serverWithClass()
    const created = await startExercise(klass.lecturer.api, klass.classId)
    const [late] = await latecomers(server, klass, 1)
    const socket = await connectSocket(server.url, late!.token, sockets)
    const started = nextEvent(socket, 'exercise:started')
    await createApi(server.url, late!.token).pickTeam(klass.teamIds[0]!)
    expect(await started).toMatchObject({ exerciseId: created.id, workspaceId: created.workspaces[0]!.id })
  })
})
